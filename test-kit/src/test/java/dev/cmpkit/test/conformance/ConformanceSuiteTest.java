package dev.cmpkit.test.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.runner.Connector;
import dev.cmpkit.test.fixtures.BrokenConnector;
import dev.cmpkit.test.fixtures.FixtureConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/** The suite passes a connector that does everything right and names each mistake of one that does not. */
class ConformanceSuiteTest {

    private static ConformanceSuite suite(Class<? extends Connector> connector) {
        return ConformanceSuite.forConnector(connector)
                .event(Map.of("account_id", "a-1"))
                .credentials(Map.of("token", FixtureConnector.TOKEN))
                .resourceCounts(Map.of("server", 2, "network", 1))
                .metrics(Map.of("poll_interval", 300), List.of("cpu-usage"))
                .logs(Map.of(), 1)
                .status(Map.of(), 1);
    }

    @TestFactory
    Stream<DynamicTest> aConnectorThatDoesEverythingRightPassesEveryCheck() {
        return suite(FixtureConnector.class).tests();
    }

    @Test
    void aBrokenConnectorFailsNamingEachProblem() {
        AssertionError e = assertThrows(
                AssertionError.class, () -> suite(BrokenConnector.class).assertConforms());
        String message = e.getMessage();
        assertTrue(message.startsWith("BrokenConnector fails 4 of 8 conformance checks:\n"), message);
        assertTrue(
                message.contains(
                        "- valid credentials are accepted with {\"ok\": true}: validate-credentials: expected a"
                                + " successful run, got error ValidationError: "),
                message);
        assertTrue(message.contains("result.ok"), message);
        assertTrue(
                message.contains("- fake credentials are refused: validate-credentials: expected the credentials to"
                        + " be refused, got a result of the wrong shape"),
                message);
        assertTrue(
                message.contains("- metrics come back with [cpu-usage]: metrics: expected a successful run, got error"
                        + " ValidationError: "),
                message);
        assertTrue(message.contains("result.metrics.0.time"), message);
    }

    @Test
    void wrongCountsAndMissingMetricsAreNamed() {
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> suite(FixtureConnector.class)
                        .resourceCounts(Map.of("server", 5))
                        .metrics(Map.of(), List.of("cpu-usage", "memory-used"))
                        .assertConforms());
        assertEquals(
                "FixtureConnector fails 2 of 8 conformance checks:\n"
                        + "- resources are listed with the expected counts per type: resources: wrong number of"
                        + " resources by type: {server=expected 5, got 2} (all counts: {network=1, server=2})\n"
                        + "- metrics come back with [cpu-usage, memory-used]: metrics: expected metrics [memory-used]"
                        + " among the points, got only [cpu-usage]",
                e.getMessage());
    }

    @Test
    void aConnectorThatAcceptsAnyCredentialsFails() {
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> suite(FixtureConnector.class)
                        .fakeCredentials(Map.of("token", FixtureConnector.TOKEN))
                        .assertConforms());
        assertTrue(
                e.getMessage()
                        .contains("- fake credentials are refused: validate-credentials: expected the"
                                + " credentials to be refused ({\"ok\": false} or an error), got {\"ok\":true}"),
                e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains("- resources with fake credentials fail with an error type: resources:"
                                + " expected an error envelope"),
                e.getMessage());
    }

    @Test
    void withoutCredentialsTheChecksThatNeedThemAreSkipped() {
        ConformanceSuite suite =
                ConformanceSuite.forConnector(BrokenConnector.class).credentials(null);
        // Only "empty credentials are refused" runs, and the broken connector's check has no "ok".
        AssertionError e = assertThrows(AssertionError.class, suite::assertConforms);
        assertTrue(
                e.getMessage()
                        .startsWith("BrokenConnector fails 1 of 5 conformance checks:\n"
                                + "- empty credentials are refused:"),
                e.getMessage());
        ConformanceSuite.forConnector(FixtureConnector.class).assertConforms();
    }

    @Test
    void credentialsFromTheEnvironmentAreUsedAndUnsetOnesSkipNamingTheVariable() throws Throwable {
        Map<String, String> env = Map.of("FIXTURE_TOKEN", FixtureConnector.TOKEN);
        ConformanceSuite.forConnector(FixtureConnector.class)
                .credentialsFromEnvironment(Map.of("token", "FIXTURE_TOKEN"), env::get)
                .resourceCounts(Map.of("server", 2))
                .assertConforms();

        List<String> skipped = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        ConformanceSuite unset = ConformanceSuite.forConnector(FixtureConnector.class)
                .credentialsFromEnvironment(Map.of("token", "NO_SUCH_TOKEN"), env::get);
        for (DynamicTest test : unset.tests().toList()) {
            try {
                test.getExecutable().execute();
                ran.add(test.getDisplayName());
            } catch (TestAbortedException e) {
                skipped.add(test.getDisplayName() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of("empty credentials are refused"), ran);
        assertEquals(
                "valid credentials are accepted with {\"ok\": true}: no valid credentials: environment variables"
                        + " [NO_SUCH_TOKEN] are not set",
                skipped.get(1));
        assertEquals(4, skipped.size(), skipped.toString());
    }
}

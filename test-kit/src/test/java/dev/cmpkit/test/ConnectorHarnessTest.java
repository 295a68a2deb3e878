package dev.cmpkit.test;

import static dev.cmpkit.test.ResultAssertions.assertCredentialsAccepted;
import static dev.cmpkit.test.ResultAssertions.assertCredentialsRefused;
import static dev.cmpkit.test.ResultAssertions.assertFailedWith;
import static dev.cmpkit.test.ResultAssertions.assertResourceCounts;
import static dev.cmpkit.test.ResultAssertions.resourceCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.cmpkit.runner.InProcessRunner;
import dev.cmpkit.test.fixtures.BrokenConnector;
import dev.cmpkit.test.fixtures.FixtureConnector;
import dev.cmpkit.test.record.HttpConnector;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness runs handlers exactly as the command line does, and the assertions name what is wrong. */
class ConnectorHarnessTest {

    private static final Map<String, Object> GOOD =
            Map.of("account_id", "a-1", "credentials", Map.of("token", FixtureConnector.TOKEN));

    @TempDir
    Path dir;

    @Test
    void aRunGivesTheSameEnvelopeAsTheCommandLine() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        Path event = Files.writeString(dir.resolve("event.json"), "{\"account_id\": \"a-1\"}");
        HandlerResult viaHarness =
                ConnectorHarness.of(FixtureConnector.class).clock(clock).run(Command.RESOURCES, event);
        InProcessRunner.Result viaCommandLine = InProcessRunner.run(
                List.of("resources", event.toString()),
                "",
                new SingleConnectorLoader(FixtureConnector.class),
                Map.of(),
                clock,
                dir.resolve("vcr.yaml"));
        assertEquals(viaCommandLine.stdout(), viaHarness.stdout());
        assertEquals(0, viaHarness.exitCode());
        assertEquals(Map.of("network", 1, "server", 2), resourceCounts(viaHarness));
        assertEquals(
                "2026-12-01T00:00:00Z",
                viaHarness.value().get(0).at("/base/last_seen_at").asText());
    }

    @Test
    void whatTheHandlerPrintsIsCapturedInTheLogs() {
        HandlerResult result = ConnectorHarness.of(FixtureConnector.class).run(Command.RESOURCES, GOOD);
        assertEquals("listing 3 resources of a-1\n", result.logs());
        assertEquals(result.logs(), result.stderr());
        assertTrue(result.stdout().startsWith("{\"value\":[{\"id\":\"s-1\""), result.stdout());
    }

    @Test
    void eventMapsConfigAndSecretsReachTheHandlerAndSecretsAreRedacted() {
        HandlerResult result = ConnectorHarness.of(EchoConnector.class)
                .config(Map.of("region", "eu"))
                .secrets(Map.of("password", "hunter2"))
                .run(Command.RESOURCES, Map.of("said", "the password is hunter2"));
        assertEquals("[]", result.value().toString());
        assertEquals("said: the password is <redacted:password>; region: eu\n", result.logs());
    }

    @Test
    void aResultOfTheWrongShapeIsAValidationErrorNamingThePath() {
        HandlerResult metrics = ConnectorHarness.of(BrokenConnector.class).run(Command.METRICS, GOOD);
        String message = assertFailedWith(metrics, "ValidationError");
        assertTrue(message.contains("result.metrics.0.time"), message);
        AssertionError wrongShape = assertThrows(AssertionError.class, () -> ResultAssertions.assertSucceeded(metrics));
        assertTrue(
                wrongShape.getMessage().startsWith("metrics: expected a successful run, got error ValidationError: "),
                wrongShape.getMessage());
    }

    @Test
    void withoutValidationTheResultIsPrintedAsItIs() {
        HandlerResult metrics =
                ConnectorHarness.of(BrokenConnector.class).validate(false).run(Command.METRICS, GOOD);
        assertTrue(metrics.succeeded());
        assertFalse(metrics.value().at("/metrics/0").has("time"));
    }

    @Test
    void credentialAssertionsTellAcceptedFromRefused() {
        ConnectorHarness fixture = ConnectorHarness.of(FixtureConnector.class);
        assertCredentialsAccepted(fixture.run(Command.VALIDATE_CREDENTIALS, GOOD));
        HandlerResult refused = fixture.run(Command.VALIDATE_CREDENTIALS, Map.of("credentials", Map.of()));
        assertCredentialsRefused(refused);
        AssertionError e = assertThrows(AssertionError.class, () -> assertCredentialsAccepted(refused));
        assertEquals(
                "validate-credentials: expected {\"ok\": true}, got {\"ok\":false,\"message\":\"unknown token\"}",
                e.getMessage());
        HandlerResult noOk = ConnectorHarness.of(BrokenConnector.class).run(Command.VALIDATE_CREDENTIALS, GOOD);
        AssertionError shape = assertThrows(AssertionError.class, () -> assertCredentialsRefused(noOk));
        assertTrue(shape.getMessage().contains("result.ok"), shape.getMessage());
    }

    @Test
    void resourceCountsNameEachTypeThatIsOff() {
        HandlerResult result = ConnectorHarness.of(FixtureConnector.class).run(Command.RESOURCES, GOOD);
        assertResourceCounts(result, Map.of("server", 2));
        AssertionError e = assertThrows(
                AssertionError.class, () -> assertResourceCounts(result, Map.of("server", 3, "volume", 1)));
        assertEquals(
                "resources: wrong number of resources by type: {server=expected 3, got 2, volume=expected 1, got 0}"
                        + " (all counts: {network=1, server=2})",
                e.getMessage());
    }

    @Test
    void anErrorEnvelopeCarriesTheErrorType() {
        HandlerResult result = ConnectorHarness.of(FixtureConnector.class)
                .run(Command.RESOURCES, Map.of("credentials", Map.of("token", "stolen")));
        assertEquals("Invalid Credentials", assertFailedWith(result, "InvalidCredentials"));
        AssertionError e = assertThrows(AssertionError.class, () -> assertFailedWith(result, "Timeout"));
        assertEquals(
                "resources: expected an error of type Timeout, got error InvalidCredentials: Invalid Credentials",
                e.getMessage());
    }

    @Test
    void badArgumentsAreNamed() {
        assertThrows(IllegalArgumentException.class, () -> ConnectorHarness.of(null));
        IllegalArgumentException notJson = assertThrows(
                IllegalArgumentException.class,
                () -> ConnectorHarness.of(FixtureConnector.class).run(Command.RESOURCES, Map.of("x", new Object())));
        assertTrue(notJson.getMessage().startsWith("the event cannot be written as JSON"), notJson.getMessage());
        assertEquals(
                "unknown command 'list'; expected one of [resources, metrics, spend, logs, status, validate-credentials]",
                assertThrows(IllegalArgumentException.class, () -> Command.of("list"))
                        .getMessage());
    }

    @Test
    void anExplicitCassetteRecordsIntoANewFolderAndReplaysWithoutTheService() throws IOException {
        HttpServer service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/name", exchange -> {
            byte[] body = "live".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        service.start();
        Path cassette = dir.resolve("new/folder/run.yaml");
        ConnectorHarness harness = ConnectorHarness.of(HttpConnector.class)
                .config(Map.of("url", "http://127.0.0.1:" + service.getAddress().getPort()))
                .cassette(cassette);
        try {
            assertEquals(
                    "live",
                    harness.run(Command.RESOURCES, Map.of())
                            .value()
                            .at("/0/base/name")
                            .asText());
        } finally {
            service.stop(0);
        }
        assertTrue(Files.readString(cassette).contains("body: live"));
        assertEquals(
                "live",
                harness.run(Command.RESOURCES, Map.of())
                        .value()
                        .at("/0/base/name")
                        .asText());
    }
}

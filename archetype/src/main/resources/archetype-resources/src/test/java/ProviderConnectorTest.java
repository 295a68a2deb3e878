package ${package};

import static dev.cmpkit.test.ResultAssertions.assertResourceCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cmpkit.test.Command;
import dev.cmpkit.test.ConnectorHarness;
import dev.cmpkit.test.HandlerResult;
import dev.cmpkit.test.conformance.ConformanceSuite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the connector as CMP's runner would, through cmpkit's test kit. */
class ProviderConnectorTest {

    /** The checks every CMP connector must pass: resources, credentials, errors, metrics, logs, status, spend. */
    @TestFactory
    Stream<DynamicTest> conformance() {
        return ConformanceSuite.forConnector(ProviderConnector.class)
                .event(Map.of("customer_id", "customer-1", "account_id", "account-1"))
                // A real connector reads these from the environment, e.g. System.getenv("PROVIDER_API_KEY");
                // when they are not set, the checks that need them are skipped.
                .credentials(Map.of("api_key", ProviderClient.DEMO_KEY))
                .resourceCounts(Map.of("server", 2))
                .metrics(
                        Map.of("resources", List.of(Map.of("id", "3f6c2a1e-8b1d-4c7a-9f0e-5d2b7a1c9e01", "provider_id", "vm-1"))),
                        List.of("cpu-usage", "memory-used"))
                .logs(Map.of(), 1)
                .status(Map.of(), 1)
                .spend(Map.of("spend_date", "2026-11-30"))
                .tests();
    }

    /** The bundled events run as they would from the command line. */
    @Test
    void theResourcesEventListsBothInstances() {
        HandlerResult result = ConnectorHarness.of(ProviderConnector.class)
                .run(Command.RESOURCES, Path.of("events/resources.json"));
        assertResourceCounts(result, Map.of("server", 2));
        assertEquals("running", result.value().get(0).at("/details/server/state").asText());
    }
}

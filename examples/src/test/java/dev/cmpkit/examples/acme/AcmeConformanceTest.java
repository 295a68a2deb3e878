package dev.cmpkit.examples.acme;

import dev.cmpkit.test.conformance.ConformanceSuite;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The Acme connector passes every check of the test kit's conformance suite. */
class AcmeConformanceTest {

    /** How many resources of each type the bundled Acme inventory maps to. */
    static final Map<String, Integer> RESOURCES_PER_TYPE = Map.of(
            "server",
            8,
            "volume",
            8,
            "network",
            4,
            "appliance",
            4,
            "service_offering",
            5,
            "compute_pool",
            2,
            "saas_user",
            4,
            "colo_space",
            2,
            "circuit",
            3);

    @TestFactory
    Stream<DynamicTest> acmeConforms() {
        return ConformanceSuite.forConnector(AcmeConnector.class)
                .event(Map.of("customer_id", "cust-42", "account_id", "acme-7731"))
                // The demo account's credentials; a real connector reads them from the environment.
                .credentials(Map.of("api_key", "acme-demo-key", "api_secret", "correct-horse-battery-staple"))
                .resourceCounts(RESOURCES_PER_TYPE)
                .metrics(
                        Map.of(
                                "last_update",
                                "2026-11-01T00:00:00.000000Z",
                                "poll_interval",
                                300,
                                "resources",
                                List.of(Map.of(
                                        "id", "3f6c2a1e-8b1d-4c7a-9f0e-5d2b7a1c9e01",
                                        "provider_id", "i-7f3a9c01"))),
                        List.of("cpu-usage"))
                .logs(Map.of("last_update", "2026-11-30T00:00:00.000000Z"), 1)
                .status(Map.of("last_update", "2026-11-30T00:00:00.000000Z"), 1)
                .spend(Map.of("spend_date", "2026-11-30"))
                .tests();
    }
}

package ${package};

import java.time.Instant;
import java.util.List;

/**
 * Stands in for the provider's API so that the connector runs from the start: a fixed
 * inventory and fixed metrics. Replace it with the provider's SDK or HTTP API.
 */
final class ProviderClient {

    /** A virtual machine as the provider describes it. */
    record Vm(String id, String name, int vcpus, long memoryMb, String status) {}

    /** One measurement of one virtual machine. */
    record Sample(String vmId, String metric, double value, Instant time) {}

    /** The only API key the stand-in accepts. */
    static final String DEMO_KEY = "demo-key";

    private final String apiKey;

    ProviderClient(String apiKey) {
        this.apiKey = apiKey;
    }

    /** Returns whether the provider accepts the API key. */
    boolean authenticate() {
        return DEMO_KEY.equals(apiKey);
    }

    List<Vm> listVms() {
        return List.of(
                new Vm("vm-1", "web-1", 2, 4096, "RUNNING"),
                new Vm("vm-2", "db-1", 4, 16384, "STOPPED"));
    }

    List<Sample> samples(Instant start, Instant end) {
        Instant time = end.minusSeconds(60);
        return List.of(
                new Sample("vm-1", "cpu_percent", 12.5, time),
                new Sample("vm-1", "memory_used_mb", 2048, time));
    }

    /** Returns the cost of a virtual machine for one day, in USD. */
    double dailyCost(Vm vm) {
        return 0.5 * vm.vcpus();
    }
}

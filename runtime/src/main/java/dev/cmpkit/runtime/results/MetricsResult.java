package dev.cmpkit.runtime.results;

import dev.cmpkit.runtime.CmpReaders;
import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@code metrics} handler returns:
 * {@code {"metrics": [point...], "last_update"?: timestamp, "monitoring_system"?: string}}.
 * CMP hands {@code last_update} back in the next event, so the next poll starts where this one
 * ended.
 */
public final class MetricsResult extends ListResult<MetricPoint> {

    static {
        CmpReaders.register(MetricsResult.class, ResultReaders.METRICS);
    }

    private static final JsonName METRICS = JsonName.of("metrics");
    private static final JsonName MONITORING_SYSTEM = JsonName.of("monitoring_system");

    private final String monitoringSystem;

    private MetricsResult(List<MetricPoint> metrics, String lastUpdate, String monitoringSystem) {
        super(METRICS, metrics, lastUpdate);
        this.monitoringSystem = monitoringSystem;
    }

    /** Returns a new builder with no points. */
    public static Builder builder() {
        return new Builder();
    }

    /** The points, unmodifiable. */
    public List<MetricPoint> metrics() {
        return items();
    }

    /** The monitoring system, or null. */
    public String monitoringSystem() {
        return monitoringSystem;
    }

    @Override
    void writeMore(JsonSink sink) throws IOException {
        Results.optional(sink, MONITORING_SYSTEM, monitoringSystem);
    }

    @Override
    Object more() {
        return monitoringSystem;
    }

    /** Collects the points; {@link #build()} checks them. */
    public static final class Builder extends ListResult.Builder<MetricPoint, Builder> {
        private String monitoringSystem;

        private Builder() {
            super("metrics");
        }

        /** Sets the monitoring system's name; null leaves it out. */
        public Builder monitoringSystem(String monitoringSystem) {
            this.monitoringSystem = monitoringSystem;
            return this;
        }

        /**
         * Builds the result.
         *
         * @return the result
         * @throws IllegalArgumentException naming every problem
         */
        public MetricsResult build() {
            String wire = checkedLastUpdate("MetricsResult", new ArrayList<>());
            return new MetricsResult(List.copyOf(items), wire, monitoringSystem);
        }
    }
}

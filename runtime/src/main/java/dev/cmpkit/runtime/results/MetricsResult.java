package dev.cmpkit.runtime.results;

import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@code metrics} handler returns:
 * {@code {"metrics": [point...], "last_update"?: timestamp, "monitoring_system"?: string}}.
 * CMP hands {@code last_update} back in the next event, so the next poll starts where this one
 * ended.
 */
public final class MetricsResult implements ResultValue {

    private static final JsonName METRICS = JsonName.of("metrics");
    private static final JsonName LAST_UPDATE = JsonName.of("last_update");
    private static final JsonName MONITORING_SYSTEM = JsonName.of("monitoring_system");

    private final List<MetricPoint> metrics;
    private final String lastUpdate;
    private final String monitoringSystem;

    private MetricsResult(List<MetricPoint> metrics, String lastUpdate, String monitoringSystem) {
        this.metrics = metrics;
        this.lastUpdate = lastUpdate;
        this.monitoringSystem = monitoringSystem;
    }

    /** Returns a new builder with no points. */
    public static Builder builder() {
        return new Builder();
    }

    /** The points, unmodifiable. */
    public List<MetricPoint> metrics() {
        return metrics;
    }

    /** The last update, UTC RFC 3339, or null. */
    public String lastUpdate() {
        return lastUpdate;
    }

    /** The monitoring system, or null. */
    public String monitoringSystem() {
        return monitoringSystem;
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        Results.list(sink, METRICS, metrics, clock);
        Results.optional(sink, LAST_UPDATE, lastUpdate);
        Results.optional(sink, MONITORING_SYSTEM, monitoringSystem);
        sink.endObject();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricsResult other
                && metrics.equals(other.metrics)
                && Objects.equals(lastUpdate, other.lastUpdate)
                && Objects.equals(monitoringSystem, other.monitoringSystem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metrics, lastUpdate, monitoringSystem);
    }

    @Override
    public String toString() {
        return "MetricsResult" + serialize();
    }

    /** Collects the points; {@link #build()} checks them. */
    public static final class Builder {
        private final List<MetricPoint> metrics = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private Object lastUpdate;
        private String monitoringSystem;

        private Builder() {}

        /** Adds one point. */
        public Builder add(MetricPoint point) {
            if (point == null) {
                problems.add("metrics[" + metrics.size() + "] must not be null");
            } else {
                metrics.add(point);
            }
            return this;
        }

        /** Adds points, in order. */
        public Builder addAll(List<MetricPoint> points) {
            if (points == null) {
                problems.add("metrics is required, got null");
                return this;
            }
            points.forEach(this::add);
            return this;
        }

        /** Sets the last update as an RFC 3339 / ISO 8601 string; null leaves it out. */
        public Builder lastUpdate(String lastUpdate) {
            this.lastUpdate = lastUpdate;
            return this;
        }

        /** Sets the last update; null leaves it out. */
        public Builder lastUpdate(TemporalAccessor lastUpdate) {
            this.lastUpdate = lastUpdate;
            return this;
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
            List<String> all = new ArrayList<>(problems);
            String wireLastUpdate = Checks.timestamp(all, "lastUpdate", lastUpdate);
            Checks.throwIfAny("MetricsResult", all);
            return new MetricsResult(List.copyOf(metrics), wireLastUpdate, monitoringSystem);
        }
    }
}

package dev.cmpkit.runtime.results;

import dev.cmpkit.runtime.CmpReaders;
import dev.cmpkit.runtime.ShapedValue;
import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import dev.cmpkit.runtime.metrics.ParsedEntry;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One measurement of one resource:
 * {@code {"metric", "value", "time", "unit"?, "counter"?, "specialisation"?, "original_metric"?,
 * "resource_id"?, "provider_id"?}}.
 *
 * <p>{@code resource_id} is the CMP resource's id (a UUID the event carries), {@code provider_id}
 * the provider's own id for the same resource.
 *
 * @param metric the metric name
 * @param value the measured value
 * @param time when it was measured, UTC RFC 3339 (the constructor converts other ISO 8601 forms)
 * @param unit the unit, or null
 * @param counter whether the metric counts up, or null when unset
 * @param specialisation the specialisation, or null
 * @param originalMetric the provider's name for the metric, or null
 * @param resourceId the CMP resource's id, or null
 * @param providerId the provider's id of the resource, or null
 */
public record MetricPoint(
        String metric,
        double value,
        String time,
        String unit,
        Boolean counter,
        String specialisation,
        String originalMetric,
        String resourceId,
        String providerId)
        implements ShapedValue {

    static {
        CmpReaders.register(MetricPoint.class, ResultReaders.METRIC_POINT);
    }

    /** Letters, digits and {@code -:/_|"' } (space included), with an optional {@code .suffix}. */
    static final Pattern METRIC_NAME = Pattern.compile("[\\p{L}\\p{Nd}\\-:/_|\"' ]+(\\.[\\p{L}\\p{Nd}\\-:/_|\"' ]+)?");

    private static final JsonName METRIC = JsonName.of("metric");
    private static final JsonName VALUE = JsonName.of("value");
    private static final JsonName TIME = JsonName.of("time");
    private static final JsonName UNIT = JsonName.of("unit");
    private static final JsonName COUNTER = JsonName.of("counter");
    private static final JsonName SPECIALISATION = JsonName.of("specialisation");
    private static final JsonName ORIGINAL_METRIC = JsonName.of("original_metric");
    private static final JsonName RESOURCE_ID = JsonName.of("resource_id");
    private static final JsonName PROVIDER_ID = JsonName.of("provider_id");

    /**
     * Checks the point and brings its time to the wire form.
     *
     * @throws IllegalArgumentException naming every missing or bad field and its value
     */
    public MetricPoint {
        time = check(metric, value, time);
    }

    /** Checks the required fields as a builder holds them (the value may be missing); returns the wire time. */
    private static String check(String metric, Double value, Object time) {
        List<String> problems = new ArrayList<>();
        Checks.required(problems, "metric", metric);
        if (metric != null && !METRIC_NAME.matcher(metric).matches()) {
            problems.add("metric must be letters, digits and -:/_|\"' with an optional .suffix, got "
                    + Checks.quote(metric));
        }
        Checks.required(problems, "value", value);
        Checks.finite(problems, "value", value);
        String wireTime = Checks.requiredTimestamp(problems, "time", time);
        Checks.throwIfAny("MetricPoint", problems);
        return wireTime;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding the point a metric mapping entry makes of provider values: the
     * entry's name as {@code metric}, its converted value, its unit, counter flag and
     * specialisation (empty ones left unset), and the time. Add {@code resourceId} and
     * {@code providerId} before building.
     *
     * @param entry the mapping entry
     * @param variables the provider's values, {@code value} among them
     * @param time when the value was measured, as an RFC 3339 string or a {@code java.time} value
     * @return the builder
     * @throws IllegalArgumentException when the entry is null
     * @throws dev.cmpkit.runtime.expr.EvaluationException when the conversion fails
     */
    public static Builder fromMapping(ParsedEntry entry, Map<String, ?> variables, Object time) {
        if (entry == null) {
            throw new IllegalArgumentException("entry is required, got null");
        }
        Builder builder =
                builder().metric(entry.name()).value(entry.value(variables)).counter(entry.counter());
        builder.time = time;
        if (!entry.unit().isEmpty()) {
            builder.unit(entry.unit());
        }
        if (!entry.specialisation().isEmpty()) {
            builder.specialisation(entry.specialisation());
        }
        return builder;
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        sink.name(METRIC);
        sink.string(metric);
        sink.name(VALUE);
        sink.number(value);
        sink.name(TIME);
        sink.string(time);
        Results.optional(sink, UNIT, unit);
        if (counter != null) {
            sink.name(COUNTER);
            sink.bool(counter);
        }
        Results.optional(sink, SPECIALISATION, specialisation);
        Results.optional(sink, ORIGINAL_METRIC, originalMetric);
        Results.optional(sink, RESOURCE_ID, resourceId);
        Results.optional(sink, PROVIDER_ID, providerId);
        sink.endObject();
    }

    @Override
    public String toString() {
        return "MetricPoint" + serialize();
    }

    /** Collects a point; {@link #build()} checks it. */
    public static final class Builder {
        private String metric;
        private Double value;
        private Object time;
        private String unit;
        private Boolean counter;
        private String specialisation;
        private String originalMetric;
        private String resourceId;
        private String providerId;

        private Builder() {}

        /** Sets the metric name (required): letters, digits, {@code -:/_|"' }, an optional {@code .suffix}. */
        public Builder metric(String metric) {
            this.metric = metric;
            return this;
        }

        /** Sets the value (required, finite). */
        public Builder value(Double value) {
            this.value = value;
            return this;
        }

        /** Sets when the value was measured (required), as an RFC 3339 / ISO 8601 string. */
        public Builder time(String time) {
            this.time = time;
            return this;
        }

        /** Sets when the value was measured (required). */
        public Builder time(TemporalAccessor time) {
            this.time = time;
            return this;
        }

        /** Sets the unit, e.g. {@code "percent"}; null leaves it out. */
        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        /** Sets whether the metric counts up; null leaves it out. */
        public Builder counter(Boolean counter) {
            this.counter = counter;
            return this;
        }

        /** Sets the specialisation; null leaves it out. */
        public Builder specialisation(String specialisation) {
            this.specialisation = specialisation;
            return this;
        }

        /** Sets the provider's name for the metric; null leaves it out. */
        public Builder originalMetric(String originalMetric) {
            this.originalMetric = originalMetric;
            return this;
        }

        /** Sets the CMP resource's id (the UUID in the event); null leaves it out. */
        public Builder resourceId(String resourceId) {
            this.resourceId = resourceId;
            return this;
        }

        /** Sets the provider's id of the resource; null leaves it out. */
        public Builder providerId(String providerId) {
            this.providerId = providerId;
            return this;
        }

        /**
         * Builds the point.
         *
         * @return the point
         * @throws IllegalArgumentException naming every missing or bad field and its value
         */
        public MetricPoint build() {
            String text = Checks.timestampText(time);
            if (value == null || (text == null && time != null)) {
                check(metric, value, time); // throws: what the point cannot hold is reported with every other problem
            }
            return new MetricPoint(
                    metric, value, text, unit, counter, specialisation, originalMetric, resourceId, providerId);
        }
    }
}

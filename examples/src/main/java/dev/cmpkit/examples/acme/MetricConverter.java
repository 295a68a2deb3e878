package dev.cmpkit.examples.acme;

import dev.cmpkit.runtime.Rfc3339;
import dev.cmpkit.runtime.metrics.ParsedEntry;
import dev.cmpkit.runtime.time.TimeInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Acme's metric series into CMP metric points for one time interval, converting names,
 * units and values through the metric mapping.
 */
final class MetricConverter {

    private final Map<String, ParsedEntry> mapping;
    private final Map<String, Map<String, Object>> resourceVariables;

    /**
     * @param mapping the entries by Acme metric name
     * @param resourceVariables per resource id, extra variables its conversions may use
     */
    MetricConverter(Map<String, ParsedEntry> mapping, Map<String, Map<String, Object>> resourceVariables) {
        this.mapping = mapping;
        this.resourceVariables = resourceVariables;
    }

    /**
     * @param export Acme's export: per series a pattern of values, one every {@code stepSeconds}
     * @param interval the interval to report; samples at {@code start <= t < end}
     * @return the points, series by series, each {@code resource_id, metric, unit,
     *     [specialisation,] counter, time, value}
     * @throws IllegalArgumentException for a series whose metric the mapping does not know
     */
    List<Map<String, Object>> convert(AcmeData.MetricsExport export, TimeInterval interval) {
        long step = export.stepSeconds();
        if (step <= 0) {
            throw new IllegalArgumentException("Acme metrics: step_seconds must be positive, got " + step);
        }
        List<Map<String, Object>> points = new ArrayList<>();
        for (AcmeData.Series series : export.series()) {
            ParsedEntry entry = mapping.get(series.metric());
            if (entry == null) {
                throw new IllegalArgumentException("Acme metrics: no mapping for metric '" + series.metric()
                        + "' of " + series.resource() + "; expected one of " + mapping.keySet());
            }
            if (series.points().isEmpty()) {
                throw new IllegalArgumentException("Acme metrics: series '" + series.metric() + "' of "
                        + series.resource() + " has no points; expected at least one");
            }
            Map<String, Object> variables = new HashMap<>(resourceVariables.getOrDefault(series.resource(), Map.of()));
            // Acme's samples sit on multiples of the step; the pattern repeats, so any interval has data.
            long first = Math.floorDiv(interval.start().getEpochSecond() + step - 1, step) * step;
            for (long t = first; t < interval.end().getEpochSecond(); t += step) {
                double sample = series.points().get((int) Math.floorMod(t / step, (long) series.points().size()));
                variables.put("value", sample);
                points.add(point(series.resource(), entry, Instant.ofEpochSecond(t), entry.value(variables)));
            }
        }
        return points;
    }

    private static Map<String, Object> point(String resourceId, ParsedEntry entry, Instant time, Double value) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("resource_id", resourceId);
        point.put("metric", entry.name());
        point.put("unit", entry.unit());
        if (!entry.specialisation().isEmpty()) {
            point.put("specialisation", entry.specialisation());
        }
        point.put("counter", entry.counter());
        point.put("time", Rfc3339.convert(time));
        point.put("value", value);
        return point;
    }
}

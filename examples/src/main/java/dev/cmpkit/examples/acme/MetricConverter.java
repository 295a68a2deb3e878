package dev.cmpkit.examples.acme;

import dev.cmpkit.runtime.metrics.ParsedEntry;
import dev.cmpkit.runtime.results.MetricPoint;
import dev.cmpkit.runtime.time.TimeInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Acme's metric series into CMP metric points for one time interval, converting names,
 * units and values through the metric mapping. Only the resources CMP asks about are converted,
 * each point carrying CMP's id of the resource and Acme's.
 */
final class MetricConverter {

    private final Map<String, ParsedEntry> mapping;
    private final Map<String, Map<String, Object>> resourceVariables;

    /**
     * Makes a converter over a metric mapping.
     *
     * @param mapping the entries by Acme metric name
     * @param resourceVariables per Acme resource id, extra variables its conversions may use
     */
    MetricConverter(Map<String, ParsedEntry> mapping, Map<String, Map<String, Object>> resourceVariables) {
        this.mapping = mapping;
        this.resourceVariables = resourceVariables;
    }

    /**
     * Converts Acme's metric export into CMP metric points.
     *
     * @param export Acme's export: per series a pattern of values, one every {@code stepSeconds}
     * @param interval the interval to report; samples at {@code start <= t < end}
     * @param cmpIds CMP's resource id (a UUID) by Acme id, for the resources to report
     * @return the points, series by series
     * @throws IllegalArgumentException for a series whose metric the mapping does not know
     */
    List<MetricPoint> convert(AcmeData.MetricsExport export, TimeInterval interval, Map<String, String> cmpIds) {
        long step = export.stepSeconds();
        if (step <= 0) {
            throw new IllegalArgumentException("Acme metrics: step_seconds must be positive, got " + step);
        }
        List<MetricPoint> points = new ArrayList<>();
        for (AcmeData.Series series : export.series()) {
            ParsedEntry entry = mapping.get(series.metric());
            if (entry == null) {
                throw new IllegalArgumentException("Acme metrics: no mapping for metric '" + series.metric() + "' of "
                        + series.resource() + "; expected one of " + mapping.keySet());
            }
            if (series.points().isEmpty()) {
                throw new IllegalArgumentException("Acme metrics: series '" + series.metric() + "' of "
                        + series.resource() + " has no points; expected at least one");
            }
            String cmpId = cmpIds.get(series.resource());
            if (cmpId == null) {
                continue; // CMP did not ask about this resource
            }
            Map<String, Object> variables = new HashMap<>(resourceVariables.getOrDefault(series.resource(), Map.of()));
            // Acme's samples sit on multiples of the step; the pattern repeats, so any interval has data.
            long first = Math.floorDiv(interval.start().getEpochSecond() + step - 1, step) * step;
            for (long t = first; t < interval.end().getEpochSecond(); t += step) {
                double sample = series.points().get((int)
                        Math.floorMod(t / step, (long) series.points().size()));
                variables.put("value", sample);
                points.add(MetricPoint.fromMapping(entry, variables, Instant.ofEpochSecond(t))
                        .originalMetric(series.metric())
                        .resourceId(cmpId)
                        .providerId(series.resource())
                        .build());
            }
        }
        return points;
    }
}

package dev.cmpkit.examples.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cmpkit.runtime.metrics.MetricMapping;
import dev.cmpkit.runtime.metrics.ParsedEntry;
import dev.cmpkit.runtime.results.MetricPoint;
import dev.cmpkit.runtime.time.TimeInterval;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Acme's metric series through the bundled mapping.yaml, for fixed intervals. */
class MetricConverterTest {

    private static final Map<String, ParsedEntry> MAPPING = MetricMapping.load(BundledFiles.path("mapping.yaml"));

    /** The interval TimeInterval.setup gives for an empty event at {@code now}: the 900 s before it. */
    private static TimeInterval lastPoll(String now) {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        return TimeInterval.setup(Map.of(), TimeInterval.options().clock(clock));
    }

    /** CMP's ids of the resources the tests ask about. */
    private static final Map<String, String> CMP_IDS = Map.of("i-1", "uuid-1", "d-1", "uuid-d", "cage-1", "uuid-c");

    private static List<Map<String, Object>> convert(AcmeData.Series series, String now) {
        return new MetricConverter(MAPPING, Map.of("d-1", Map.of("size_b", 1000L)))
                .convert(new AcmeData.MetricsExport(300, List.of(series)), lastPoll(now), CMP_IDS).stream()
                        .map(MetricPoint::serialize)
                        .toList();
    }

    @Test
    void samplesOnTheStepWithinTheIntervalAreConverted() {
        // now 00:15:00 → interval [00:00:00, 00:15:00): samples at 00:00, 00:05, 00:10.
        List<Map<String, Object>> points =
                convert(new AcmeData.Series("i-1", "cpu_ratio", List.of(0.5, 0.25)), "2026-11-01T00:15:00Z");
        assertEquals(
                List.of(
                        point("2026-11-01T00:00:00Z", 50.0),
                        point("2026-11-01T00:05:00Z", 25.0),
                        point("2026-11-01T00:10:00Z", 50.0)),
                points);
        assertEquals(
                List.of("metric", "value", "time", "unit", "counter", "original_metric", "resource_id", "provider_id"),
                List.copyOf(points.get(0).keySet()));
    }

    private static Map<String, Object> point(String time, double value) {
        return Map.of(
                "metric",
                "cpu-usage",
                "value",
                value,
                "time",
                time,
                "unit",
                "percent",
                "counter",
                false,
                "original_metric",
                "cpu_ratio",
                "resource_id",
                "uuid-1",
                "provider_id",
                "i-1");
    }

    @Test
    void resourcesCmpDidNotAskAboutAreLeftOut() {
        assertEquals(List.of(), convert(new AcmeData.Series("i-9", "cpu_ratio", List.of(0.5)), "2026-11-01T00:15:00Z"));
    }

    @Test
    void conversionsUseTheResourcesVariablesTernariesAndCounters() {
        // Even multiples of the step (00:00) take the first value, odd ones (23:55, 00:05) the second.
        String now = "2026-11-01T00:05:30Z"; // interval [23:50:30, 00:05:30): 23:55, 00:00, 00:05
        assertEquals(
                List.of(250.0, 500.0, 250.0),
                values(convert(new AcmeData.Series("d-1", "disk_fill_ratio", List.of(0.5, 0.25)), now)));
        List<Map<String, Object>> temperature =
                convert(new AcmeData.Series("cage-1", "inlet_temp_dc", List.of(231.0, -1.0)), now);
        assertEquals(List.of(0.0, 23.1, 0.0), values(temperature));
        assertEquals("inlet", temperature.get(0).get("specialisation"));
        assertEquals(
                true,
                convert(new AcmeData.Series("i-1", "net_rx_kbit", List.of(8.0)), now)
                        .get(0)
                        .get("counter"));
        assertEquals(
                1000.0,
                values(convert(new AcmeData.Series("i-1", "net_rx_kbit", List.of(8.0)), now))
                        .get(0));
    }

    @Test
    void aMetricWithoutMappingOrPointsIsNamed() {
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class,
                () -> convert(new AcmeData.Series("i-1", "gpu_ratio", List.of(1.0)), "2026-11-01T00:15:00Z"));
        assertEquals(
                "Acme metrics: no mapping for metric 'gpu_ratio' of i-1; expected one of [cpu_ratio, mem_used_kib, "
                        + "net_rx_kbit, disk_fill_ratio, power_draw_kw, inlet_temp_dc]",
                unknown.getMessage());
        IllegalArgumentException empty = assertThrows(
                IllegalArgumentException.class,
                () -> convert(new AcmeData.Series("i-1", "cpu_ratio", List.of()), "2026-11-01T00:15:00Z"));
        assertEquals(
                "Acme metrics: series 'cpu_ratio' of i-1 has no points; expected at least one", empty.getMessage());
    }

    private static List<Object> values(List<Map<String, Object>> points) {
        return points.stream().map(point -> point.get("value")).toList();
    }
}

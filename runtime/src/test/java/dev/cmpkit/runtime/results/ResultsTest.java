package dev.cmpkit.runtime.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.runtime.CmpModule;
import dev.cmpkit.runtime.CmpSerializable;
import dev.cmpkit.runtime.metrics.MetricMapping;
import dev.cmpkit.runtime.metrics.ParsedEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The handler results: wire shape and key order, what build() rejects, and both renderings agreeing. */
class ResultsTest {

    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new CmpModule());

    /** Jackson's output of a value equals its {@code serialize()} map written by plain Jackson. */
    private static String json(CmpSerializable value) throws IOException {
        String streamed = JACKSON.writeValueAsString(value);
        assertEquals(new ObjectMapper().writeValueAsString(value.serialize()), streamed);
        return streamed;
    }

    private static void rejects(Executable build, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "<" + fragment + "> not in <" + e.getMessage() + ">");
        }
    }

    @Test
    void aMetricPointWritesItsKeysInOrderAndLeavesOutUnsetOnes() throws IOException {
        MetricPoint full = MetricPoint.builder()
                .metric("cpu-usage")
                .value(12.5)
                .time(OffsetDateTime.parse("2024-06-01T14:00:00.5+02:00"))
                .unit("percent")
                .counter(false)
                .specialisation("vm")
                .originalMetric("cpu_ratio")
                .resourceId("6a0d")
                .providerId("i-1")
                .build();
        assertEquals(
                "{\"metric\":\"cpu-usage\",\"value\":12.5,\"time\":\"2024-06-01T12:00:00.500000Z\","
                        + "\"unit\":\"percent\",\"counter\":false,\"specialisation\":\"vm\",\"original_metric\":\"cpu_ratio\","
                        + "\"resource_id\":\"6a0d\",\"provider_id\":\"i-1\"}",
                json(full));
        MetricPoint bare = MetricPoint.builder()
                .metric("disk.used")
                .value(1.0)
                .time("2024-06-01T12:00:00Z")
                .build();
        assertEquals("{\"metric\":\"disk.used\",\"value\":1.0,\"time\":\"2024-06-01T12:00:00Z\"}", json(bare));
        assertEquals(
                List.of("metrics", "last_update"),
                new ArrayList<>(MetricsResult.builder()
                        .add(bare)
                        .lastUpdate(Instant.parse("2024-06-01T12:05:00Z"))
                        .build()
                        .serialize()
                        .keySet()));
    }

    @Test
    void aMetricPointNeedsANameAValueAndATime() {
        rejects(
                () -> MetricPoint.builder().build(),
                "Invalid MetricPoint",
                "metric is required, got null",
                "value is required, got null",
                "time is required, got null");
        rejects(
                () -> MetricPoint.builder()
                        .metric("cpu usage!")
                        .value(1.0)
                        .time("2024-06-01")
                        .build(),
                "metric must be letters, digits",
                "\"cpu usage!\"");
        rejects(
                () -> MetricPoint.builder()
                        .metric("m")
                        .value(Double.NaN)
                        .time("2024-06-01")
                        .build(),
                "value must be a finite number, got NaN");
        rejects(() -> MetricPoint.builder().metric("m").value(1.0).time("soon").build(), "time: ", "soon");
    }

    @Test
    void aMetricPointComesStraightFromAMappingEntry(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("mapping.yaml"), """
                cpu_ratio:
                  name: cpu-usage
                  unit: percent
                  counter: false
                  specialisation: vm
                  conversion_expr: value * 100
                net_rx:
                  name: net-in
                  counter: true
                """);
        Map<String, ParsedEntry> mapping = MetricMapping.load(file);
        MetricPoint cpu = MetricPoint.fromMapping(
                        mapping.get("cpu_ratio"), Map.of("value", 0.25), Instant.parse("2024-06-01T12:00:00Z"))
                .resourceId("uuid")
                .providerId("i-1")
                .build();
        assertEquals(
                "{\"metric\":\"cpu-usage\",\"value\":25.0,\"time\":\"2024-06-01T12:00:00Z\",\"unit\":\"percent\","
                        + "\"counter\":false,\"specialisation\":\"vm\",\"resource_id\":\"uuid\",\"provider_id\":\"i-1\"}",
                json(cpu));
        MetricPoint net = MetricPoint.fromMapping(mapping.get("net_rx"), Map.of("value", 8), "2024-06-01T12:00:00Z")
                .build();
        assertEquals(
                "{\"metric\":\"net-in\",\"value\":8.0,\"time\":\"2024-06-01T12:00:00Z\",\"counter\":true}",
                json(net),
                "an empty unit and specialisation are left out");
        rejects(() -> MetricPoint.fromMapping(null, Map.of(), "2024-06-01"), "entry is required");
    }

    @Test
    void aSpendReportWritesItemsAndEitherKindOfAmount() throws IOException {
        SpendItem item = SpendItem.builder()
                .remoteId("i-1")
                .resourceType("server")
                .amount(2.02)
                .build();
        SpendReport total = SpendReport.builder()
                .currency("EUR")
                .spendDate(LocalDate.of(2024, 6, 1))
                .add(item)
                .amount(2.02)
                .amountAccumulative(20.2)
                .build();
        assertEquals(
                "{\"currency\":\"EUR\",\"spend_date\":\"2024-06-01\",\"items\":[{\"remote_id\":\"i-1\","
                        + "\"resource_type\":\"server\",\"amount\":2.02}],\"amount\":2.02,\"amount_accumulative\":20.2}",
                json(total));
        Map<String, Double> perResource = new LinkedHashMap<>();
        perResource.put("i-1", 2.02);
        perResource.put("i-2", 0.5);
        SpendReport split = SpendReport.builder()
                .currency("USD")
                .spendDate("2024-06-01")
                .amountByRemoteId(perResource)
                .build();
        assertEquals(
                "{\"currency\":\"USD\",\"spend_date\":\"2024-06-01\",\"items\":[],\"amount\":[{\"remote_id\":"
                        + "\"i-1\",\"amount\":2.02},{\"remote_id\":\"i-2\",\"amount\":0.5}]}",
                json(split));
    }

    @Test
    void spendNeedsACurrencyADayAndItemsWithAnAmount() {
        rejects(() -> SpendReport.builder().build(), "currency is required", "spendDate is required");
        rejects(
                () -> SpendReport.builder()
                        .currency("CHF")
                        .spendDate("2024-06-01")
                        .build(),
                "currency must be one of [GBP, EUR, USD, JPY, SGD, INR, AUD], got \"CHF\"");
        rejects(
                () -> SpendReport.builder()
                        .currency("EUR")
                        .spendDate("01/06/2024")
                        .build(),
                "spendDate must be a date as YYYY-MM-DD, got \"01/06/2024\"");
        rejects(
                () -> SpendItem.builder().build(),
                "remoteId is required",
                "resourceType is required",
                "amount or amountAccumulative is required");
        SpendItem accumulated = SpendItem.builder()
                .remoteId("r")
                .resourceType("volume")
                .amountAccumulative(3.0)
                .build();
        assertEquals(3.0, accumulated.amountAccumulative());
    }

    @Test
    void logsAndStatusWriteTheirListsAndLastUpdate() throws IOException {
        LogRecord record = LogRecord.builder()
                .message("disk full")
                .severity("ERROR")
                .time("2024-06-01T12:00:00Z")
                .service("storage")
                .sourceHost("ams1")
                .build();
        assertEquals(
                "{\"logs\":[{\"message\":\"disk full\",\"severity\":\"ERROR\",\"time\":\"2024-06-01T12:00:00Z\","
                        + "\"service\":\"storage\",\"source_host\":\"ams1\"}],\"last_update\":\"1717243200\"}",
                json(LogsResult.builder().add(record).lastUpdate("1717243200").build()));
        StatusEntry entry = StatusEntry.builder()
                .level(StatusEntry.WARNING)
                .time("2024-06-01T12:00:00Z")
                .reason("degraded")
                .build();
        assertEquals(
                "{\"status\":[{\"level\":1,\"time\":\"2024-06-01T12:00:00Z\",\"reason\":\"degraded\"}],"
                        + "\"last_update\":\"2024-06-01T12:00:00Z\"}",
                json(StatusResult.builder()
                        .add(entry)
                        .lastUpdate("2024-06-01T12:00:00Z")
                        .build()));
    }

    @Test
    void logsAndStatusRejectWhatCmpCannotRead() {
        rejects(
                () -> LogRecord.builder()
                        .message("m")
                        .severity("NOTICE")
                        .time("2024-06-01")
                        .build(),
                "severity must be one of [CRITICAL, ERROR, WARNING, INFO, DEBUG], got \"NOTICE\"");
        rejects(() -> LogRecord.builder().build(), "message is required", "severity is required", "time is required");
        rejects(
                () -> StatusEntry.builder().level(3).time("2024-06-01").build(),
                "level must be one of [0, 1, 2], got 3");
        rejects(() -> StatusEntry.builder().build(), "level is required", "time is required");
        rejects(() -> LogsResult.builder().lastUpdate("yesterday").build(), "lastUpdate: ", "yesterday");
        rejects(() -> StatusResult.builder().add(null).build(), "status[0] must not be null");
    }

    @Test
    void aCredentialsCheckIsOkOrSaysWhyNot() throws IOException {
        assertEquals("{\"ok\":true}", json(CredentialsCheck.ok()));
        assertEquals("{\"ok\":false,\"message\":\"key expired\"}", json(CredentialsCheck.failed("key expired")));
        assertEquals("{\"ok\":false}", json(CredentialsCheck.failed(null)));
    }
}

package dev.cmpkit.runtime.results;

import static dev.cmpkit.testing.RandomCases.anyString;
import static dev.cmpkit.testing.RandomCases.check;
import static dev.cmpkit.testing.RandomCases.oneOf;
import static dev.cmpkit.testing.RandomCases.orNull;
import static dev.cmpkit.testing.RandomCases.stringOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.runtime.CmpJsonReader;
import dev.cmpkit.runtime.CmpModule;
import dev.cmpkit.runtime.json.CmpReadException;
import dev.cmpkit.runtime.json.JsonWritable;
import dev.cmpkit.runtime.json.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Handler results read back: for random results of every kind, reading what was written gives an
 * equal value and writing that again gives the same bytes; input that no builder accepts fails
 * naming where it is.
 */
class ResultsReadBackTest {

    private static final int CASES = 300;
    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new CmpModule());
    private static final String METRIC_NAME = "abcXYZ019-:/_|\"' ";

    private static <T extends JsonWritable> void assertRoundTrip(T value, Class<T> type) throws Exception {
        byte[] written = JACKSON.writeValueAsBytes(value);
        T read = CmpJsonReader.read(written, type);
        assertEquals(value, read, () -> "read back from " + new String(written, StandardCharsets.UTF_8));
        assertEquals(
                new String(written, StandardCharsets.UTF_8),
                new String(JACKSON.writeValueAsBytes(read), StandardCharsets.UTF_8));
        assertEquals(value, JACKSON.readValue(written, type), "read through the Jackson module");
    }

    private static Instant instant(SplittableRandom random) {
        return Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000) * 1000L);
    }

    private static Double amount(SplittableRandom random) {
        return oneOf(random, List.of(0.0, -0.0, 1e-7, 1e21, 12.5, random.nextDouble(-1e9, 1e9)));
    }

    private static MetricPoint point(SplittableRandom random) {
        String name = stringOf(random, METRIC_NAME, 1, 12);
        return MetricPoint.builder()
                .metric(random.nextBoolean() ? name : name + "." + stringOf(random, "abc01", 1, 5))
                .value(amount(random))
                .time(instant(random))
                .unit(orNull(random, 0.5, anyString(random, 8)))
                .counter(orNull(random, 0.5, random.nextBoolean()))
                .specialisation(orNull(random, 0.5, anyString(random, 8)))
                .originalMetric(orNull(random, 0.5, anyString(random, 8)))
                .resourceId(orNull(random, 0.5, anyString(random, 8)))
                .providerId(orNull(random, 0.5, anyString(random, 8)))
                .build();
    }

    private static SpendItem item(SplittableRandom random) {
        boolean both = random.nextBoolean();
        boolean first = random.nextBoolean();
        return SpendItem.builder()
                .remoteId(anyString(random, 10))
                .resourceType(anyString(random, 10))
                .amount(both || first ? amount(random) : null)
                .amountAccumulative(both || !first ? amount(random) : null)
                .build();
    }

    @Test
    void metricsResultsReadBack() {
        check(CASES, random -> {
            MetricsResult.Builder result = MetricsResult.builder()
                    .monitoringSystem(orNull(random, 0.5, anyString(random, 8)))
                    .lastUpdate(orNull(random, 0.5, instant(random)));
            for (int i = random.nextInt(4); i > 0; i--) {
                result.add(point(random));
            }
            assertRoundTrip(result.build(), MetricsResult.class);
        });
    }

    @Test
    void spendReportsReadBackWithEitherFormOfTheAmount() {
        check(CASES, random -> {
            SpendReport.Builder report = SpendReport.builder()
                    .currency(oneOf(random, SpendReport.CURRENCIES))
                    .spendDate(LocalDate.ofEpochDay(random.nextInt(40_000)))
                    .amountAccumulative(orNull(random, 0.5, amount(random)));
            for (int i = random.nextInt(4); i > 0; i--) {
                report.add(item(random));
            }
            switch (random.nextInt(3)) {
                case 0 -> report.amount(amount(random));
                case 1 -> {
                    Map<String, Double> amounts = new LinkedHashMap<>();
                    for (int i = random.nextInt(4); i > 0; i--) {
                        amounts.put(anyString(random, 6), amount(random));
                    }
                    report.amountByRemoteId(amounts);
                }
                default -> {}
            }
            assertRoundTrip(report.build(), SpendReport.class);
        });
    }

    @Test
    void logsResultsReadBackWithATimestampOrAPagingToken() {
        check(CASES, random -> {
            LogsResult.Builder result = LogsResult.builder();
            switch (random.nextInt(3)) {
                case 0 -> result.lastUpdate(instant(random));
                case 1 -> result.lastUpdate(stringOf(random, "0123456789", 1, 12));
                default -> {}
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                result.add(LogRecord.builder()
                        .message(anyString(random, 20))
                        .severity(oneOf(random, LogRecord.SEVERITIES))
                        .time(instant(random))
                        .service(orNull(random, 0.5, anyString(random, 8)))
                        .sourceHost(orNull(random, 0.5, anyString(random, 8)))
                        .build());
            }
            assertRoundTrip(result.build(), LogsResult.class);
        });
    }

    @Test
    void statusResultsReadBack() {
        check(CASES, random -> {
            StatusResult.Builder result = StatusResult.builder().lastUpdate(orNull(random, 0.5, instant(random)));
            for (int i = random.nextInt(4); i > 0; i--) {
                result.add(StatusEntry.builder()
                        .level(random.nextInt(3))
                        .time(instant(random))
                        .source(orNull(random, 0.5, anyString(random, 8)))
                        .reason(orNull(random, 0.5, anyString(random, 8)))
                        .resourceId(orNull(random, 0.5, anyString(random, 8)))
                        .build());
            }
            assertRoundTrip(result.build(), StatusResult.class);
        });
    }

    @Test
    void credentialsChecksReadBack() throws Exception {
        assertRoundTrip(CredentialsCheck.ok(), CredentialsCheck.class);
        assertRoundTrip(CredentialsCheck.failed(null), CredentialsCheck.class);
        assertRoundTrip(CredentialsCheck.failed(""), CredentialsCheck.class);
        assertRoundTrip(CredentialsCheck.failed("expired key"), CredentialsCheck.class);
    }

    private static void failsAt(String json, Class<?> type, String path, String message) {
        CmpReadException e = assertThrows(
                CmpReadException.class, () -> CmpJsonReader.read(json.getBytes(StandardCharsets.UTF_8), type));
        assertEquals(path, e.path(), e::getMessage);
        assertEquals(
                message,
                e.getMessage()
                        .substring(0, Math.min(message.length(), e.getMessage().length())));
    }

    @Test
    void inputNoBuilderAcceptsFailsNamingWhere() {
        failsAt(
                "{\"metrics\":[{\"metric\":\"cpu\",\"value\":1,\"time\":\"2024-06-01T12:00:00Z\",\"colour\":1}]}",
                MetricsResult.class,
                "/metrics/0/colour",
                "unknown key \"colour\"; expected metric, value, time");
        failsAt(
                "{\"logs\":[{\"message\":\"m\",\"severity\":\"LOUD\",\"time\":\"2024-06-01T12:00:00Z\"}]}",
                LogsResult.class,
                "/logs/0",
                "Invalid LogRecord: severity must be one of");
        failsAt("{\"message\":\"no\"}", CredentialsCheck.class, "", "a credentials check needs \"ok\"");
        failsAt("{\"ok\":true,\"message\":\"m\"}", CredentialsCheck.class, "", "a credentials check that is ok");
        failsAt("{\"status\":{}}", StatusResult.class, "/status", "expected the list of status entries");
        failsAt(
                "{\"currency\":\"EUR\",\"spend_date\":\"2024-06-01\",\"items\":[],"
                        + "\"amount\":[{\"remote_id\":\"a\",\"amount\":1},{\"remote_id\":\"a\",\"amount\":2}]}",
                SpendReport.class,
                "/amount/1",
                "the remote_id \"a\" has two amounts");
    }

    @Test
    void unknownKeysAreSkippedWhenAsked() {
        byte[] json = "{\"ok\":false,\"message\":\"m\",\"retry_after\":{\"s\":[1]}}".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                CredentialsCheck.failed("m"),
                CmpJsonReader.read(json, CredentialsCheck.class, ReadOptions.ignoringUnknownKeys()));
    }
}

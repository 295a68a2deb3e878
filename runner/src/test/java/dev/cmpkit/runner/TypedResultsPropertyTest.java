package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.runtime.CmpModule;
import dev.cmpkit.runtime.CmpSerializable;
import dev.cmpkit.runtime.results.CredentialsCheck;
import dev.cmpkit.runtime.results.LogRecord;
import dev.cmpkit.runtime.results.LogsResult;
import dev.cmpkit.runtime.results.MetricPoint;
import dev.cmpkit.runtime.results.MetricsResult;
import dev.cmpkit.runtime.results.SpendItem;
import dev.cmpkit.runtime.results.SpendReport;
import dev.cmpkit.runtime.results.StatusEntry;
import dev.cmpkit.runtime.results.StatusResult;
import dev.cmpkit.testing.RandomCases;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The typed results and the runner's schemas describe one shape: whatever a result builder
 * accepts, the runner's check of its kind accepts too, and Jackson writes it as its
 * {@code serialize()} map. Values are drawn at random (seeded; the seed is printed on failure).
 */
class TypedResultsPropertyTest {

    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new CmpModule());
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final int CASES = 400;

    /** What a metric name may hold besides letters and digits. */
    private static final String NAME_MARKS = "-:/_|\"' ";

    /** Asserts that {@code value} fits the schema of {@code command} and that both renderings agree. */
    private static void fits(String command, CmpSerializable value) throws Exception {
        String streamed = JACKSON.writeValueAsString(value);
        assertEquals(PLAIN.writeValueAsString(value.serialize()), streamed, "Jackson and serialize()");
        JsonNode tree = PLAIN.readTree(streamed);
        assertEquals(List.of(), ResultCheck.problems(command, tree), () -> command + ": " + streamed);
    }

    @Test
    void everyMetricsResultTheBuildersAcceptFitsTheMetricsShape() {
        RandomCases.check(CASES, random -> {
            MetricsResult.Builder result = MetricsResult.builder();
            for (int i = random.nextInt(4); i > 0; i--) {
                result.add(point(random));
            }
            if (random.nextBoolean()) {
                result.lastUpdate(instant(random));
            }
            sometimes(random, result::monitoringSystem);
            fits("metrics", result.build());
        });
    }

    @Test
    void everySpendReportTheBuildersAcceptFitsTheSpendShape() {
        RandomCases.check(CASES, random -> {
            SpendReport.Builder report = SpendReport.builder()
                    .currency(pick(random, SpendReport.CURRENCIES))
                    .spendDate(LocalDate.ofEpochDay(random.nextLong(
                            LocalDate.of(1, 1, 1).toEpochDay(),
                            LocalDate.of(9999, 12, 31).toEpochDay())));
            for (int i = random.nextInt(4); i > 0; i--) {
                SpendItem.Builder item =
                        SpendItem.builder().remoteId(text(random)).resourceType(text(random));
                int amounts = 1 + random.nextInt(3); // bit 0: amount, bit 1: accumulative; never neither
                if ((amounts & 1) != 0) {
                    item.amount(number(random));
                }
                if ((amounts & 2) != 0) {
                    item.amountAccumulative(number(random));
                }
                report.add(item.build());
            }
            switch (random.nextInt(3)) {
                case 0 -> report.amount(number(random));
                case 1 -> {
                    Map<String, Double> perResource = new LinkedHashMap<>();
                    for (int i = random.nextInt(3); i >= 0; i--) {
                        perResource.put(text(random), number(random));
                    }
                    report.amountByRemoteId(perResource);
                }
                default -> {}
            }
            if (random.nextBoolean()) {
                report.amountAccumulative(number(random));
            }
            fits("spend", report.build());
        });
    }

    @Test
    void everyLogsResultTheBuildersAcceptFitsTheLogsShape() {
        RandomCases.check(CASES, random -> {
            LogsResult.Builder result = LogsResult.builder();
            for (int i = random.nextInt(4); i > 0; i--) {
                LogRecord.Builder record = LogRecord.builder()
                        .message(text(random))
                        .severity(pick(random, LogRecord.SEVERITIES))
                        .time(instant(random));
                sometimes(random, record::service);
                sometimes(random, record::sourceHost);
                result.add(record.build());
            }
            switch (random.nextInt(3)) {
                case 0 -> result.lastUpdate(instant(random));
                case 1 -> result.lastUpdate(Long.toString(random.nextLong(0, Long.MAX_VALUE)));
                default -> {}
            }
            fits("logs", result.build());
        });
    }

    @Test
    void everyStatusResultTheBuildersAcceptFitsTheStatusShape() {
        RandomCases.check(CASES, random -> {
            StatusResult.Builder result = StatusResult.builder();
            for (int i = random.nextInt(4); i > 0; i--) {
                StatusEntry.Builder entry =
                        StatusEntry.builder().level(random.nextInt(3)).time(offsetTime(random));
                sometimes(random, entry::source);
                sometimes(random, entry::reason);
                sometimes(random, entry::resourceId);
                result.add(entry.build());
            }
            if (random.nextBoolean()) {
                result.lastUpdate(instant(random).toString());
            }
            fits("status", result.build());
        });
    }

    @Test
    void everyCredentialsCheckFitsTheValidateCredentialsShape() {
        RandomCases.check(
                CASES,
                random -> fits(
                        "validate-credentials",
                        random.nextBoolean() ? CredentialsCheck.ok() : CredentialsCheck.failed(text(random))));
    }

    private static MetricPoint point(SplittableRandom random) {
        MetricPoint.Builder point = MetricPoint.builder()
                .metric(metricName(random))
                .value(number(random))
                .time(random.nextBoolean() ? instant(random) : offsetTime(random));
        sometimes(random, point::unit);
        if (random.nextBoolean()) {
            point.counter(random.nextBoolean());
        }
        sometimes(random, point::specialisation);
        sometimes(random, point::originalMetric);
        sometimes(random, point::resourceId);
        sometimes(random, point::providerId);
        return point.build();
    }

    /** Sets a random text through {@code setter} in half of the cases: an optional key, set or not. */
    private static void sometimes(SplittableRandom random, Consumer<String> setter) {
        if (random.nextBoolean()) {
            setter.accept(text(random));
        }
    }

    /** Letters (any script), digits and the allowed marks, with an optional {@code .suffix}. */
    private static String metricName(SplittableRandom random) {
        String name = namePart(random);
        return random.nextInt(3) == 0 ? name + "." + namePart(random) : name;
    }

    private static String namePart(SplittableRandom random) {
        StringBuilder part = new StringBuilder();
        for (int i = 1 + random.nextInt(12); i > 0; i--) {
            part.append(
                    switch (random.nextInt(4)) {
                        case 0 -> (char) ('a' + random.nextInt(26));
                        case 1 -> (char) ('0' + random.nextInt(10));
                        case 2 -> NAME_MARKS.charAt(random.nextInt(NAME_MARKS.length()));
                        default -> "éßЖ中٣".charAt(random.nextInt(5));
                    });
        }
        return part.toString();
    }

    /** Any string, the empty one, control characters and non-ASCII included. */
    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(10); i > 0; i--) {
            text.append((char) (random.nextBoolean() ? random.nextInt(0x20, 0x7f) : random.nextInt(0, 0xd800)));
        }
        return text.toString();
    }

    /** Finite numbers of every size and sign, whole ones included. */
    private static double number(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(-1000, 1000);
            case 1 -> random.nextDouble(-1e6, 1e6);
            case 2 -> (random.nextBoolean() ? -1 : 1) * random.nextDouble() * Math.pow(10, random.nextInt(-300, 300));
            default -> Math.scalb(random.nextDouble(), random.nextInt(-1074, 1000));
        };
    }

    /** An instant in years 0001 to 9999, with any fraction of a second. */
    private static Instant instant(SplittableRandom random) {
        long from = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        return Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000));
    }

    /** An instant in a random offset, as a provider's API may give it. */
    private static OffsetDateTime offsetTime(SplittableRandom random) {
        Instant instant = instant(random);
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18, 19) * 3600);
        OffsetDateTime time = instant.atOffset(offset);
        // Keep the local date-time inside years 0001 to 9999 too.
        return time.getYear() < 1 || time.getYear() > 9999 ? instant.atOffset(ZoneOffset.UTC) : time;
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

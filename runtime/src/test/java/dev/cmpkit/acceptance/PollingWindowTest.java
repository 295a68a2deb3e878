package dev.cmpkit.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.log.CmpLogger;
import dev.cmpkit.runtime.time.TimeInterval;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The polling window from an event, the options and a fixed clock. */
class PollingWindowTest {

    private static final Instant NOW = Instant.parse("2020-06-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static TimeInterval.Options options() {
        return TimeInterval.options().clock(CLOCK);
    }

    @Test
    void withoutLastUpdateTheWindowIsPollIntervalPlusInitialIntervalBeforeNowLessSkew() {
        TimeInterval window = TimeInterval.setup(
                Map.of("poll_interval", 300),
                options().skew(Duration.ofMinutes(2)).initialInterval(Duration.ofMinutes(10)));

        assertEquals(NOW.minusSeconds(120), window.end());
        assertEquals(NOW.minusSeconds(120 + 300 + 600), window.start());
    }

    @Test
    void pollIntervalComesFromTheEventThenTheResourceThenDefaultsTo900() {
        assertEquals(
                NOW.minusSeconds(60),
                TimeInterval.setup(Map.of("resource", Map.of("poll_interval", 60)), options())
                        .start());
        assertEquals(
                NOW.minusSeconds(900), TimeInterval.setup(Map.of(), options()).start());
        assertEquals(
                NOW.minusSeconds(900),
                TimeInterval.setup(Map.of("resource", Map.of()), options()).start());
        assertEquals(
                NOW,
                TimeInterval.setup(Map.of("poll_interval", 0, "resource", Map.of("poll_interval", 60)), options())
                        .start());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2020-06-01T11:00:00.5Z,      2020-06-01T11:00:00.500Z",
        "2020-06-01T11:00:00.123Z,    2020-06-01T11:00:00.123Z",
        "2020-06-01T11:00:00.123456Z, 2020-06-01T11:00:00.123456Z",
    })
    void lastUpdateIsTheStartWithOneToSixFractionDigits(String lastUpdate, String start) {
        TimeInterval window = TimeInterval.setup(
                Map.of("last_update", lastUpdate, "poll_interval", 5), options().initialInterval(Duration.ofHours(5)));

        assertEquals(Instant.parse(start), window.start());
        assertEquals(NOW, window.end());
    }

    @Test
    void backfillCapsTheEndOnlyWhenTheGapIsStrictlyLonger() {
        Map<String, Object> event = Map.of("last_update", "2020-06-01T10:00:00.000000Z");

        TimeInterval capped = TimeInterval.setup(event, options().backfillTime(Duration.ofMinutes(30)));
        TimeInterval exact = TimeInterval.setup(event, options().backfillTime(Duration.ofHours(2)));
        TimeInterval none = TimeInterval.setup(event, options().backfillTime(Duration.ZERO));

        assertEquals(Instant.parse("2020-06-01T10:30:00Z"), capped.end());
        assertEquals(NOW, exact.end());
        assertEquals(NOW, none.end());
        assertEquals(Instant.parse("2020-06-01T10:00:00Z"), capped.start());
    }

    @Test
    void backfillIsMeasuredAgainstNowLessSkew() {
        TimeInterval window = TimeInterval.setup(
                Map.of("last_update", "2020-06-01T10:00:00.0Z"),
                options().skew(Duration.ofMinutes(90)).backfillTime(Duration.ofMinutes(30)));

        assertEquals(Instant.parse("2020-06-01T10:30:00Z"), window.end());
        TimeInterval notCapped = TimeInterval.setup(
                Map.of("last_update", "2020-06-01T10:00:00.0Z"),
                options().skew(Duration.ofMinutes(100)).backfillTime(Duration.ofMinutes(30)));
        assertEquals(Instant.parse("2020-06-01T10:20:00Z"), notCapped.end());
    }

    @Test
    void theLoggerGetsAnInfoLineWhenBackfillApplies() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CmpLogger logger = new CmpLogger(
                CmpContext.local(), "cust", "acct", null, new PrintStream(printed, true, StandardCharsets.UTF_8));

        TimeInterval.setup(
                Map.of("last_update", "2020-06-01T10:00:00.0Z"),
                options().backfillTime(Duration.ofMinutes(30)).logger(logger));
        String afterCap = printed.toString(StandardCharsets.UTF_8);
        TimeInterval.setup(
                Map.of("last_update", "2020-06-01T11:59:00.0Z"),
                options().backfillTime(Duration.ofMinutes(30)).logger(logger));

        assertTrue(afterCap.startsWith("info\tTarget(customer: cust,account: acct, resource: None): "), afterCap);
        assertEquals(1, afterCap.lines().count(), afterCap);
        assertEquals(afterCap, printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCustomTimeFormatReadsLastUpdate() {
        TimeInterval window = TimeInterval.setup(
                Map.of("last_update", "01/06/2020 08:00"),
                options().timeFormat(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));

        assertEquals(Instant.parse("2020-06-01T08:00:00Z"), window.start());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2020-06-01T10:00:00.1234567Z",
                "2020-06-01 10:00:00.0Z",
                "yesterday",
                "2020-13-01T10:00:00.0Z"
            })
    void anUnparseableLastUpdateQuotesTheValueAndTheFormat(String lastUpdate) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> TimeInterval.setup(Map.of("last_update", lastUpdate), options()));

        assertTrue(e.getMessage().contains(lastUpdate), e.getMessage());
        assertTrue(e.getMessage().contains("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'"), e.getMessage());
    }

    @Test
    void aLastUpdateWithoutAFractionIsReadAsCmpkitWritesIt() {
        TimeInterval window = TimeInterval.setup(Map.of("last_update", "2024-06-01T13:00:00Z"), options());
        assertEquals(Instant.parse("2024-06-01T13:00:00Z"), window.start());
    }
}

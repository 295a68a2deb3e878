package dev.cmpkit.runtime.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.log.CmpLogger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeIntervalTest {

    private static final Instant NOW = Instant.parse("2017-09-06T06:21:34Z");

    private static TimeInterval.Options fixed() {
        return TimeInterval.options().clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Map<String, Object> event(Object... pairs) {
        Map<String, Object> event = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            event.put((String) pairs[i], pairs[i + 1]);
        }
        return event;
    }

    @Test
    void defaultsToNineHundredSecondsBeforeNow() {
        TimeInterval interval = TimeInterval.setup(Map.of(), fixed());
        assertEquals(NOW.minusSeconds(900), interval.start());
        assertEquals(NOW, interval.end());
    }

    @Test
    void topLevelPollIntervalWinsEvenWhenZero() {
        TimeInterval interval = TimeInterval.setup(
                event("poll_interval", 0, "resource", Map.of("poll_interval", 60)),
                fixed().initialInterval(Duration.ofSeconds(10)));
        assertEquals(NOW.minusSeconds(10), interval.start());
    }

    @Test
    void nullTopLevelPollIntervalFallsBackToTheResource() {
        TimeInterval interval =
                TimeInterval.setup(event("poll_interval", null, "resource", Map.of("poll_interval", 60)), fixed());
        assertEquals(NOW.minusSeconds(60), interval.start());
        assertEquals(
                NOW.minusSeconds(900),
                TimeInterval.setup(event("resource", Map.of()), fixed()).start());
    }

    @Test
    void pollIntervalMayBeAnyNonNegativeNumberOrNumericString() {
        assertEquals(
                NOW.minusMillis(1500),
                TimeInterval.setup(event("poll_interval", 1.5), fixed()).start());
        assertEquals(
                NOW.minusSeconds(30),
                TimeInterval.setup(event("poll_interval", 30L), fixed()).start());
        assertEquals(
                NOW.minusSeconds(30),
                TimeInterval.setup(event("poll_interval", "30"), fixed()).start());
        assertEquals(
                NOW.minusSeconds(30),
                TimeInterval.setup(event("poll_interval", new BigDecimal("30.0")), fixed())
                        .start());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2017-09-06T04:21:34.1Z",
                "2017-09-06T04:21:34.12Z",
                "2017-09-06T04:21:34.123Z",
                "2017-09-06T04:21:34.1234Z",
                "2017-09-06T04:21:34.12345Z",
                "2017-09-06T04:21:34.123456Z"
            })
    void defaultFormatAcceptsOneToSixFractionDigits(String lastUpdate) {
        TimeInterval interval = TimeInterval.setup(event("last_update", lastUpdate), fixed());
        String fraction = lastUpdate.substring(20, lastUpdate.length() - 1);
        long nanos = Long.parseLong((fraction + "000000000").substring(0, 9));
        assertEquals(Instant.parse("2017-09-06T04:21:34Z").plusNanos(nanos), interval.start());
        assertEquals(NOW, interval.end());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2017-09-06T04:21:34.Z",
                "2017-09-06T04:21:34.1234567Z",
                "2017-09-06T04:21:34.000000",
                "2017-09-06 04:21:34.000000Z",
                "2017-02-30T04:21:34.000000Z",
                "2017-09-06T24:00:00.000000Z",
                "2017-9-06T04:21:34.000000Z",
                "yesterday",
                " 2017-09-06T04:21:34.000000Z",
                "2017-09-06T04:21:34.000000+01:00"
            })
    void malformedLastUpdateIsRejectedQuotingItAndTheFormat(String lastUpdate) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> TimeInterval.setup(event("last_update", lastUpdate), fixed()));
        assertEquals(
                "event.last_update '" + lastUpdate + "' does not match the time format "
                        + "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z' (1 to 6 fraction digits, or none)",
                e.getMessage());
    }

    @Test
    void nonStringLastUpdateIsRejected() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> TimeInterval.setup(event("last_update", 1504678894), fixed()));
        assertTrue(
                e.getMessage().startsWith("event.last_update must be a string in the format yyyy-MM-dd"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("got Integer '1504678894'"), e.getMessage());
    }

    @Test
    void hugeAndTinyPollIntervalsAreAnsweredAtOnce() {
        IllegalArgumentException huge = assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(2),
                () -> assertThrows(
                        IllegalArgumentException.class,
                        () -> TimeInterval.setup(event("poll_interval", "9e99999999"), fixed())));
        assertEquals(
                "event.poll_interval must be a non-negative number of seconds, got String '9e99999999'",
                huge.getMessage());
        TimeInterval tiny = assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(2),
                () -> TimeInterval.setup(event("poll_interval", "1e-99999990"), fixed()));
        assertEquals(NOW, tiny.start(), "less than a nanosecond is no interval");
        String long_ = "1".repeat(100_000);
        IllegalArgumentException quoted = assertThrows(
                IllegalArgumentException.class, () -> TimeInterval.setup(event("poll_interval", long_), fixed()));
        assertTrue(quoted.getMessage().length() < 400, () -> quoted.getMessage().length() + " chars");
    }

    @Test
    void nullLastUpdateCountsAsAbsent() {
        assertEquals(
                NOW.minusSeconds(900),
                TimeInterval.setup(event("last_update", null), fixed()).start());
    }

    @Test
    void lastUpdateWithoutAFractionIsRead() {
        // cmpkit's own timestamps leave out a zero fraction, and connectors hand them back.
        TimeInterval interval = TimeInterval.setup(event("last_update", "2017-09-06T04:21:34Z"), fixed());
        assertEquals(Instant.parse("2017-09-06T04:21:34Z"), interval.start());
    }

    @Test
    void customFormatsReadUtcUnlessTheyCarryAnOffset() {
        TimeInterval plain = TimeInterval.setup(
                event("last_update", "2017-09-06 05:00:00"), fixed().timeFormat("yyyy-MM-dd HH:mm:ss"));
        assertEquals(Instant.parse("2017-09-06T05:00:00Z"), plain.start());
        TimeInterval offset = TimeInterval.setup(
                event("last_update", "2017-09-06T07:00:00+02:00"),
                fixed().timeFormat(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        assertEquals(Instant.parse("2017-09-06T05:00:00Z"), offset.start());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> TimeInterval.setup(
                        event("last_update", "06/09/2017"), fixed().timeFormat("yyyy-MM-dd HH:mm:ss")));
        assertEquals(
                "event.last_update '06/09/2017' does not match the time format yyyy-MM-dd HH:mm:ss", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> fixed().timeFormat("yyyy-MM-dd {"));
    }

    @Test
    void backfillCapsTheIntervalAndSaysSo() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CmpLogger logger = new CmpLogger(
                CmpContext.local(), "c", "a", "r", new PrintStream(printed, true, StandardCharsets.UTF_8));
        TimeInterval interval = TimeInterval.setup(
                event("last_update", "2017-09-06T04:21:34.000000Z"),
                fixed().backfillTime(Duration.ofHours(1)).logger(logger));
        assertEquals(Instant.parse("2017-09-06T04:21:34Z"), interval.start());
        assertEquals(Instant.parse("2017-09-06T05:21:34Z"), interval.end());
        assertEquals(
                "info\tTarget(customer: c,account: a, resource: r): last_update 2017-09-06T04:21:34Z is more "
                        + "than the backfill time of 3600 s before 2017-09-06T06:21:34Z; fetching up to 2017-09-06T05:21:34Z"
                        + System.lineSeparator(),
                printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void backfillAppliesOnlyWhenTheGapIsStrictlyLonger() {
        Map<String, Object> twoHoursAgo = event("last_update", "2017-09-06T04:21:34.000000Z");
        assertEquals(
                NOW,
                TimeInterval.setup(twoHoursAgo, fixed().backfillTime(Duration.ofHours(2)))
                        .end());
        assertEquals(
                NOW,
                TimeInterval.setup(twoHoursAgo, fixed().backfillTime(Duration.ZERO))
                        .end());
        assertEquals(
                NOW, TimeInterval.setup(twoHoursAgo, fixed().backfillTime(null)).end());
        assertEquals(
                NOW.minusSeconds(1),
                TimeInterval.setup(twoHoursAgo, fixed().backfillTime(Duration.ofSeconds(7199)))
                        .end());
    }

    @Test
    void initialIntervalAppliesOnlyWithoutLastUpdate() {
        TimeInterval interval = TimeInterval.setup(
                event("last_update", "2017-09-06T06:00:00.0Z"), fixed().initialInterval(Duration.ofHours(5)));
        assertEquals(Instant.parse("2017-09-06T06:00:00Z"), interval.start());
    }

    @Test
    void optionsAreReadOnceAtSetup() {
        TimeInterval.Options options = fixed().skew(Duration.ofSeconds(5));
        TimeInterval first = TimeInterval.setup(Map.of(), options);
        options.skew(Duration.ofSeconds(50));
        assertEquals(NOW.minusSeconds(5), first.end());
        assertEquals(first, TimeInterval.setup(Map.of(), fixed().skew(Duration.ofSeconds(5))));
        assertEquals("TimeInterval[2017-09-06T06:06:29Z .. 2017-09-06T06:21:29Z]", first.toString());
    }

    @Test
    void badInputIsRejectedClearly() {
        assertMessage("TimeInterval.setup: event is required, got null", () -> TimeInterval.setup(null, fixed()));
        assertMessage("TimeInterval.setup: options is required, got null", () -> TimeInterval.setup(Map.of(), null));
        assertMessage(
                "event.poll_interval must be a non-negative number of seconds, got Integer '-1'",
                () -> TimeInterval.setup(event("poll_interval", -1), fixed()));
        assertMessage(
                "event.resource.poll_interval must be a non-negative number of seconds, got String 'often'",
                () -> TimeInterval.setup(event("resource", Map.of("poll_interval", "often")), fixed()));
        assertMessage(
                "event.poll_interval must be a non-negative number of seconds, got Boolean 'true'",
                () -> TimeInterval.setup(event("poll_interval", true), fixed()));
        assertMessage(
                "event.poll_interval must be a non-negative number of seconds, got Double 'NaN'",
                () -> TimeInterval.setup(event("poll_interval", Double.NaN), fixed()));
        assertMessage(
                "event.resource must be an object, got String 'r-1'",
                () -> TimeInterval.setup(event("resource", "r-1"), fixed()));
        assertMessage("skew must not be negative, got PT-1S", () -> fixed().skew(Duration.ofSeconds(-1)));
        assertMessage("initialInterval is required, got null; use Duration.ZERO", () -> fixed().initialInterval(null));
        assertMessage("backfillTime must not be negative, got PT-1H", () -> fixed().backfillTime(Duration.ofHours(-1)));
        assertMessage("clock is required, got null", () -> fixed().clock(null));
        assertMessage("timeFormat is required, got null", () -> fixed().timeFormat((DateTimeFormatter) null));
        assertMessage("timeFormat pattern is required, got null", () -> fixed().timeFormat((String) null));
        IllegalArgumentException huge = assertThrows(
                IllegalArgumentException.class,
                () -> TimeInterval.setup(event("poll_interval", Long.MAX_VALUE), fixed()));
        assertTrue(huge.getMessage().contains("out of the range of Instant"), huge.getMessage());
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(
                expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}

package dev.cmpkit.runtime.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LastUpdateFormatPropertyTest {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @Property(tries = 300)
    void everyTimestampWithOneToSixFractionDigitsParses(
            @ForAll @LongRange(min = 0, max = 253_402_300_799L) long epochSecond,
            @ForAll @IntRange(min = 0, max = 999_999) int micros,
            @ForAll @IntRange(min = 1, max = 6) int digits) {
        String fraction = String.format("%06d", micros).substring(0, digits);
        Instant instant = Instant.ofEpochSecond(epochSecond);
        String text = SECONDS.format(instant.atOffset(ZoneOffset.UTC)) + "." + fraction + "Z";
        long nanos = Long.parseLong((fraction + "000000000").substring(0, 9));
        assertEquals(instant.plusNanos(nanos), LastUpdateFormat.DEFAULT.parse(text));
        assertEquals(0, LastUpdateFormat.DEFAULT.parse(text).getNano() % 1000, "never below microseconds");
        assertTrue(LastUpdateFormat.DEFAULT.parse(text).truncatedTo(ChronoUnit.SECONDS).equals(instant));
    }

    @Property(tries = 500)
    void anyOtherStringIsRejectedWithIllegalArgumentOnly(@ForAll String text) {
        try {
            LastUpdateFormat.DEFAULT.parse(text);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().startsWith("event.last_update '"), e.getMessage());
        }
    }
}

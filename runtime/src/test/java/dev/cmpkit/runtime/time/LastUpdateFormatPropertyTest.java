package dev.cmpkit.runtime.time;

import static dev.cmpkit.testing.RandomCases.anyString;
import static dev.cmpkit.testing.RandomCases.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class LastUpdateFormatPropertyTest {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @Test
    void everyTimestampWithOneToSixFractionDigitsParses() {
        check(300, random -> {
            long epochSecond = random.nextLong(253_402_300_800L);
            int micros = random.nextInt(1_000_000);
            int digits = 1 + random.nextInt(6);
            String fraction = String.format("%06d", micros).substring(0, digits);
            Instant instant = Instant.ofEpochSecond(epochSecond);
            String text = SECONDS.format(instant.atOffset(ZoneOffset.UTC)) + "." + fraction + "Z";
            long nanos = Long.parseLong((fraction + "000000000").substring(0, 9));
            Instant parsed = LastUpdateFormat.DEFAULT.parse(text);
            assertEquals(instant.plusNanos(nanos), parsed, text);
            assertEquals(parsed.truncatedTo(ChronoUnit.MICROS), parsed, "never below microseconds");
            assertTrue(parsed.truncatedTo(ChronoUnit.SECONDS).equals(instant), text);
        });
    }

    @Test
    void anyOtherStringIsRejectedWithIllegalArgumentOnly() {
        check(500, random -> {
            String text = anyString(random, 40);
            try {
                LastUpdateFormat.DEFAULT.parse(text);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().startsWith("event.last_update '"), e.getMessage());
            }
        });
    }
}

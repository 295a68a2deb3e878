package dev.cmpkit.runtime;

import static dev.cmpkit.runtime.Rejects.assertRejects;
import static dev.cmpkit.testing.RandomCases.check;
import static dev.cmpkit.testing.RandomCases.stringOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The public lenient parser: every accepted form to its instant, with all fraction digits kept. */
class Rfc3339ParseTest {

    private static final DateTimeFormatter WITH_NANOS_AND_OFFSET =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSxxx");

    @ParameterizedTest
    @CsvSource({
        "1970-01-01,                          1970-01-01T00:00:00Z",
        "2017-01-01T00:00:00+10,              2016-12-31T14:00:00Z",
        "2017-01-01 00:00:00-0130,            2017-01-01T01:30:00Z",
        "2017-01-01t00:00:00z,                2017-01-01T00:00:00Z",
        "2017-01-01T00:00:00,                 2017-01-01T00:00:00Z",
        "1970-01-01T00:00:00.10Z,             1970-01-01T00:00:00.100Z",
        "1970-01-01T00:00:00.123456789+00:00, 1970-01-01T00:00:00.123456789Z",
        "0000-01-01T00:00:00+01,              -0001-12-31T23:00:00Z"
    })
    void parsesEveryAcceptedFormKeepingEveryFractionDigit(String input, String expected) {
        assertEquals(Instant.parse(expected), Rfc3339.parse(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "2017-02-29", "2017-01-01T24:00:00Z", "2017-01-01Z", "10000-01-01", "yesterday"})
    void rejectsWhatConvertRejectsQuotingIt(String input) {
        assertRejects(() -> Rfc3339.parse(input), "not an RFC 3339 timestamp: \"" + input + "\"");
    }

    @Test
    void rejectsNullSayingWhatWasExpected() {
        assertRejects(() -> Rfc3339.parse(null), "not an RFC 3339 timestamp: null", "expected a timestamp string");
    }

    @Test
    void agreesWithConvertOnEveryInstantAndOffset() {
        check(500, random -> {
            Instant instant = Instant.ofEpochSecond(
                    random.nextLong(-62_135_596_800L, 253_402_214_400L), random.nextInt(1_000_000_000));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60);
            String text = instant.atOffset(offset).format(WITH_NANOS_AND_OFFSET);
            assertEquals(instant, Rfc3339.parse(text), text);
            assertEquals(Rfc3339.convert(instant), Rfc3339.convert(text), text);
        });
    }

    @Test
    void arbitraryTextParsesExactlyWhenConvertAcceptsIt() {
        check(500, random -> {
            String text = stringOf(random, "0123456789-:T .Zz+", 1, 40);
            String converted;
            try {
                converted = Rfc3339.convert(text);
            } catch (IllegalArgumentException e) {
                converted = null;
            }
            Instant parsed;
            try {
                parsed = Rfc3339.parse(text);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().contains("not an RFC 3339 timestamp"), e.getMessage());
                parsed = null;
            }
            if (converted != null) {
                assertEquals(converted, Rfc3339.convert(parsed), text);
            } else if (parsed != null) {
                // Only the year range of the wire form makes convert stricter than parse.
                int year = parsed.atOffset(ZoneOffset.UTC).getYear();
                assertTrue(year < 0 || year > 9999, text + " parsed to " + parsed + " but convert rejects it");
            }
        });
    }
}

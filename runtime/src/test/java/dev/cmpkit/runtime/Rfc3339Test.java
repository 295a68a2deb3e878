package dev.cmpkit.runtime;

import static dev.cmpkit.runtime.Rejects.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339Test {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1970-01-01                          | 1970-01-01T00:00:00Z
            2017-01-01T00:00:00+10              | 2016-12-31T14:00:00Z
            2017-01-01T00:00:00+10:30           | 2016-12-31T13:30:00Z
            2017-01-01T00:00:00-0130            | 2017-01-01T01:30:00Z
            2017-01-01 12:00:00                 | 2017-01-01T12:00:00Z
            2017-01-01t12:00:00z                | 2017-01-01T12:00:00Z
            1970-01-01T00:00:00.10Z             | 1970-01-01T00:00:00.100000Z
            1970-01-01T00:00:00.000000Z         | 1970-01-01T00:00:00Z
            1970-01-01T00:00:00.123456789Z      | 1970-01-01T00:00:00.123456Z
            1970-01-01T00:00:00.0000009Z        | 1970-01-01T00:00:00Z
            2016-02-29T23:59:59.999999-00:00    | 2016-02-29T23:59:59.999999Z
            0001-01-01T00:00:00Z                | 0001-01-01T00:00:00Z
            9999-12-31T23:59:59Z                | 9999-12-31T23:59:59Z
            1969-12-31T23:59:59.5Z              | 1969-12-31T23:59:59.500000Z
            """)
    void convertsAcceptedStrings(String input, String expected) {
        assertEquals(expected, Rfc3339.convert(input));
    }

    @Test
    void nullAndEmptyGiveNull() {
        assertNull(Rfc3339.convert((String) null));
        assertNull(Rfc3339.convert(""));
        assertNull(Rfc3339.convert((TemporalAccessor) null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                " ",
                "yesterday",
                "2017-1-1",
                "2017-01-01T00:00Z",
                "2017-01-01T00:00:00.Z",
                "2017-01-01T00:00:00.1234567890Z",
                "2017-01-01  00:00:00",
                "2017-13-01",
                "2017-02-29",
                "2017-01-01T24:00:00Z",
                "2017-01-01T23:60:00Z",
                "2016-12-31T23:59:60Z",
                "2017-01-01T00:00:00+1",
                "2017-01-01T00:00:00+19:00",
                "2017-01-01T00:00:00+10:60",
                "2017-01-01Z",
                " 2017-01-01",
                "2017-01-01T00:00:00Z ",
                "+2017-01-01",
                "10000-01-01",
                "２０１７-01-01",
                "0000-01-01T00:00:00+01",
                "9999-12-31T23:59:59-01",
                "2017-01-01T00:00:00+10:00:00"
            })
    void rejectsOtherStringsQuotingThem(String input) {
        assertRejects(() -> Rfc3339.convert(input), "not an RFC 3339 timestamp: \"" + input + "\"");
    }

    @Test
    void quotesHugeInputsShortened() {
        String huge = "9".repeat(100_000);
        IllegalArgumentException e = assertRejects(() -> Rfc3339.convert(huge), "(100000 chars)");
        assertEquals(true, e.getMessage().length() < 400, e.getMessage());
    }

    @Test
    void convertsJavaTemporalValues() {
        assertEquals(
                "2013-09-03T14:00:00Z",
                Rfc3339.convert(LocalDateTime.of(2013, 9, 3, 16, 0).atZone(ZoneId.of("Europe/Paris"))));
        assertEquals(
                "2013-09-03T14:00:00.000001Z",
                Rfc3339.convert(OffsetDateTime.of(2013, 9, 3, 16, 0, 0, 1_999, ZoneOffset.ofHours(2))));
        assertEquals("2013-09-03T16:00:00Z", Rfc3339.convert(LocalDateTime.of(2013, 9, 3, 16, 0)));
        assertEquals("2013-09-03T00:00:00Z", Rfc3339.convert(LocalDate.of(2013, 9, 3)));
        assertEquals("1969-12-31T23:59:59.999999Z", Rfc3339.convert(Instant.ofEpochSecond(-1, 999_999_999)));
    }

    @Test
    void rejectsTemporalValuesWithoutADateOrOutOfRange() {
        assertRejects(() -> Rfc3339.convert(LocalTime.NOON), "needs a date", "LocalTime 12:00");
        assertRejects(() -> Rfc3339.convert(Year.of(2020)), "needs a date", "Year 2020");
        assertRejects(() -> Rfc3339.convert(Instant.MAX), "year must be within 0000-9999");
        assertRejects(() -> Rfc3339.convert(LocalDate.of(-1, 1, 1)), "year must be within 0000-9999");
        assertEquals("0000-01-01T00:00:00Z", Rfc3339.convert(LocalDate.of(0, 1, 1)));
    }
}

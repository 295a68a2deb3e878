package dev.cmpkit.runtime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts timestamps to the CMP wire form: RFC 3339 in UTC, {@code yyyy-MM-ddTHH:mm:ssZ}, or
 * {@code yyyy-MM-ddTHH:mm:ss.ffffffZ} when the microsecond part is not zero.
 *
 * <p>Accepted strings: a date ({@code 1970-01-01}, midnight UTC), or a date and a time joined by
 * {@code T} or one space, with seconds, an optional fraction of 1 to 9 digits and an optional
 * offset {@code Z}, {@code ±HH}, {@code ±HH:MM} or {@code ±HHMM} (none means UTC). Digits after
 * the sixth of the fraction are dropped. Years outside 0000–9999 are rejected because the wire
 * form has exactly four year digits.
 */
public final class Rfc3339 {

    /** Longest accepted input: a date-time with a nine-digit fraction and a {@code ±HH:MM} offset. */
    private static final int MAX_LENGTH = 35;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})"
            + "(?:[Tt ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?"
            + "([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?");

    /** Length of the longest wire form, {@code 0000-00-00T00:00:00.000000Z}. */
    static final int MAX_FORMATTED_LENGTH = 27;

    private static final long MIN_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00Z
    private static final long MAX_SECOND = 253_402_300_799L; // 9999-12-31T23:59:59Z

    private Rfc3339() {}

    /**
     * Converts a timestamp string.
     *
     * @param value the timestamp; null or empty gives null
     * @return the UTC wire form, or null
     * @throws IllegalArgumentException quoting the input when it is not an accepted timestamp
     */
    public static String convert(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (isWireForm(value)) {
            // Already what the formatter would write (a value read back, or built twice): parsing
            // and formatting it again would give it back unchanged.
            return value;
        }
        Instant instant = parse(value);
        try {
            return format(instant);
        } catch (IllegalArgumentException e) {
            throw unparseable(value, e.getMessage());
        }
    }

    /**
     * Converts a Java temporal value: an {@link Instant}, an {@link java.time.OffsetDateTime}, a
     * {@link java.time.ZonedDateTime}, a {@link LocalDateTime} (taken as UTC) or a
     * {@link LocalDate} (midnight UTC); any other value that knows its instant works too.
     *
     * @param value the value; null gives null
     * @return the UTC wire form, or null
     * @throws IllegalArgumentException naming the value when it has no date, or its year lies
     *     outside 0000–9999
     */
    public static String convert(TemporalAccessor value) {
        if (value == null) {
            return null;
        }
        return format(toInstant(value));
    }

    private static Instant toInstant(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(value);
        }
        LocalDate date = value.query(TemporalQueries.localDate());
        if (date == null) {
            throw new IllegalArgumentException(
                    "timestamp needs a date, got " + value.getClass().getSimpleName() + " " + value);
        }
        LocalTime time = value.query(TemporalQueries.localTime());
        return LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time).toInstant(ZoneOffset.UTC);
    }

    /**
     * Parses a timestamp string in any of the accepted forms (see the class comment) to an
     * instant, keeping every fraction digit: the lenient reading that {@link #convert(String)}
     * applies before it formats. {@code Rfc3339.parse("2017-01-01 00:00:00+10")} is
     * {@code 2016-12-31T14:00:00Z}.
     *
     * @param value the timestamp
     * @return the instant
     * @throws IllegalArgumentException quoting the input when it is null, empty or not an
     *     accepted timestamp
     */
    public static Instant parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("not an RFC 3339 timestamp: null (expected a timestamp string)");
        }
        Matcher m = value.length() <= MAX_LENGTH ? FORMAT.matcher(value) : null;
        if (m == null || !m.matches()) {
            throw unparseable(value, "expected yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss[.fraction][Z|±HH|±HH:MM|±HHMM]");
        }
        try {
            LocalDate date = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            if (m.group(4) == null) {
                return date.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            String fraction = m.group(7);
            int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
            LocalTime time = LocalTime.of(number(m, 4), number(m, 5), number(m, 6), nanos);
            return LocalDateTime.of(date, time).toInstant(offset(m.group(8)));
        } catch (DateTimeException e) {
            throw unparseable(value, e.getMessage());
        }
    }

    /**
     * Whether {@code value} is exactly a text the formatter writes: {@code yyyy-MM-ddTHH:mm:ssZ},
     * or with six fraction digits that are not all zero, naming a real date and time.
     */
    static boolean isWireForm(String value) {
        int length = value.length();
        if (length != 20 && length != MAX_FORMATTED_LENGTH) {
            return false;
        }
        if (value.charAt(4) != '-'
                || value.charAt(7) != '-'
                || value.charAt(10) != 'T'
                || value.charAt(13) != ':'
                || value.charAt(16) != ':'
                || value.charAt(length - 1) != 'Z') {
            return false;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 2);
        int day = digits(value, 8, 2);
        int hour = digits(value, 11, 2);
        int minute = digits(value, 14, 2);
        int second = digits(value, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return false;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return false;
        }
        if (length == 20) {
            return true;
        }
        // The formatter leaves out a fraction of zero, so ".000000" is not its text.
        int micros = value.charAt(19) == '.' ? digits(value, 20, 6) : -1;
        return micros > 0;
    }

    /** The number in {@code count} ASCII digits from {@code offset}, or -1 when one is not a digit. */
    private static int digits(String value, int offset, int count) {
        int number = 0;
        for (int i = offset; i < offset + count; i++) {
            int digit = value.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            number = number * 10 + digit;
        }
        return number;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static ZoneOffset offset(String text) {
        if (text == null || text.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        int sign = text.charAt(0) == '-' ? -1 : 1;
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static IllegalArgumentException unparseable(String value, String why) {
        return new IllegalArgumentException("not an RFC 3339 timestamp: " + Checks.quote(value) + " (" + why + ")");
    }

    /** Formats an instant in the UTC wire form. */
    static String format(Instant instant) {
        char[] buffer = new char[MAX_FORMATTED_LENGTH];
        return new String(buffer, 0, formatTo(instant, buffer));
    }

    /**
     * Writes an instant in the UTC wire form into {@code buffer} from index 0 and returns the
     * length; no objects are allocated, so resources can stamp {@code last_seen_at} cheaply.
     *
     * @param instant the instant
     * @param buffer at least {@link #MAX_FORMATTED_LENGTH} characters
     * @return the number of characters written
     * @throws IllegalArgumentException when the year lies outside 0000–9999
     */
    static int formatTo(Instant instant, char[] buffer) {
        long seconds = instant.getEpochSecond();
        SecondText second = lastSecond;
        if (second.epochSecond != seconds) {
            second = new SecondText(seconds, instant);
            lastSecond = second;
        }
        System.arraycopy(second.text, 0, buffer, 0, SecondText.LENGTH);
        int micros = instant.getNano() / 1000;
        if (micros == 0) {
            buffer[19] = 'Z';
            return 20;
        }
        buffer[19] = '.';
        digits(buffer, 20, micros, 6);
        buffer[26] = 'Z';
        return 27;
    }

    /**
     * The second last formatted, shared by all threads. Resources written together are stamped
     * within the same second, so the calendar arithmetic runs about once a second instead of once
     * a resource. The holder's fields are final, so a thread that sees another's holder sees it
     * whole; a race only costs a second computation.
     */
    private static SecondText lastSecond = new SecondText(0, Instant.EPOCH);

    /** The first 19 characters of the wire form, {@code yyyy-MM-ddTHH:mm:ss}, of one second. */
    private static final class SecondText {
        static final int LENGTH = 19;

        final long epochSecond;
        final char[] text = new char[LENGTH];

        SecondText(long epochSecond, Instant instant) {
            if (epochSecond < MIN_SECOND || epochSecond > MAX_SECOND) {
                throw new IllegalArgumentException(
                        "timestamp year must be within 0000-9999 for RFC 3339," + " got " + instant);
            }
            this.epochSecond = epochSecond;
            long days = Math.floorDiv(epochSecond, 86_400L);
            int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
            // Civil date from days since the epoch (H. Hinnant's days_from_civil inverse):
            // count in 400-year eras that start on March 1st so leap days fall at the end.
            long z = days + 719_468L;
            long era = Math.floorDiv(z, 146_097L);
            int dayOfEra = (int) (z - era * 146_097L);
            int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
            int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
            int shiftedMonth = (5 * dayOfYear + 2) / 153;
            int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
            int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
            int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

            digits(text, 0, year, 4);
            text[4] = '-';
            digits(text, 5, month, 2);
            text[7] = '-';
            digits(text, 8, day, 2);
            text[10] = 'T';
            digits(text, 11, secondOfDay / 3600, 2);
            text[13] = ':';
            digits(text, 14, secondOfDay / 60 % 60, 2);
            text[16] = ':';
            digits(text, 17, secondOfDay % 60, 2);
        }
    }

    private static void digits(char[] buffer, int offset, int value, int width) {
        for (int i = offset + width - 1; i >= offset; i--) {
            buffer[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

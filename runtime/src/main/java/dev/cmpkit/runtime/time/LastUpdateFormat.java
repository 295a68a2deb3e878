package dev.cmpkit.runtime.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Parses an event's {@code last_update} with a formatter, reading times without offset or zone
 * as UTC, and rejects anything else quoting the value and the format.
 */
final class LastUpdateFormat {

    /** How the default format is described in error messages. */
    static final String DEFAULT_PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'";

    /**
     * Python's {@code %Y-%m-%dT%H:%M:%S.%fZ}, where %f takes 1 to 6 digits, and also the same
     * time without a fraction. The reference library rejects the latter; cmpkit accepts it
     * because its own {@code Rfc3339} output leaves out a zero fraction, and connectors hand that
     * output back as the next event's {@code last_update}.
     */
    static final LastUpdateFormat DEFAULT = new LastUpdateFormat(
            new DateTimeFormatterBuilder()
                    .appendValue(ChronoField.YEAR, 4)
                    .appendLiteral('-')
                    .appendValue(ChronoField.MONTH_OF_YEAR, 2)
                    .appendLiteral('-')
                    .appendValue(ChronoField.DAY_OF_MONTH, 2)
                    .appendLiteral('T')
                    .appendValue(ChronoField.HOUR_OF_DAY, 2)
                    .appendLiteral(':')
                    .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
                    .appendLiteral(':')
                    .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
                    .optionalStart()
                    .appendLiteral('.')
                    .appendFraction(ChronoField.NANO_OF_SECOND, 1, 6, false)
                    .optionalEnd()
                    .appendLiteral('Z')
                    .toFormatter()
                    .withChronology(IsoChronology.INSTANCE)
                    .withResolverStyle(ResolverStyle.STRICT),
            DEFAULT_PATTERN + " (1 to 6 fraction digits, or none)");

    private final DateTimeFormatter formatter;
    private final String description;

    private LastUpdateFormat(DateTimeFormatter formatter, String description) {
        this.formatter = formatter;
        this.description = description;
    }

    static LastUpdateFormat of(DateTimeFormatter formatter, String description) {
        return new LastUpdateFormat(formatter, description);
    }

    Instant parse(Object value) {
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("event.last_update must be a string in the format " + description
                    + ", got " + value.getClass().getSimpleName() + " '" + value + "'");
        }
        try {
            TemporalAccessor parsed = formatter.parse(text);
            if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
                return Instant.from(parsed);
            }
            if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
                return LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
            }
            return LocalDate.from(parsed).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "event.last_update '" + text + "' does not match the time format " + description, e);
        }
    }
}

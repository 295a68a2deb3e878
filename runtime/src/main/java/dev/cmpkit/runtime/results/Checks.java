package dev.cmpkit.runtime.results;

import dev.cmpkit.runtime.Rfc3339;
import java.time.DateTimeException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The checks the result builders share; each adds a problem naming the field and the value. */
final class Checks {

    private Checks() {}

    static void required(List<String> problems, String field, Object value) {
        if (value == null) {
            problems.add(field + " is required, got null");
        }
    }

    static void oneOf(List<String> problems, String field, Object value, Collection<?> allowed) {
        if (value != null && !allowed.contains(value)) {
            problems.add(field + " must be one of " + allowed + ", got " + quote(value));
        }
    }

    static void finite(List<String> problems, String field, Double value) {
        if (value != null && !Double.isFinite(value)) {
            problems.add(field + " must be a finite number, got " + value);
        }
    }

    /**
     * Converts a timestamp given as a string or a {@code java.time} value to UTC RFC 3339.
     *
     * @return the wire form, or null when the value is null or cannot be converted (then a
     *     problem is added)
     */
    static String timestamp(List<String> problems, String field, Object value) {
        try {
            if (value instanceof TemporalAccessor temporal) {
                return Rfc3339.convert(temporal);
            }
            return Rfc3339.convert((String) value);
        } catch (IllegalArgumentException | DateTimeException e) {
            problems.add(field + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * Returns a builder's timestamp as the text a result's constructor takes: a string as given, a
     * {@code java.time} value converted; null for null, and null when the value cannot be
     * converted (the builder then reports it together with every other problem).
     */
    static String timestampText(Object value) {
        if (value instanceof TemporalAccessor temporal) {
            try {
                return Rfc3339.convert(temporal);
            } catch (IllegalArgumentException | DateTimeException e) {
                return null;
            }
        }
        return (String) value;
    }

    /** Like {@link #timestamp}, adding a problem for a null value too: for required timestamps. */
    static String requiredTimestamp(List<String> problems, String field, Object value) {
        required(problems, field, value);
        return timestamp(problems, field, value);
    }

    /** Copies a list, adding a problem for a null list or null elements; never returns null. */
    static <T> List<T> elements(List<String> problems, String field, List<? extends T> values) {
        if (values == null) {
            problems.add(field + " is required, got null");
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            if (value == null) {
                problems.add(field + "[" + i + "] must not be null");
            } else {
                copy.add(value);
            }
        }
        return List.copyOf(copy);
    }

    static void throwIfAny(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid " + what + ": " + String.join("; ", problems));
        }
    }

    static String quote(Object value) {
        if (!(value instanceof String text)) {
            return String.valueOf(value);
        }
        String shown = text.length() > 100 ? text.substring(0, 100) + "..." : text;
        return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

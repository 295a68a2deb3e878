package dev.cmpkit.runtime;

import java.util.ArrayList;
import java.util.List;

/** Argument checks and value quoting shared by the builders of this package. */
final class Checks {

    /** Quoted values longer than this are cut, so a huge input cannot flood a message. */
    private static final int MAX_QUOTED = 100;

    private Checks() {}

    /** Renders a value for an exception message: {@code null}, or a quoted, escaped string. */
    static String quote(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_QUOTED) + 8).append('"');
        int limit = Math.min(text.length(), MAX_QUOTED);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        if (text.length() > MAX_QUOTED) {
            out.append("... (").append(text.length()).append(" chars)");
        }
        return out.toString();
    }

    /**
     * Throws the builder exception of {@code what} when {@code value} is null: for values with one
     * required field. An empty string is data and passes.
     */
    static void requireNonNull(String what, String field, Object value) {
        if (value == null) {
            throw invalid(what, List.of(field + " is required, got null"));
        }
    }

    /** Adds a problem unless {@code value} is a non-empty string. */
    static void requireNonEmpty(List<String> problems, String field, String value) {
        if (value == null) {
            problems.add(field + " is required, got null");
        } else if (value.isEmpty()) {
            problems.add(field + " must not be empty, got \"\"");
        }
    }

    /** Throws the builder exception when there are problems. */
    static void throwIfAny(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw invalid(what, problems);
        }
    }

    static IllegalArgumentException invalid(String what, List<String> problems) {
        return new IllegalArgumentException("Invalid " + what + ": " + String.join("; ", problems));
    }

    /**
     * Copies a list of values, rejecting a null list or null elements with a message naming the
     * field and the index.
     */
    static <T> List<T> copyNoNulls(String field, List<? extends T> values) {
        if (values == null) {
            throw new IllegalArgumentException(field + " is required, got null");
        }
        List<T> copy = new ArrayList<>(values.size());
        int index = 0;
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(field + "[" + index + "] must not be null");
            }
            copy.add(value);
            index++;
        }
        return List.copyOf(copy);
    }
}

package dev.cmpkit.processor.schema;

import java.util.List;
import java.util.Map;

/**
 * Prints a tree of maps, lists, strings, numbers, booleans and nulls as indented JSON text: the
 * processor has no JSON library, and schemas are small enough to print by hand.
 */
final class JsonText {

    private static final String INDENT = "  ";

    // The chars written with a short escape, and the letter each is written with after the backslash.
    private static final String SHORT_ESCAPED = "\"\\\n\r\t";
    private static final String SHORT_ESCAPES = "\"\\nrt";

    private final StringBuilder out = new StringBuilder();

    private JsonText() {}

    /** The JSON text of {@code value}, two spaces per level, ending with a newline. */
    static String print(Object value) {
        JsonText text = new JsonText();
        text.value(value, 0);
        return text.out.append('\n').toString();
    }

    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof List<?> list) {
            array(list, depth);
        } else {
            throw new IllegalArgumentException(
                    "not a JSON value: " + value.getClass().getName());
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(separator);
            indent(depth + 1);
            string((String) entry.getKey());
            out.append(": ");
            value(entry.getValue(), depth + 1);
            separator = ",\n";
        }
        out.append('\n');
        indent(depth);
        out.append('}');
    }

    /** Arrays of scalars stay on one line ({@code ["string", "null"]}); others take a line per item. */
    private void array(List<?> list, int depth) {
        boolean flat = list.stream().noneMatch(item -> item instanceof Map || item instanceof List);
        if (flat) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                value(list.get(i), depth);
            }
            out.append(']');
            return;
        }
        out.append('[');
        String separator = "\n";
        for (Object item : list) {
            out.append(separator);
            indent(depth + 1);
            value(item, depth + 1);
            separator = ",\n";
        }
        out.append('\n');
        indent(depth);
        out.append(']');
    }

    private void indent(int depth) {
        out.append(INDENT.repeat(depth));
    }

    /**
     * {@code s} as a quoted JSON string: the quote, the backslash, newline, return and tab as their
     * short escapes, the other controls as lower-case {@code \}{@code u00xx}.
     */
    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int shortEscape = SHORT_ESCAPED.indexOf(c);
            if (shortEscape >= 0) {
                out.append('\\').append(SHORT_ESCAPES.charAt(shortEscape));
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}

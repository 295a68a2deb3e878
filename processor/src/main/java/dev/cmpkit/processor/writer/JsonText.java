package dev.cmpkit.processor.writer;

import dev.cmpkit.processor.model.JsonLiteral;

/**
 * JSON text of keys and literals, escaped exactly as cmpkit's runtime writer and Jackson escape
 * them, so that constant runs encoded at generation time equal what those write at run time.
 */
final class JsonText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonText() {}

    /**
     * {@code value} as a quoted JSON string: {@code "} and {@code \} escaped, the controls with
     * Jackson's short escapes where it has one and {@code \}{@code u00XX} otherwise, every
     * surrogate as an uppercase {@code \}{@code uXXXX} escape; other chars as they are.
     */
    static String quoted(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\b' -> text.append("\\b");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\f' -> text.append("\\f");
                case '\r' -> text.append("\\r");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        text.append("\\u")
                                .append(HEX[(c >> 12) & 0xF])
                                .append(HEX[(c >> 8) & 0xF])
                                .append(HEX[(c >> 4) & 0xF])
                                .append(HEX[c & 0xF]);
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }

    /**
     * The JSON text of a literal that can be fixed at generation time, or null for a decimal,
     * whose digits are left to the run-time JDK (its {@code Double.toString} is the reference).
     *
     * @param literal the literal; null means JSON null
     */
    static String literal(JsonLiteral literal) {
        if (literal == null) {
            return "null";
        } else if (literal instanceof JsonLiteral.Text text) {
            return quoted(text.value());
        } else if (literal instanceof JsonLiteral.Integral integral) {
            return Long.toString(integral.value());
        } else if (literal instanceof JsonLiteral.Bool bool) {
            return Boolean.toString(bool.value());
        } else if (literal instanceof JsonLiteral.EmptyArray) {
            return "[]";
        }
        return null;
    }
}

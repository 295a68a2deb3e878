package dev.cmpkit.runtime.expr;

import java.util.Map;

/** Reads variable values from the caller's map and encodes null inside evaluation as NaN. */
final class Values {
    /** Null during evaluation; see {@link Num} for why NaN cannot mean anything else. */
    static final double NULL = Double.NaN;

    private Values() {
    }

    static boolean isNull(double value) {
        return value != value;
    }

    /**
     * The value of a variable as a double: numbers as they are, numeric strings parsed, a
     * present null as {@link #NULL}.
     */
    static double lookup(Map<String, ?> variables, String name) {
        Object value;
        try {
            value = variables.get(name);
            if (value == null && !variables.containsKey(name)) {
                throw new VariableLookupException(name, variables.keySet());
            }
        } catch (ClassCastException | NullPointerException e) {
            // A map with another key type (a TreeMap of Integers, say) cannot be searched by name.
            throw new EvaluationException("Variable '" + name + "' could not be looked up in the given map ("
                    + e + "); expected a map keyed by variable name");
        }
        if (value == null) {
            return NULL;
        }
        if (value instanceof Number) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw badValue(name, value, "a finite number");
            }
            return number;
        }
        if (value instanceof CharSequence) {
            return parseNumeric(name, value.toString());
        }
        throw badValue(name, value, "a number or a numeric string");
    }

    /**
     * Parses {@code [+-]?(digits[.digits*] | .digits)[(e|E)[+-]digits]}, with surrounding
     * whitespace allowed; stricter than {@link Double#parseDouble}, which also takes hex,
     * "NaN", "Infinity" and type suffixes.
     */
    private static double parseNumeric(String name, String text) {
        String s = text.strip();
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits > 0 && i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                throw badValue(name, text, "a number or a numeric string");
            }
        }
        if (digits == 0 || i != n) {
            throw badValue(name, text, "a number or a numeric string");
        }
        double value = Double.parseDouble(s);
        if (!Double.isFinite(value)) {
            throw badValue(name, text, "a numeric string within the range of a double");
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static EvaluationException badValue(String name, Object value, String expected) {
        String shown = value instanceof CharSequence ? '"' + abbreviate(value.toString()) + '"' : String.valueOf(value);
        return new EvaluationException("Variable '" + name + "' is " + value.getClass().getSimpleName() + " "
                + shown + "; expected " + expected);
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** A double as users write it: {@code 2} rather than {@code 2.0} for whole numbers. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}

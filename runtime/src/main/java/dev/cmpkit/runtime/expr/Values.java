package dev.cmpkit.runtime.expr;

import java.util.Map;

/** Reads variable values from the caller's map and encodes null inside evaluation as NaN. */
final class Values {
    /** Null during evaluation; see {@link Num} for why NaN cannot mean anything else. */
    static final double NULL = Double.NaN;

    private static final int MAX_EXACT_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    };

    private Values() {}

    static boolean isNull(double value) {
        return Double.isNaN(value);
    }

    /**
     * The value of a variable as a double, given what {@code variables.get(name)} returned:
     * numbers as they are, numeric strings parsed, a present null as {@link #NULL}. The cold path
     * of {@link Num.Variable}, which reads finite {@code Double}s itself.
     */
    static double read(Map<String, ?> variables, String name, Object value) {
        if (value == null) {
            boolean present;
            try {
                present = variables.containsKey(name);
            } catch (ClassCastException | NullPointerException e) {
                throw unsearchable(name, e);
            }
            if (!present) {
                throw new VariableLookupException(name, variables.keySet());
            }
            return NULL;
        }
        if (value instanceof Number boxed) {
            double number = boxed.doubleValue();
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

    /** A map with another key type (a TreeMap of Integers, say) cannot be searched by name. */
    static EvaluationException unsearchable(String name, RuntimeException e) {
        return new EvaluationException("Variable '" + name + "' could not be looked up in the given map (" + e
                + "); expected a map keyed by variable name");
    }

    /**
     * Parses {@code [+-]?(digits[.digits*] | .digits)[(e|E)[+-]digits]}, with surrounding
     * whitespace allowed; stricter than {@link Double#parseDouble}, which also takes hex,
     * "NaN", "Infinity" and type suffixes.
     *
     * <p>Short numbers (at most 15 significant digits, decimal exponent within 22) are computed
     * directly, which is exact: both the digits and the power of ten are exact doubles, so the one
     * multiplication or division rounds correctly. That keeps evaluation free of allocation for
     * the usual numeric strings; longer ones go through {@link Double#parseDouble}.
     */
    private static double parseNumeric(String name, String text) {
        int i = 0;
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (n > i && Character.isWhitespace(text.charAt(n - 1))) {
            n--;
        }
        int start = i;
        boolean negative = false;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int digits = 0;
        int scale = 0; // decimal exponent contributed by digits after the point
        boolean afterPoint = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' && !afterPoint) {
                afterPoint = true;
                continue;
            }
            if (!isDigit(c)) {
                break;
            }
            digits++;
            if (mantissa != 0 || c != '0') {
                significant++;
                if (significant <= MAX_EXACT_DIGITS) {
                    mantissa = mantissa * 10 + (c - '0');
                    scale -= afterPoint ? 1 : 0;
                } else {
                    scale += afterPoint ? 0 : 1;
                }
            } else if (afterPoint) {
                scale--;
            }
        }
        if (digits == 0) {
            throw badValue(name, text, "a number or a numeric string");
        }
        int exponent = 0;
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                negativeExponent = text.charAt(i) == '-';
                i++;
            }
            int exponentDigits = 0;
            for (; i < n && isDigit(text.charAt(i)); i++, exponentDigits++) {
                exponent = Math.min(exponent * 10 + (text.charAt(i) - '0'), 100_000);
            }
            if (exponentDigits == 0) {
                throw badValue(name, text, "a number or a numeric string");
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != n) {
            throw badValue(name, text, "a number or a numeric string");
        }
        double value;
        int power = scale + exponent;
        if (significant <= MAX_EXACT_DIGITS && Math.abs(power) < POWERS_OF_TEN.length) {
            value = power >= 0 ? mantissa * POWERS_OF_TEN[power] : mantissa / POWERS_OF_TEN[-power];
            value = negative ? -value : value;
        } else {
            value = Double.parseDouble(text.substring(start, n));
        }
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
        return new EvaluationException("Variable '" + name + "' is "
                + value.getClass().getSimpleName() + " " + shown + "; expected " + expected);
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

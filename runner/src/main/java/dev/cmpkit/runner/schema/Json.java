package dev.cmpkit.runner.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** JSON's types and equality over plain values. */
final class Json {
    static final Set<String> TYPES = Set.of("null", "boolean", "object", "array", "number", "integer", "string");

    private Json() {}

    static boolean isNumber(Object value) {
        return value instanceof Number;
    }

    static boolean isOfType(Object value, String type) {
        return switch (type) {
            case "null" -> value == null;
            case "boolean" -> value instanceof Boolean;
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            case "string" -> value instanceof String;
            case "number" -> value instanceof Number;
            case "integer" -> isIntegral(value);
            default -> false;
        };
    }

    /** Integers as JSON Schema counts them: any number without a fractional part, 1.0 included. */
    private static boolean isIntegral(Object value) {
        if (value instanceof Integer
                || value instanceof Long
                || value instanceof BigInteger
                || value instanceof Short
                || value instanceof Byte) {
            return true;
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) && decimal(value, "").stripTrailingZeros().scale() <= 0;
        }
        return false;
    }

    static String typeOf(Object value) {
        if (value == null) {
            return "null";
        }
        for (String type : List.of("boolean", "object", "array", "string", "integer", "number")) {
            if (isOfType(value, type)) {
                return type;
            }
        }
        return value.getClass().getSimpleName();
    }

    /** Compares a number with a bound; in doubles when both are exact as doubles, the common case. */
    static int compare(Object number, BigDecimal bound) {
        if ((number instanceof Double || number instanceof Integer) && bound.precision() <= 15) {
            double value = ((Number) number).doubleValue();
            double limit = bound.doubleValue();
            return value < limit ? -1 : value > limit ? 1 : 0;
        }
        return decimal(number, "").compareTo(bound);
    }

    static BigDecimal decimal(Object number, String at) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (number instanceof Double || number instanceof Float) {
            double d = ((Number) number).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : BigDecimal.valueOf(Math.copySign(1e308, d));
        }
        if (number instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        throw new IllegalArgumentException(at + " must be a number");
    }

    /** JSON equality: numbers by value (1 equals 1.0), objects by keys regardless of order. */
    static boolean equal(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x, "").compareTo(decimal(y, "")) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> entry : x.entrySet()) {
                if (!equal(entry.getValue(), y.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    /** A short rendering for messages: strings quoted, containers by kind. */
    static String show(Object value) {
        if (value instanceof String text) {
            return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        return String.valueOf(value);
    }
}

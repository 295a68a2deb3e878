package dev.cmpkit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks, copies and streams JSON-compatible values: the helpers shared by hand-written and
 * generated serializers.
 *
 * <p>A JSON-compatible value is {@code null}, a {@link String}, a {@link Boolean}, an
 * {@link Integer}, {@link Long}, {@link Short}, {@link Byte}, {@link BigInteger},
 * {@link BigDecimal}, a finite {@link Double} or {@link Float}, a {@link List} of such values,
 * or a {@link Map} with {@link String} keys and such values.
 */
public final class JsonValues {

    /** Deeper nesting is rejected; it also stops self-containing collections. */
    static final int MAX_DEPTH = 500;

    private JsonValues() {}

    /**
     * Returns an immutable deep copy of a JSON-compatible value, keeping the order of lists and
     * of map entries.
     *
     * @param field the name used in the exception message, e.g. {@code "metadata value 'tags'"}; null
     *     means {@code "value"}
     * @param value the value to copy
     * @return the copy; strings, numbers, booleans and null are returned as they are
     * @throws IllegalArgumentException naming {@code field} and the offending part when any part
     *     of the value is not JSON-compatible, or when it is nested deeper than 500 levels
     */
    public static Object immutableCopy(String field, Object value) {
        String name = field == null ? "value" : field;
        return copy(name, value, name, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Object copy(String field, Object value, String path, int depth, Set<Object> open) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            checkNumber(field, path, number);
            return value;
        }
        if (depth >= MAX_DEPTH) {
            throw new IllegalArgumentException(field + " is nested deeper than " + MAX_DEPTH + " levels at " + path);
        }
        if (!open.add(value)) {
            throw new IllegalArgumentException(field + " contains itself at " + path);
        }
        try {
            if (value instanceof List<?> list) {
                List<Object> copy = new ArrayList<>(list.size());
                int index = 0;
                for (Object element : list) {
                    copy.add(copy(field, element, path + "[" + index + "]", depth + 1, open));
                    index++;
                }
                return Collections.unmodifiableList(copy);
            }
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!(entry.getKey() instanceof String key)) {
                        throw new IllegalArgumentException(field + " has a map key that is not a" + " string at " + path
                                + ": " + describe(entry.getKey()));
                    }
                    copy.put(key, copy(field, entry.getValue(), path + "." + key, depth + 1, open));
                }
                return Collections.unmodifiableMap(copy);
            }
        } finally {
            open.remove(value);
        }
        throw new IllegalArgumentException(field + " must be JSON-compatible (String, Number,"
                + " Boolean, null, List or Map with String keys), got " + describe(value)
                + (path.equals(field) ? "" : " at " + path));
    }

    private static void checkNumber(String field, String path, Number number) {
        if (number instanceof Integer
                || number instanceof Long
                || number instanceof Short
                || number instanceof Byte
                || number instanceof BigInteger
                || number instanceof BigDecimal) {
            return;
        }
        if (number instanceof Double || number instanceof Float) {
            if (!Double.isFinite(number.doubleValue())) {
                throw new IllegalArgumentException(
                        field + " must be a finite number, got " + number + (path.equals(field) ? "" : " at " + path));
            }
            return;
        }
        throw new IllegalArgumentException(field + " must be JSON-compatible; numbers must be"
                + " Integer, Long, Short, Byte, BigInteger, BigDecimal, Double or Float, got "
                + describe(number) + (path.equals(field) ? "" : " at " + path));
    }

    /** A short description of a rejected value for exception messages: its type and text. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        if (text.length() > 60) {
            text = text.substring(0, 60) + "...";
        }
        return value.getClass().getName() + " " + text;
    }

    /**
     * Writes a JSON-compatible value (see the class comment) or a {@link JsonWritable}, which may
     * also appear inside lists and maps.
     *
     * @param gen the generator
     * @param value the value
     * @param clock passed on to {@link JsonWritable#writeJson}
     * @throws IOException when the generator fails
     * @throws IllegalArgumentException when the value is not JSON-compatible
     */
    public static void writeValue(JsonGenerator gen, Object value, Clock clock) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof String string) {
            gen.writeString(string);
        } else if (value instanceof Boolean bool) {
            gen.writeBoolean(bool);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            gen.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d) {
            writeFinite(gen, d);
        } else if (value instanceof Float f) {
            // As a float, like Jackson's own serializer of serialize()'s maps: 0.1f is 0.1, not
            // the 0.10000000149011612 that widening to double would print.
            gen.writeNumber((float) finite(f));
        } else if (value instanceof BigInteger big) {
            gen.writeNumber(big);
        } else if (value instanceof BigDecimal big) {
            gen.writeNumber(big);
        } else if (value instanceof JsonWritable writable) {
            writable.writeJson(gen, clock);
        } else if (value instanceof List<?> list) {
            gen.writeStartArray();
            for (Object element : list) {
                writeValue(gen, element, clock);
            }
            gen.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException(
                            "JSON object keys must be strings, got " + describe(entry.getKey()));
                }
                gen.writeFieldName(key);
                writeValue(gen, entry.getValue(), clock);
            }
            gen.writeEndObject();
        } else {
            throw new IllegalArgumentException("not a JSON-compatible value: " + describe(value));
        }
    }

    private static void writeFinite(JsonGenerator gen, double value) throws IOException {
        gen.writeNumber(finite(value));
    }

    /** Returns {@code value}, or throws when it is NaN or infinite: JSON has no such numbers. */
    static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON numbers must be finite, got " + value);
        }
        return value;
    }

    /** Writes a string or a JSON null. */
    public static void writeString(JsonGenerator gen, String value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeString(value);
        }
    }

    /** Writes an integer number or a JSON null. */
    public static void writeInteger(JsonGenerator gen, Integer value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeNumber(value.intValue());
        }
    }

    /** Writes an integer number or a JSON null. */
    public static void writeLong(JsonGenerator gen, Long value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeNumber(value.longValue());
        }
    }

    /** Writes a finite floating-point number or a JSON null. */
    public static void writeDouble(JsonGenerator gen, Double value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            writeFinite(gen, value);
        }
    }

    /** Writes a boolean or a JSON null. */
    public static void writeBoolean(JsonGenerator gen, Boolean value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeBoolean(value);
        }
    }

    /** Writes a nested value, or a JSON null when it is null. */
    public static void writeWritable(JsonGenerator gen, JsonWritable value, Clock clock) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            value.writeJson(gen, clock);
        }
    }

    /** Writes a list of nested values as a JSON array; a null list is written as {@code []}. */
    public static void writeList(JsonGenerator gen, List<? extends JsonWritable> values, Clock clock)
            throws IOException {
        gen.writeStartArray();
        if (values != null) {
            for (JsonWritable value : values) {
                writeWritable(gen, value, clock);
            }
        }
        gen.writeEndArray();
    }
}

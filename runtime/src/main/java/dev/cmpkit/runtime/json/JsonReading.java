package dev.cmpkit.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Token-level helpers shared by the hand-written and the generated readers: each reads one value at
 * the parser's current token and fails with a {@link CmpReadException} that says what was expected
 * and where.
 */
public final class JsonReading {

    // Built once: every integer read names its range only when it fails.
    private static final String INT_RANGE = "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    private static final String LONG_RANGE = "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;

    private JsonReading() {}

    /** Where the parser is, as a JSON Pointer ({@code /details/server/cpu_cores}); empty at the top. */
    public static String path(JsonParser parser) {
        return parser.getParsingContext().pathAsPointer().toString();
    }

    /** A read failure at the parser's current position. */
    public static CmpReadException failure(JsonParser parser, String message) {
        return new CmpReadException(message, path(parser), null);
    }

    /** Fails unless the current token starts an object; {@code what} names it ({@code "a server"}). */
    public static void expectObject(JsonParser parser, String what) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw failure(parser, "expected " + what + " (a JSON object), got " + describe(parser));
        }
    }

    /** Fails unless the current token starts an array; {@code what} names it. */
    public static void expectArray(JsonParser parser, String what) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw failure(parser, "expected " + what + " (a JSON array), got " + describe(parser));
        }
    }

    /**
     * Handles a key the value's type does not have, whose value is the current token: fails naming
     * it, or skips its value when {@code options} ignore unknown keys.
     */
    public static void unknownKey(JsonParser parser, ReadOptions options, String key, String expected)
            throws IOException {
        if (!options.ignoreUnknownKeys()) {
            throw failure(parser, "unknown key \"" + key + "\"; expected " + expected);
        }
        parser.skipChildren();
    }

    /** A string, or null. */
    public static String readString(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NULL -> null;
            default -> throw failure(parser, "expected a string or null, got " + describe(parser));
        };
    }

    /** A string, never null. */
    public static String readStringValue(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw failure(parser, "expected a string, got " + describe(parser));
        }
        return parser.getText();
    }

    /** An integer within the range of {@code int}, or null. */
    public static Integer readInteger(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readIntValue(parser);
    }

    /** An integer within the range of {@code int}. */
    public static int readIntValue(JsonParser parser) throws IOException {
        return (int) readIntegral(parser, INT_RANGE, true);
    }

    /** An integer within the range of {@code long}, or null. */
    public static Long readLong(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readLongValue(parser);
    }

    /** An integer within the range of {@code long}. */
    public static long readLongValue(JsonParser parser) throws IOException {
        return readIntegral(parser, LONG_RANGE, false);
    }

    /** An integer within {@code range}: that of {@code int} when {@code asInt}, else of {@code long}. */
    private static long readIntegral(JsonParser parser, String range, boolean asInt) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw failure(parser, "expected " + range + ", got " + describe(parser));
        }
        try {
            return asInt ? parser.getIntValue() : parser.getLongValue();
        } catch (InputCoercionException e) {
            throw outOfRange(parser, range, e);
        }
    }

    /** An integer the parser read but that does not fit {@code range}. */
    private static CmpReadException outOfRange(JsonParser parser, String range, InputCoercionException e)
            throws IOException {
        return new CmpReadException("expected " + range + ", got " + parser.getText(), path(parser), e);
    }

    /** A finite number (integer or not), or null. */
    public static Double readDouble(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readDoubleValue(parser);
    }

    /** A finite number (integer or not). */
    public static double readDoubleValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw failure(parser, "expected a number, got " + describe(parser));
        }
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
            throw failure(parser, "expected a number within the range of a double, got " + parser.getText());
        }
        return value;
    }

    /** {@code true}, {@code false}, or null. */
    public static Boolean readBoolean(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readBooleanValue(parser);
    }

    /** {@code true} or {@code false}. */
    public static boolean readBooleanValue(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            default -> throw failure(parser, "expected true or false, got " + describe(parser));
        };
    }

    /**
     * Any JSON value as the JSON-compatible Java values {@link JsonValues} writes back the same:
     * insertion-ordered maps, lists, strings, booleans, null, integers as {@code Integer},
     * {@code Long} or {@code BigInteger} (the smallest that holds them) and other numbers as
     * {@code Double}, or {@code BigDecimal} beyond a double's range.
     */
    public static Object readValue(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> parser.getText();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NUMBER_INT -> integral(parser);
            case VALUE_NUMBER_FLOAT -> {
                double value = parser.getDoubleValue();
                yield Double.isFinite(value) ? (Object) value : parser.getDecimalValue();
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(parser));
                }
                yield list;
            }
            case START_OBJECT -> readObjectValue(parser);
            default -> throw failure(parser, "expected a JSON value, got " + describe(parser));
        };
    }

    /** An object of any JSON values, in input order. */
    public static Map<String, Object> readObjectValue(JsonParser parser) throws IOException {
        expectObject(parser, "an object");
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            parser.nextToken();
            map.put(key, readValue(parser));
        }
        return map;
    }

    private static Object integral(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> parser.getIntValue();
            case LONG -> parser.getLongValue();
            default -> {
                BigInteger big = parser.getBigIntegerValue();
                yield big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
        };
    }

    /**
     * Builds a value read from JSON; the builder's rejection becomes a read failure at the value,
     * so that the message says where in the input the bad value is.
     */
    public static <T> T built(JsonParser parser, Supplier<T> build) {
        return built(parser, Supplier::get, build);
    }

    /**
     * Builds a value read from JSON as {@code build.apply(parts)}, as {@link #built(JsonParser,
     * Supplier)} does; a reader that keeps its build step in a table calls this one, so that a read
     * makes no {@code Supplier}.
     */
    public static <P, T> T built(JsonParser parser, Function<P, T> build, P parts) {
        try {
            return build.apply(parts);
        } catch (IllegalArgumentException e) {
            throw new CmpReadException(e.getMessage(), path(parser), e);
        }
    }

    /** The current token as a message shows it: {@code the string "x"}, {@code an object}. */
    public static String describe(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end of the input";
        }
        try {
            return switch (token) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "the string " + quote(parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getText();
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                case VALUE_NULL -> "null";
                default -> token.asString() == null ? token.name() : token.asString();
            };
        } catch (IOException e) {
            return token.name();
        }
    }

    /** A string for a message: quoted and escaped, cut after 100 chars. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        int limit = Math.min(text.length(), 100);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        if (text.length() > limit) {
            out.append("... (").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}

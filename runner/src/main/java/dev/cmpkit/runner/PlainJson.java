package dev.cmpkit.runner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into plain Java values with Jackson's streaming parser: objects as insertion-ordered
 * {@code Map<String, Object>}, arrays as {@code List<Object>}, integers as {@code Integer},
 * {@code Long} or {@code BigInteger} (the smallest that fits), other numbers as {@code Double},
 * and strings, booleans and null as themselves, exactly as Jackson's data binding reads them into
 * {@code Object}, without the cost of starting data binding.
 *
 * <p>Strict: a duplicate key, or anything after the one value, is an error.
 */
final class PlainJson {

    /**
     * The runner's one JSON factory. Generators leave their target open: the runner writes to
     * standard output, which outlives every envelope.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private PlainJson() {}

    /**
     * Reads one JSON value from a stream as plain maps, lists and scalars.
     *
     * @param in the JSON text; read to its end but not closed
     * @return the one value it holds
     * @throws IOException when the text is not one JSON value ({@link com.fasterxml.jackson.core.JsonProcessingException})
     *     or cannot be read
     */
    static Object read(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return readWhole(parser);
        }
    }

    /**
     * Reads one JSON value from UTF-8 bytes as plain maps, lists and scalars.
     *
     * @param json the JSON text as UTF-8
     * @return the one value it holds
     * @throws IOException when the text is not one JSON value
     */
    static Object read(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return readWhole(parser);
        }
    }

    /**
     * Reads one JSON value from text as plain maps, lists and scalars.
     *
     * @param json the JSON text
     * @return the one value it holds
     * @throws IOException when the text is not one JSON value
     */
    static Object read(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return readWhole(parser);
        }
    }

    private static Object readWhole(JsonParser parser) throws IOException {
        if (parser.nextToken() == null) {
            throw new JsonParseException(parser, "No content to map due to end-of-input");
        }
        Object value = value(parser);
        if (parser.nextToken() != null) {
            throw new JsonParseException(
                    parser, "Trailing token (of type " + parser.currentToken() + ") found after the value");
        }
        return value;
    }

    /** Reads the value that starts at the parser's current token. */
    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    object.put(key, value(parser));
                }
                yield object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                yield array;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(parser, "Unexpected token " + token);
        };
    }
}

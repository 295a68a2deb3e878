package dev.cmpkit.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.cmpkit.runtime.json.CmpReadException;
import dev.cmpkit.runtime.json.JsonReading;
import dev.cmpkit.runtime.json.ReadOptions;
import dev.cmpkit.runtime.json.ValueReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CMP JSON back into cmpkit values, by streaming and without reflection: a resource of a
 * generated class ({@code Server}, a template's class), a {@link GenericResource}, or a shared value
 * ({@link Metadata}, {@link Locations}, ...), one at a time or as a list.
 *
 * <pre>{@code
 * Server server = CmpJsonReader.read(bytes, Server.class);
 * List<Volume> volumes = CmpJsonReader.readList(in, Volume.class);
 * }</pre>
 *
 * <p>Reading goes through each type's builder, so a value read is checked like one built. A key the
 * type does not have is an error naming the key and its place in the input, unless the options say
 * to ignore unknown keys; a key given twice is an error. Every failure is a {@link CmpReadException}
 * with a JSON Pointer to the problem.
 */
public final class CmpJsonReader {

    private static final String A_VALUE = "a JSON value";
    private static final String AN_ARRAY = "a JSON array";

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CmpJsonReader() {}

    /** Reads one value of {@code type}; unknown keys are errors. */
    public static <T> T read(byte[] json, Class<T> type) {
        return read(json, type, ReadOptions.strict());
    }

    /** Reads one value of {@code type}. */
    public static <T> T read(byte[] json, Class<T> type, ReadOptions options) {
        requireInput(json, type, options);
        return readBytes(json, A_VALUE, value(type, options));
    }

    /** Reads one value of {@code type} from a stream, which is left open; unknown keys are errors. */
    public static <T> T read(InputStream json, Class<T> type) {
        return read(json, type, ReadOptions.strict());
    }

    /** Reads one value of {@code type} from a stream, which is left open. */
    public static <T> T read(InputStream json, Class<T> type, ReadOptions options) {
        requireInput(json, type, options);
        return readStream(json, A_VALUE, value(type, options));
    }

    /** Reads a JSON array of values of {@code type}; unknown keys are errors. */
    public static <T> List<T> readList(byte[] json, Class<T> type) {
        return readList(json, type, ReadOptions.strict());
    }

    /** Reads a JSON array of values of {@code type}. */
    public static <T> List<T> readList(byte[] json, Class<T> type, ReadOptions options) {
        requireInput(json, type, options);
        return readBytes(json, AN_ARRAY, list(type, options));
    }

    /**
     * Reads a JSON array of values of {@code type} from a stream, which is left open; unknown keys
     * are errors.
     */
    public static <T> List<T> readList(InputStream json, Class<T> type) {
        return readList(json, type, ReadOptions.strict());
    }

    /** Reads a JSON array of values of {@code type} from a stream, which is left open. */
    public static <T> List<T> readList(InputStream json, Class<T> type, ReadOptions options) {
        requireInput(json, type, options);
        return readStream(json, AN_ARRAY, list(type, options));
    }

    /** What a read takes from the input, from its first token on: one value, or an array of them. */
    private interface Content<R> {
        /** Reads the content at the parser's current token, leaving the parser on its last token. */
        R read(JsonParser parser) throws IOException;
    }

    private static <T> Content<T> value(Class<T> type, ReadOptions options) {
        ValueReader<T> reader = CmpReaders.forClass(type);
        return parser -> reader.read(parser, options);
    }

    private static <T> Content<List<T>> list(Class<T> type, ReadOptions options) {
        ValueReader<T> reader = CmpReaders.forClass(type);
        return parser -> {
            JsonReading.expectArray(parser, "a list of " + type.getSimpleName());
            List<T> values = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                values.add(reader.read(parser, options));
            }
            return values;
        };
    }

    /**
     * Reads with Jackson's byte parser, which is the fastest, falling back to its character parser
     * for a field name that holds an escaped lone surrogate (a metadata key, say): cmpkit writes
     * such names as Jackson's generator does, as {@code \\uXXXX}, and only the byte parser refuses
     * to read them back.
     */
    private static <R> R readBytes(byte[] json, String expected, Content<R> content) {
        try (JsonParser parser = JSON.createParser(json)) {
            return readWhole(parser, expected, content);
        } catch (JsonParseException e) {
            if (e.getOriginalMessage() == null || !e.getOriginalMessage().contains("surrogate")) {
                throw malformed(e);
            }
        } catch (IOException e) {
            throw malformed(e);
        }
        try (JsonParser parser = JSON.createParser(utf8(new ByteArrayInputStream(json)))) {
            return readWhole(parser, expected, content);
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    /** Reads from a stream that the caller closes. */
    private static <R> R readStream(InputStream json, String expected, Content<R> content) {
        try (JsonParser parser = JSON.createParser(utf8(json))) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return readWhole(parser, expected, content);
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    /**
     * The input as characters, decoded strictly: bytes that are not UTF-8 fail the read rather
     * than turning into replacement characters. A character parser, unlike Jackson's byte parser,
     * reads field names holding escaped lone surrogates.
     */
    private static Reader utf8(InputStream json) {
        return new InputStreamReader(
                json,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The content, and then the end of the input; {@code expected} names the content for empty input. */
    private static <R> R readWhole(JsonParser parser, String expected, Content<R> content) throws IOException {
        if (parser.nextToken() == null) {
            throw JsonReading.failure(parser, "expected " + expected + ", got no input");
        }
        R result = content.read(parser);
        if (parser.nextToken() != null) {
            throw JsonReading.failure(parser, "expected the end of the input, got " + JsonReading.describe(parser));
        }
        return result;
    }

    private static void requireInput(Object json, Class<?> type, ReadOptions options) {
        if (json == null || type == null || options == null) {
            throw new IllegalArgumentException("json, type and options are required, got "
                    + (json == null ? "null" : "input") + ", " + type + " and " + options);
        }
    }

    /** Malformed JSON, with the parser's own description and where it stopped. */
    private static RuntimeException malformed(IOException e) {
        if (e instanceof JsonProcessingException json) {
            String location = json.getLocation() == null
                    ? ""
                    : " (line " + json.getLocation().getLineNr() + ", column "
                            + json.getLocation().getColumnNr() + ")";
            return new CmpReadException("malformed JSON: " + json.getOriginalMessage() + location, "", e);
        }
        return new UncheckedIOException("cannot read the CMP JSON input", e);
    }
}

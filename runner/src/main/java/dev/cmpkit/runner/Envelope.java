package dev.cmpkit.runner;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cmpkit.runtime.CmpModule;
import dev.cmpkit.runtime.api.SecretRedactor;
import dev.cmpkit.runtime.json.CmpJson;
import dev.cmpkit.runtime.json.JsonValues;
import dev.cmpkit.runtime.json.JsonWritable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The result of a run as CMP's runner reports it: {@code {"value": ..., "logs": "...",
 * "error": null}}, or with {@code "error": {"exc_message", "exc_type", "stack_trace"}}.
 *
 * <p>A cmpkit value, or a list of them (what a {@code resources} handler returns), is written by
 * cmpkit's own UTF-8 writer ({@link CmpJson}); plain JSON-compatible values (maps, lists, strings,
 * numbers, booleans) stream through Jackson's generator. Only a value of another kind
 * (a bean, an {@code Optional}, …) starts Jackson's data binding, which writes it as an
 * {@code ObjectMapper} with {@link CmpModule} does.
 */
final class Envelope {

    private final Clock clock;

    /**
     * Starts an envelope writer.
     *
     * @param clock gives resources their {@code last_seen_at}
     */
    Envelope(Clock clock) {
        this.clock = clock;
    }

    /**
     * Serializes a handler's result ahead of writing, so that a value that cannot be written gives
     * an error envelope rather than half an object on standard output.
     *
     * @param value the handler's result
     * @return the value's compact JSON, as UTF-8
     * @throws IOException when the value cannot be written as JSON
     */
    byte[] valueBytes(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        if (value instanceof JsonWritable writable) {
            CmpJson.write(writable, bytes, clock);
            return bytes.toByteArray();
        }
        if (value instanceof List<?> list && allWritable(list)) {
            @SuppressWarnings("unchecked") // every element was checked to be a JsonWritable
            List<? extends JsonWritable> writables = (List<? extends JsonWritable>) list;
            CmpJson.writeArray(writables, bytes, clock);
            return bytes.toByteArray();
        }
        try {
            try (JsonGenerator gen = PlainJson.FACTORY.createGenerator(bytes)) {
                JsonValues.writeValue(gen, value, clock);
            }
        } catch (IllegalArgumentException notPlain) {
            // Not a cmpkit or JSON-compatible value (or one that fails): as data binding writes it.
            bytes.reset();
            DataBinding.write(bytes, value, clock);
        }
        return bytes.toByteArray();
    }

    /** Whether cmpkit's byte writer can write the whole list (a resources handler's usual result). */
    private static boolean allWritable(List<?> list) {
        for (Object element : list) {
            if (!(element instanceof JsonWritable)) {
                return false;
            }
        }
        return true;
    }

    /** Renders messages as a compact JSON list of strings. */
    static String jsonList(List<String> messages) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator gen = PlainJson.FACTORY.createGenerator(text)) {
            gen.writeStartArray();
            for (String message : messages) {
                gen.writeString(message);
            }
            gen.writeEndArray();
        }
        return text.toString();
    }

    /**
     * Writes the envelope followed by a newline.
     *
     * @param out where to write; not closed
     * @param pretty whether to indent
     * @param value the value's JSON from {@link #valueBytes}, or null for a JSON null
     * @param logs what the handler printed
     * @param error the failure, or null
     * @param redactor replaces the module's secrets in every string written
     * @throws IOException when {@code out} fails
     */
    void write(OutputStream out, boolean pretty, byte[] value, String logs, Throwable error, SecretRedactor redactor)
            throws IOException {
        JsonGenerator plain = PlainJson.FACTORY.createGenerator(out);
        try (JsonGenerator gen = redactor.isEmpty() ? plain : new RedactingGenerator(plain, redactor)) {
            if (pretty) {
                gen.useDefaultPrettyPrinter();
            }
            gen.writeStartObject();
            gen.writeFieldName("value");
            if (value == null) {
                gen.writeNull();
            } else if (pretty || !redactor.isEmpty()) {
                copy(value, gen);
            } else {
                gen.writeRawValue(new String(value, StandardCharsets.UTF_8));
            }
            gen.writeStringField("logs", logs);
            gen.writeFieldName("error");
            if (error == null) {
                gen.writeNull();
            } else {
                gen.writeStartObject();
                gen.writeStringField("exc_message", Failures.message(error));
                gen.writeStringField("exc_type", ErrorNames.of(error));
                gen.writeStringField("stack_trace", StackTraces.withoutRunnerFrames(error));
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /**
     * Replays written JSON through a generator (which indents or redacts it), numbers as their
     * exact text.
     */
    private static void copy(byte[] json, JsonGenerator gen) throws IOException {
        // A character-based parser: Jackson's byte-based one rejects a field name holding an
        // escaped lone surrogate (a metadata key, say), which cmpkit writes as Jackson does.
        try (JsonParser parser = PlainJson.FACTORY.createParser(
                new InputStreamReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> gen.writeStartObject();
                    case END_OBJECT -> gen.writeEndObject();
                    case START_ARRAY -> gen.writeStartArray();
                    case END_ARRAY -> gen.writeEndArray();
                    case FIELD_NAME -> gen.writeFieldName(parser.currentName());
                    case VALUE_STRING -> gen.writeString(parser.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> gen.writeNumber(parser.getText());
                    case VALUE_TRUE -> gen.writeBoolean(true);
                    case VALUE_FALSE -> gen.writeBoolean(false);
                    case VALUE_NULL -> gen.writeNull();
                    default -> throw new IOException("unexpected " + token + " in a written value");
                }
            }
        }
    }

    /** Jackson's data binding, started only for a value that needs it. */
    private static final class DataBinding {
        private static ObjectMapper mapper;
        private static Clock mapperClock;

        static synchronized void write(OutputStream out, Object value, Clock clock) throws IOException {
            if (mapper == null || !Objects.equals(mapperClock, clock)) {
                mapper = JsonMapper.builder()
                        .addModule(new CmpModule(clock))
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .build();
                mapperClock = clock;
            }
            mapper.writeValue(out, value);
        }
    }
}

package dev.cmpkit.runner;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.cmpkit.runtime.CmpModule;
import dev.cmpkit.runtime.api.SecretRedactor;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;

/**
 * The result of a run as CMP's runner reports it: {@code {"value": ..., "logs": "...",
 * "error": null}}, or with {@code "error": {"exc_message", "exc_type", "stack_trace"}}.
 */
final class Envelope {

    private final ObjectMapper mapper;

    /** @param clock gives resources their {@code last_seen_at} */
    Envelope(Clock clock) {
        this.mapper = JsonMapper.builder()
                .addModule(new CmpModule(clock))
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .build();
    }

    /**
     * Serializes a handler's result ahead of writing, so that a value Jackson cannot write gives
     * an error envelope rather than half an object on standard output. cmpkit values stream
     * through their own serializers into the buffer.
     *
     * @param value the handler's result
     * @return the value's JSON tokens
     * @throws IOException when the value cannot be written as JSON
     */
    TokenBuffer valueTokens(Object value) throws IOException {
        TokenBuffer buffer = new TokenBuffer(mapper, false);
        mapper.writeValue(buffer, value);
        return buffer;
    }

    /** Reads buffered value tokens back as a tree, for the result check. */
    JsonNode tree(TokenBuffer value) throws IOException {
        return mapper.readTree(value.asParser());
    }

    /** Renders messages as a compact JSON list of strings. */
    String jsonList(List<String> messages) throws JsonProcessingException {
        return mapper.writeValueAsString(messages);
    }

    /**
     * Writes the envelope followed by a newline.
     *
     * @param out where to write; not closed
     * @param pretty whether to indent
     * @param value the value's tokens, or null for a JSON null
     * @param logs what the handler printed
     * @param error the failure, or null
     * @param redactor replaces the module's secrets in every string written
     * @throws IOException when {@code out} fails
     */
    void write(
            OutputStream out, boolean pretty, TokenBuffer value, String logs, Throwable error, SecretRedactor redactor)
            throws IOException {
        try (JsonGenerator gen = new RedactingGenerator(mapper.getFactory().createGenerator(out), redactor)) {
            if (pretty) {
                gen.useDefaultPrettyPrinter();
            }
            gen.writeStartObject();
            gen.writeFieldName("value");
            if (value == null) {
                gen.writeNull();
            } else {
                value.serialize(gen);
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
}

package dev.cmpkit.examples.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.runner.CmpRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Runs the runner's command line in process and parses its standard output. */
final class Runs {

    static final ObjectMapper JSON = new ObjectMapper();

    private Runs() {}

    /** One run's exit code, envelope and standard error. */
    record Result(int exitCode, JsonNode envelope, String err) {
        JsonNode value() {
            assertEquals(0, exitCode, () -> "exit code; envelope " + envelope + "; stderr " + err);
            assertEquals(null, envelope.get("error").isNull() ? null : envelope.get("error"));
            return envelope.get("value");
        }

        JsonNode error() {
            assertEquals(1, exitCode, () -> "exit code; envelope " + envelope);
            assertEquals(true, envelope.get("value").isNull());
            return envelope.get("error");
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CmpRunner.run(
                args,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        try {
            JsonNode envelope = JSON.readTree(stdout);
            assertEquals(java.util.List.of("value", "logs", "error"), WireShape.names(envelope), stdout);
            return new Result(code, envelope, err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("standard output is not JSON: " + stdout, e);
        }
    }

    /** The member names of a JSON object, in order. */
    static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

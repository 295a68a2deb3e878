package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What one in-process run of {@link CmpRunner} printed and returned. */
record RunResult(int exitCode, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RunResult run(String... args) {
        return runWithInput("", args);
    }

    static RunResult runWithInput(String stdin, String... args) {
        return runWith(java.util.Map.of(), stdin, args);
    }

    /** Runs with the given environment variables instead of the process's. */
    static RunResult runWith(java.util.Map<String, String> env, String stdin, String... args) {
        return runWith(env, java.nio.file.Path.of("vcr.yaml"), stdin, args);
    }

    /** Runs with the given environment variables and, if they turn record/replay on, cassette file. */
    static RunResult runWith(
            java.util.Map<String, String> env, java.nio.file.Path cassette, String stdin, String... args) {
        InProcessRunner.Result result = InProcessRunner.run(
                java.util.List.of(args),
                stdin,
                RunResult.class.getClassLoader(),
                env,
                java.time.Clock.systemUTC(),
                cassette);
        return new RunResult(result.exitCode(), result.stdout(), result.stderr());
    }

    /** Standard output as JSON: the whole of it must be one envelope. */
    JsonNode envelope() {
        return parse(out);
    }

    /** Parses a runner's standard output, which must be exactly one envelope. */
    static JsonNode parse(String out) {
        try {
            JsonNode node = JSON.readTree(out);
            assertTrue(node != null && node.isObject(), () -> "stdout is not a JSON object: " + out);
            assertEquals(java.util.List.of("value", "logs", "error"), fieldNames(node), "envelope keys");
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("stdout is not JSON: " + out, e);
        }
    }

    /** The envelope's error object, after checking that the run failed with exit code 1. */
    JsonNode error() {
        assertEquals(1, exitCode, () -> "exit code; stdout: " + out + " stderr: " + err);
        JsonNode error = envelope().get("error");
        assertEquals(java.util.List.of("exc_message", "exc_type", "stack_trace"), fieldNames(error), "error keys");
        assertTrue(envelope().get("value").isNull(), "value of a failed run");
        return error;
    }

    /** The envelope's value, after checking that the run succeeded. */
    JsonNode value() {
        assertEquals(0, exitCode, () -> "exit code; stdout: " + out + " stderr: " + err);
        JsonNode envelope = envelope();
        assertTrue(envelope.get("error").isNull(), () -> "error of a successful run: " + envelope.get("error"));
        return envelope.get("value");
    }

    static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

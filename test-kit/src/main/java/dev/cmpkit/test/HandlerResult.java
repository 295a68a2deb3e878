package dev.cmpkit.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;

/**
 * One handler run as the runner reported it: the envelope {@code {"value", "logs", "error"}}
 * parsed from standard output, the exit code, and what the handler printed.
 */
public final class HandlerResult {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Command command;
    private final int exitCode;
    private final String stdout;
    private final String stderr;
    private final JsonNode envelope;

    HandlerResult(Command command, int exitCode, String stdout, String stderr) {
        this.command = command;
        this.exitCode = exitCode;
        this.stdout = stdout;
        this.stderr = stderr;
        this.envelope = parse(command, exitCode, stdout, stderr);
    }

    private static JsonNode parse(Command command, int exitCode, String stdout, String stderr) {
        try {
            JsonNode node = JSON.readTree(stdout);
            if (node != null && node.isObject() && node.has("value") && node.has("logs") && node.has("error")) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // reported below with the output itself
        }
        throw new AssertionError(command.commandName() + ": the runner printed no envelope (exit code " + exitCode
                + "); expected {\"value\", \"logs\", \"error\"} on standard output, got: " + stdout
                + (stderr.isEmpty() ? "" : "\nstandard error: " + stderr));
    }

    /** {@return the command that ran} */
    public Command command() {
        return command;
    }

    /** {@return 0 when the handler's result was printed, 1 when the envelope carries an error} */
    public int exitCode() {
        return exitCode;
    }

    /** {@return true when the envelope has no error} */
    public boolean succeeded() {
        return exitCode == 0 && envelope.get("error").isNull();
    }

    /** {@return the whole envelope} */
    public JsonNode envelope() {
        return envelope;
    }

    /** {@return the handler's result as JSON; a JSON null when the run failed} */
    public JsonNode value() {
        return envelope.get("value");
    }

    /** {@return what the handler printed (its log lines), as the envelope's {@code logs} carries it} */
    public String logs() {
        return envelope.get("logs").asText();
    }

    /** {@return the error's {@code exc_type}, e.g. {@code "InvalidCredentials"}, when the run failed} */
    public Optional<String> errorType() {
        return errorField("exc_type");
    }

    /** {@return the error's {@code exc_message} when the run failed} */
    public Optional<String> errorMessage() {
        return errorField("exc_message");
    }

    private Optional<String> errorField(String name) {
        JsonNode error = envelope.get("error");
        if (error == null
                || error.isNull()
                || error.get(name) == null
                || error.get(name).isNull()) {
            return Optional.empty();
        }
        return Optional.of(error.get(name).asText());
    }

    /** {@return standard output exactly as the runner wrote it} */
    public String stdout() {
        return stdout;
    }

    /** {@return standard error: the handler's output as it was echoed while it ran} */
    public String stderr() {
        return stderr;
    }

    /** {@return a one-line account of the run for failure messages: the error or the value, shortened} */
    public String describe() {
        if (succeeded()) {
            return "value " + shorten(value().toString());
        }
        return "error " + errorType().orElse("(none)") + ": "
                + shorten(errorMessage().orElse(""));
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    @Override
    public String toString() {
        return command.commandName() + " (exit " + exitCode + "): " + describe();
    }
}

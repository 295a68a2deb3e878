package dev.cmpkit.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * The worker mode, {@code serve}: one process answers many events. Each line of standard input is
 * one event, {@code {"kind": "resources", "event": {...}, "config": {...}, "secrets": {...}}}
 * ({@code config} and {@code secrets} optional), and gets exactly one envelope line on standard
 * output, in order, with the logs of that event only. A handler that fails, even by running out
 * of memory, gets its error envelope and the worker reads the next line; a line that is not such
 * an object gets an envelope with {@code exc_type} {@code BadEvent}.
 *
 * <p>The connector is found once and answers every event; each event gets a fresh context with
 * its own config and secrets, and its secrets are redacted from its envelope.
 */
final class Worker {

    /** The command-line options of a worker, the same for every event. */
    record Settings(String connector, boolean validate, Long timeoutSeconds) {}

    private static final Set<String> KEYS = Set.of("kind", "event", "config", "secrets");

    private Worker() {}

    /**
     * Answers every line of {@code io.in()} until it ends.
     *
     * @return 0 once standard input has ended, 1 when it cannot be read
     */
    static int serve(Settings settings, HandlerRun.Io io) {
        HandlerRun.Setup setup = new HandlerRun.Setup(
                new Connectors.Choice(settings.connector(), io.loader()),
                new Contexts(io.env()),
                settings.validate(),
                settings.timeoutSeconds());
        BufferedReader lines = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
        long number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                Operation operation = null;
                HandlerRun.Inputs inputs = null;
                RuntimeException bad = null;
                try {
                    Map<String, Object> object = object(line, number);
                    operation = kind(object, number);
                    inputs = new HandlerRun.Inputs(
                            setting(object, "event", number, true),
                            setting(object, "config", number, false),
                            setting(object, "secrets", number, false));
                } catch (BadEventException e) {
                    bad = e;
                }
                HandlerRun.answer(operation, inputs, bad, setup, false, io);
            }
        } catch (IOException e) {
            io.err().println("serve: cannot read standard input after line " + number + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static Map<String, Object> object(String line, long number) {
        Object value;
        try {
            value = PlainJson.read(line);
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new BadEventException(
                    number,
                    "is not valid JSON at column " + column + ": "
                            + JsonFiles.withoutQuotedInput(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BadEventException(number, "cannot be read: " + e.getMessage());
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new BadEventException(number, "is " + kindOf(value) + ", not a JSON object");
        }
        @SuppressWarnings("unchecked") // PlainJson reads objects as Map<String, Object>
        Map<String, Object> object = (Map<String, Object>) value;
        for (String key : object.keySet()) {
            if (!KEYS.contains(key)) {
                throw new BadEventException(number, "has an unknown key \"" + key + "\"");
            }
        }
        return object;
    }

    private static Operation kind(Map<String, Object> object, long number) {
        Object kind = object.get("kind");
        Operation operation = kind instanceof String command ? Operation.byCommand(command) : null;
        if (operation == null) {
            throw new BadEventException(
                    number,
                    "has "
                            + (kind instanceof String command
                                    ? "an unknown \"kind\" \"" + command + "\""
                                    : object.containsKey("kind")
                                            ? "a \"kind\" that is " + kindOf(kind)
                                            : "no \"kind\""));
        }
        return operation;
    }

    /** The event (required) or the config or secrets (optional; null when absent or null). */
    private static Map<String, Object> setting(Map<String, Object> object, String key, long number, boolean required) {
        Object value = object.get(key);
        if (value == null && !required) {
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new BadEventException(
                    number,
                    object.containsKey(key)
                            ? "has an \"" + key + "\" that is " + kindOf(value) + ", not an object"
                            : "has no \"" + key + "\"");
        }
        @SuppressWarnings("unchecked") // PlainJson reads objects as Map<String, Object>
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    /** What a JSON value is, without quoting it: it may be a secret. */
    private static String kindOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof java.util.List<?>) {
            return "an array";
        }
        return value instanceof String ? "a string" : value instanceof Boolean ? "a boolean" : "a number";
    }
}

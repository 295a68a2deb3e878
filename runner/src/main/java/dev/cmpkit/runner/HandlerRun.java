package dev.cmpkit.runner;

import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.cmpkit.runtime.api.Cassettes;
import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.api.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of a handler: reads the inputs, calls the connector with its output captured, and
 * writes the envelope. Everything that goes wrong, in the inputs or in the connector, ends up in
 * the envelope's {@code error} with exit code 1.
 */
final class HandlerRun {

    /** The options of one run, as the command line gave them. */
    record Request(Operation operation, String connector, String eventFile, String configFile,
                   String secretsFile, boolean pretty) {
    }

    /** Where a run reads and writes, and the environment it sees (tests replace all of it). */
    record Io(InputStream in, PrintStream out, PrintStream err, ClassLoader loader, Clock clock) {
    }

    private HandlerRun() {
    }

    /** @return the exit code: 0 on success, 1 when the envelope carries an error */
    static int run(Request request, Io io) {
        Envelope envelope = new Envelope(io.clock());
        TokenBuffer value = null;
        Throwable error = null;
        String logs;
        try (OutputCapture capture = OutputCapture.start(io.err())) {
            try {
                value = envelope.valueTokens(call(request, io));
            } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
                // Any failure of the connector is its result; only fatal VM errors escape.
                error = e;
            } finally {
                logs = capture.text();
            }
        }
        try {
            envelope.write(io.out(), request.pretty(), value, logs, error);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result to standard output", e);
        }
        return error == null ? 0 : 1;
    }

    private static Object call(Request request, Io io) throws Exception {
        Map<String, Object> event = request.eventFile() == null ? new LinkedHashMap<>()
                : JsonFiles.readObject("event", request.eventFile(), io.in());
        Map<String, Object> config = request.configFile() == null ? null
                : JsonFiles.readObject("config", request.configFile(), io.in());
        Map<String, Object> secrets = request.secretsFile() == null ? null
                : JsonFiles.readObject("secrets", request.secretsFile(), io.in());
        // Made inside the capture: a local context prints its log lines to System.out.
        CmpContext context = Contexts.create(config, secrets);
        Connector connector = Connectors.select(request.connector(), io.loader());
        Handler handler = Cassettes.wrapIfEnabled(request.operation().handlerOf(connector));
        return handler.handle(event, context);
    }
}

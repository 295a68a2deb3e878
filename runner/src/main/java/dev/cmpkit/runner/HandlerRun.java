package dev.cmpkit.runner;

import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.cmpkit.runtime.api.Cassettes;
import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.api.Handler;
import dev.cmpkit.runtime.api.SecretRedactor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One run of a handler: reads the inputs, calls the connector with its output captured, and
 * writes the envelope. Everything that goes wrong, in the inputs or in the connector, ends up in
 * the envelope's {@code error} with exit code 1.
 */
final class HandlerRun {

    /** The options of one run, as the command line gave them. */
    record Request(
            Operation operation,
            String connector,
            String eventFile,
            String configFile,
            String secretsFile,
            boolean pretty,
            boolean validate,
            Long timeoutSeconds) {}

    /**
     * Memory set aside for the envelope: freed when a handler runs out of memory, so that the
     * runner can still write its answer.
     */
    private static volatile byte[] reserve = new byte[4 << 20];

    /**
     * Where a run reads and writes, and the environment it sees (tests replace all of it).
     * {@code cassette} is the record/replay file, used when {@code env} has {@code DEBUG_VCR} set.
     */
    record Io(
            InputStream in,
            PrintStream out,
            PrintStream err,
            ClassLoader loader,
            Clock clock,
            Map<String, String> env,
            Path cassette) {}

    /** The files a run reads before the handler starts. */
    private record Inputs(Map<String, Object> event, Map<String, Object> config, Map<String, Object> secrets) {}

    private HandlerRun() {}

    /** @return the exit code: 0 on success, 1 when the envelope carries an error */
    static int run(Request request, Io io) {
        Envelope envelope = new Envelope(io.clock());
        TokenBuffer value = null;
        Throwable error = null;
        Inputs inputs = null;
        SecretRedactor redactor = SecretRedactor.NONE;
        try {
            inputs = read(request, io);
            redactor = SecretRedactor.of(inputs.secrets());
        } catch (RuntimeException e) {
            error = e;
        }
        String logs;
        try (OutputCapture capture = OutputCapture.start(io.err(), redactor)) {
            try {
                if (inputs != null) {
                    value = envelope.valueTokens(call(request, io, inputs));
                    if (request.validate()) {
                        check(request.operation(), envelope, value);
                    }
                }
            } catch (OutOfMemoryError e) {
                reserve = null;
                error = e;
                value = null;
            } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
                // Any failure of the connector is its result, and gets an envelope.
                error = e;
                value = null;
            } finally {
                logs = capture.text();
            }
        }
        try {
            envelope.write(io.out(), request.pretty(), value, logs, error, redactor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result to standard output", e);
        } finally {
            if (reserve == null) {
                reserve = new byte[4 << 20];
            }
        }
        return error == null ? 0 : 1;
    }

    private static Inputs read(Request request, Io io) {
        Map<String, Object> event = request.eventFile() == null
                ? new LinkedHashMap<>()
                : JsonFiles.readObject("event", request.eventFile(), io.in());
        Map<String, Object> config =
                request.configFile() == null ? null : JsonFiles.readObject("config", request.configFile(), io.in());
        Map<String, Object> secrets =
                request.secretsFile() == null ? null : JsonFiles.readObject("secrets", request.secretsFile(), io.in());
        return new Inputs(event, config, secrets);
    }

    private static Object call(Request request, Io io, Inputs inputs) throws Exception {
        // Made inside the capture: a local context prints its log lines to System.out.
        CmpContext context = Contexts.create(io.env(), inputs.config(), inputs.secrets());
        Connector connector = Connectors.select(request.connector(), io.loader());
        // The cassette redacts the context's secrets from what it records.
        Handler handler =
                Cassettes.wrapIfEnabled(request.operation().handlerOf(connector), io.env()::get, io.cassette());
        if (request.timeoutSeconds() == null) {
            return handler.handle(inputs.event(), context);
        }
        return withTimeout(request, () -> handler.handle(inputs.event(), context));
    }

    /**
     * Runs the handler on its own thread and waits at most the timeout for it. A handler that does
     * not return is interrupted and left behind (a daemon thread, so it cannot keep the JVM alive).
     */
    private static Object withTimeout(Request request, Callable<Object> handler) throws Exception {
        FutureTask<Object> task = new FutureTask<>(handler);
        Thread thread = new Thread(task, "cmpkit-handler");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(request.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new HandlerTimeoutException(request.operation().command(), request.timeoutSeconds());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        }
    }

    private static void check(Operation operation, Envelope envelope, TokenBuffer value) throws IOException {
        List<String> problems = ResultSchemas.problems(operation, envelope.tree(value));
        if (!problems.isEmpty()) {
            throw new ResultValidationException(envelope.jsonList(problems), problems);
        }
    }
}

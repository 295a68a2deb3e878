package dev.cmpkit.runner;

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
 * the envelope's {@code error} with exit code 1. The worker ({@link Worker}) answers each of its
 * events through the same {@link #answer}.
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

    /** The objects one event is answered with: the event, and the module's config and secrets (null when none). */
    record Inputs(Map<String, Object> event, Map<String, Object> config, Map<String, Object> secrets) {}

    /** What stays the same for every event a process answers: where the connector and context come from. */
    record Setup(Connectors.Choice connector, Contexts contexts, boolean validate, Long timeoutSeconds) {}

    private HandlerRun() {}

    /** Answers one event; returns the exit code: 0 on success, 1 when the envelope carries an error. */
    static int run(Request request, Io io) {
        Inputs inputs = null;
        RuntimeException badInput = null;
        try {
            inputs = read(request, io);
        } catch (RuntimeException e) {
            badInput = e;
        }
        Setup setup = new Setup(
                new Connectors.Choice(request.connector(), io.loader()),
                new Contexts(io.env()),
                request.validate(),
                request.timeoutSeconds());
        return answer(request.operation(), inputs, badInput, setup, request.pretty(), io) ? 0 : 1;
    }

    /**
     * Answers one event with one envelope on {@code io.out()}.
     *
     * @param operation the handler to run
     * @param inputs the event and settings, or null when they could not be read
     * @param badInput why the inputs could not be read, or null
     * @param setup where the connector and context come from
     * @param pretty whether to indent the envelope
     * @param io where to write
     * @return whether the handler answered without an error
     */
    static boolean answer(
            Operation operation, Inputs inputs, RuntimeException badInput, Setup setup, boolean pretty, Io io) {
        Envelope envelope = new Envelope(io.clock());
        byte[] value = null;
        Throwable error = badInput;
        SecretRedactor redactor = SecretRedactor.NONE;
        if (inputs != null) {
            try {
                redactor = SecretRedactor.of(inputs.secrets());
            } catch (RuntimeException e) {
                error = e;
                inputs = null;
            }
        }
        String logs;
        try (OutputCapture capture = OutputCapture.start(io.err(), redactor)) {
            try {
                if (inputs != null) {
                    value = envelope.valueBytes(call(operation, inputs, setup, io));
                    if (setup.validate()) {
                        check(operation, value, io.loader());
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
            envelope.write(io.out(), pretty, value, logs, error, redactor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result to standard output", e);
        } finally {
            if (reserve == null) {
                reserve = new byte[4 << 20];
            }
        }
        return error == null;
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

    private static Object call(Operation operation, Inputs inputs, Setup setup, Io io) throws Exception {
        // Made inside the capture: a local context prints its log lines to System.out.
        CmpContext context = setup.contexts().create(inputs.config(), inputs.secrets());
        Connector connector = setup.connector().get();
        // The cassette redacts the context's secrets from what it records.
        Handler handler = Cassettes.wrapIfEnabled(operation.handlerOf(connector), io.env()::get, io.cassette());
        if (setup.timeoutSeconds() == null) {
            return handler.handle(inputs.event(), context);
        }
        return withTimeout(operation, setup.timeoutSeconds(), () -> handler.handle(inputs.event(), context));
    }

    /**
     * Runs the handler on its own thread and waits at most the timeout for it. A handler that does
     * not return is interrupted and left behind (a daemon thread, so it cannot keep the JVM alive).
     */
    private static Object withTimeout(Operation operation, long timeoutSeconds, Callable<Object> handler)
            throws Exception {
        FutureTask<Object> task = new FutureTask<>(handler);
        Thread thread = new Thread(task, "cmpkit-handler");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new HandlerTimeoutException(operation.command(), timeoutSeconds);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        }
    }

    private static void check(Operation operation, byte[] value, ClassLoader loader) throws IOException {
        List<String> problems = ResultSchemas.problems(operation, PlainJson.read(value), loader);
        if (!problems.isEmpty()) {
            throw new ResultValidationException(Envelope.jsonList(problems), problems);
        }
    }
}

package dev.cmpkit.runner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one runner command line inside the calling JVM, with its own standard streams,
 * environment, class loader, clock and cassette file, through the same code as
 * {@link CmpRunner#main}: the same envelope, result checks and output capture. Test kits use it
 * to run a connector exactly as the command line would, without a process or the real
 * environment.
 *
 * <p>A run replaces {@code System.out} and {@code System.err} while the handler runs, as the
 * command line does, so runs must not overlap in one JVM.
 */
public final class InProcessRunner {

    /**
     * What a run printed and returned.
     *
     * @param exitCode 0 when the handler returned a valid result, 1 when the envelope carries an
     *     error, 2 for a command line that does not parse
     * @param stdout standard output: the envelope and a newline (or the usage for {@code --help})
     * @param stderr standard error: what the handler printed, and usage errors
     */
    public record Result(int exitCode, String stdout, String stderr) {}

    private InProcessRunner() {}

    /**
     * Runs a command line.
     *
     * @param args the command line, e.g. {@code ["resources", "-", "--config", "config.json"]}
     * @param stdin what the run reads for {@code -} as a file name, as UTF-8 text
     * @param loader where the connectors are found ({@code META-INF/services/dev.cmpkit.runner.Connector})
     * @param env the environment variables the run sees instead of the process's
     *     ({@code CMP_URL}, {@code DEBUG_VCR}, …)
     * @param clock gives resources their {@code last_seen_at}
     * @param cassette the record/replay file, used when {@code env} has {@code DEBUG_VCR} set
     * @return what the run printed and its exit code
     * @throws IllegalArgumentException naming the argument that is null
     */
    public static Result run(
            List<String> args, String stdin, ClassLoader loader, Map<String, String> env, Clock clock, Path cassette) {
        if (args == null || stdin == null || loader == null || env == null || clock == null || cassette == null) {
            throw new IllegalArgumentException("InProcessRunner.run: every argument is required; got args=" + args
                    + ", stdin=" + (stdin == null ? "null" : "(text)") + ", loader=" + loader + ", env="
                    + (env == null ? "null" : env.keySet()) + ", clock=" + clock + ", cassette=" + cassette);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        HandlerRun.Io io = new HandlerRun.Io(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                loader,
                clock,
                Collections.unmodifiableMap(new HashMap<>(env)),
                cassette);
        int code = CmpRunner.commandLine(io).execute(args.toArray(String[]::new));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

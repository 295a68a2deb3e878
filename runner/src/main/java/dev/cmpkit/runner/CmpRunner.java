package dev.cmpkit.runner;

import dev.cmpkit.runtime.api.Cassettes;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The command line that runs a connector's handlers: {@code resources}, {@code metrics},
 * {@code spend}, {@code logs}, {@code status} and {@code validate-credentials}, each printing the
 * result envelope as JSON on standard output after checking the result's shape; and
 * {@code serve}, a worker that answers one event per line of standard input with one envelope per
 * line of standard output.
 *
 * <pre>
 * java -cp my-connector.jar:cmpkit-runner.jar dev.cmpkit.runner.CmpRunner resources event.json --pretty
 * </pre>
 *
 * <p>Exit codes: 0 when the handler returned, 1 when the envelope carries an error (bad input
 * files, no such connector, or the handler threw), 2 for a command line that does not parse
 * (with the usage on standard error).
 */
public final class CmpRunner {

    private CmpRunner() {}

    /**
     * Runs the command line and exits with its code when that is not 0.
     *
     * @param args the command line, e.g. {@code resources --pretty}
     */
    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the command line without exiting, with the connectors of the thread's context class loader.
     *
     * @param args the command line
     * @param in standard input (for {@code -} as a file name)
     * @param out where the envelope (and {@code --help}) goes
     * @param err where the handler's output and usage errors go
     * @return the exit code
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        HandlerRun.Io io = new HandlerRun.Io(
                in,
                out,
                err,
                loader == null ? CmpRunner.class.getClassLoader() : loader,
                Clock.systemUTC(),
                System.getenv(),
                Path.of(Cassettes.DEFAULT_FILE));
        return commandLine(io).execute(args == null ? new String[0] : args);
    }

    static RunnerCommandLine commandLine(HandlerRun.Io io) {
        return new RunnerCommandLine(io);
    }
}

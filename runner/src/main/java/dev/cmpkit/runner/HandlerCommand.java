package dev.cmpkit.runner;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** One handler subcommand: its options, turned into a {@link HandlerRun.Request}. */
@Command(sortOptions = false)
final class HandlerCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Operation operation;
    private final HandlerRun.Io io;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "EVENT_FILE",
            description = "The event as a JSON object file, or - for standard input (default: {}).")
    String eventFile;

    @Option(
            names = {"-c", "--connector"},
            paramLabel = "NAME",
            description = "The connector to run (default: the only one on the class path).")
    String connector;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "The module's options as a JSON object, given to the connector as context.config().")
    String configFile;

    @Option(
            names = "--secrets",
            paramLabel = "FILE",
            description = "The module's secrets as a JSON object, given to the connector as context.secrets();"
                    + " their values are redacted from everything the runner prints.")
    String secretsFile;

    @Option(
            names = "--no-validate",
            negatable = false,
            description = "Print the result as it is, without checking it against its kind's shape.")
    boolean noValidate;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "End a handler that has not returned after this many seconds, with exc_type Timeout.")
    Long timeoutSeconds;

    @Option(names = "--pretty", description = "Indent the JSON output.")
    boolean pretty;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;

    HandlerCommand(Operation operation, HandlerRun.Io io) {
        this.operation = operation;
        this.io = io;
    }

    @Override
    public Integer call() {
        if (timeoutSeconds != null && timeoutSeconds <= 0) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--timeout must be a positive number of seconds, got " + timeoutSeconds);
        }
        return HandlerRun.run(
                new HandlerRun.Request(
                        operation, connector, eventFile, configFile, secretsFile, pretty, !noValidate, timeoutSeconds),
                io);
    }
}

package dev.cmpkit.runner;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** One handler subcommand: its options, turned into a {@link HandlerRun.Request}. */
@Command(sortOptions = false)
final class HandlerCommand implements Callable<Integer> {

    private final Operation operation;
    private final HandlerRun.Io io;

    @Parameters(index = "0", arity = "0..1", paramLabel = "EVENT_FILE",
            description = "The event as a JSON object file, or - for standard input (default: {}).")
    String eventFile;

    @Option(names = {"-c", "--connector"}, paramLabel = "NAME",
            description = "The connector to run (default: the only one on the class path).")
    String connector;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Context config as a JSON object: api_url, module_id.")
    String configFile;

    @Option(names = "--secrets", paramLabel = "FILE",
            description = "Context secrets as a JSON object: api_key and api_secret, or api_token.")
    String secretsFile;

    @Option(names = "--pretty", description = "Indent the JSON output.")
    boolean pretty;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    HandlerCommand(Operation operation, HandlerRun.Io io) {
        this.operation = operation;
        this.io = io;
    }

    @Override
    public Integer call() {
        return HandlerRun.run(new HandlerRun.Request(operation, connector, eventFile, configFile, secretsFile, pretty),
                io);
    }
}

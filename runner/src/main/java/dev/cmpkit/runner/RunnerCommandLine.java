package dev.cmpkit.runner;

import java.util.ArrayList;
import java.util.List;

/**
 * The runner's command line, parsed by hand: a handler command ({@code resources}, …) or
 * {@code serve}, then its options. A parser library would read the same few options through
 * annotations and reflection, which costs a connector run a tenth of a second before the handler
 * starts; this grammar is small enough to spell out.
 *
 * <p>Exit codes: 0 when the handler returned (or for {@code --help}), 1 when the envelope carries
 * an error, 2 for a command line that does not parse, with the message and the usage on standard
 * error.
 */
final class RunnerCommandLine {

    /** The exit code of a command line that does not parse. */
    static final int USAGE_ERROR = 2;

    static final String SERVE = "serve";

    private final HandlerRun.Io io;

    RunnerCommandLine(HandlerRun.Io io) {
        this.io = io;
    }

    /**
     * Parses and runs a command line.
     *
     * @param args the command line, e.g. {@code resources event.json --pretty}
     * @return the exit code
     */
    int execute(String... args) {
        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            io.err().println(e.getMessage());
            io.err().print(e.usage);
            io.err().flush();
            return USAGE_ERROR;
        }
        if (options.help) {
            io.out().print(options.operation == null && !options.serve ? Usage.root() : usageOf(options));
            io.out().flush();
            return 0;
        }
        if (options.serve) {
            return Worker.serve(options.workerSettings(), io);
        }
        return HandlerRun.run(options.request(), io);
    }

    private static String usageOf(Options options) {
        return options.serve ? Usage.serve() : Usage.handler(options.operation);
    }

    private static Options parse(String[] args) {
        String[] given = args == null ? new String[0] : args;
        Options options = new Options();
        if (given.length == 0) {
            throw new UsageException(
                    "Missing command: expected one of " + Operation.commands() + " or " + SERVE, Usage.root());
        }
        String command = given[0];
        if (command.equals("-h") || command.equals("--help")) {
            options.help = true;
            return options;
        }
        if (command.equals(SERVE)) {
            options.serve = true;
        } else {
            options.operation = Operation.byCommand(command);
            if (options.operation == null) {
                throw new UsageException(
                        command.startsWith("-")
                                ? "Unknown option: '" + command + "'"
                                : "Unmatched argument at index 0: '" + command + "'",
                        Usage.root());
            }
        }
        String usage = usageOf(options);
        List<String> seen = new ArrayList<>();
        for (int i = 1; i < given.length; i++) {
            String arg = given[i];
            String name = arg;
            String inline = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inline = arg.substring(equals + 1);
            }
            Flag flag = Flag.named(name, options.serve);
            if (flag == null) {
                if (arg.startsWith("-") && !arg.equals(JsonFiles.STDIN)) {
                    throw new UsageException("Unknown option: '" + arg + "'", usage);
                }
                if (options.serve || options.eventFile != null) {
                    throw new UsageException("Unmatched argument at index " + i + ": '" + arg + "'", usage);
                }
                options.eventFile = arg;
                continue;
            }
            if (seen.contains(flag.longName) && flag != Flag.HELP) {
                throw new UsageException("option '" + flag.longName + "' should be specified only once", usage);
            }
            seen.add(flag.longName);
            String value = null;
            if (flag.label != null) {
                if (inline != null) {
                    value = inline;
                } else if (i + 1 < given.length) {
                    value = given[++i];
                } else {
                    throw new UsageException(
                            "Missing required parameter for option '" + flag.longName + "' (" + flag.label + ")",
                            usage);
                }
            } else if (inline != null) {
                throw new UsageException("option '" + flag.longName + "' takes no value, got '" + inline + "'", usage);
            }
            flag.apply(options, value, usage);
        }
        return options;
    }

    /** What a command line asks for. */
    private static final class Options {
        Operation operation;
        boolean serve;
        boolean help;
        String eventFile;
        String connector;
        String configFile;
        String secretsFile;
        boolean noValidate;
        Long timeoutSeconds;
        boolean pretty;

        HandlerRun.Request request() {
            return new HandlerRun.Request(
                    operation, connector, eventFile, configFile, secretsFile, pretty, !noValidate, timeoutSeconds);
        }

        Worker.Settings workerSettings() {
            return new Worker.Settings(connector, !noValidate, timeoutSeconds);
        }
    }

    /** The options, each with its long name, short name, value label (null for a switch) and help text. */
    // The setters are stateless lambdas, immutable like the rest of the enum.
    @SuppressWarnings("ImmutableEnumChecker")
    enum Flag {
        CONNECTOR(
                "--connector",
                "-c",
                "NAME",
                true,
                "The connector to run (default: the only one on the class path).",
                (options, value, usage) -> options.connector = value),
        CONFIG(
                "--config",
                null,
                "FILE",
                false,
                "The module's options as a JSON object, given to the connector as context.config().",
                (options, value, usage) -> options.configFile = value),
        SECRETS(
                "--secrets",
                null,
                "FILE",
                false,
                "The module's secrets as a JSON object, given to the connector as context.secrets();"
                        + " their values are redacted from everything the runner prints.",
                (options, value, usage) -> options.secretsFile = value),
        NO_VALIDATE(
                "--no-validate",
                null,
                null,
                true,
                "Print the result as it is, without checking it against its kind's shape.",
                (options, value, usage) -> options.noValidate = true),
        TIMEOUT(
                "--timeout",
                null,
                "SECONDS",
                true,
                "End a handler that has not returned after this many seconds, with exc_type Timeout.",
                (options, value, usage) -> options.timeoutSeconds = positiveSeconds(value, usage)),
        PRETTY(
                "--pretty",
                null,
                null,
                false,
                "Indent the JSON output.",
                (options, value, usage) -> options.pretty = true),
        HELP("--help", "-h", null, true, "Show this help and exit.", (options, value, usage) -> options.help = true);

        final String longName;
        final String shortName;
        final String label;
        final boolean serves;
        final String description;
        private final Setter setter;

        Flag(String longName, String shortName, String label, boolean serves, String description, Setter setter) {
            this.longName = longName;
            this.shortName = shortName;
            this.label = label;
            this.serves = serves;
            this.description = description;
            this.setter = setter;
        }

        void apply(Options options, String value, String usage) {
            setter.set(options, value, usage);
        }

        /** The flag with this name, or null; {@code serve} takes only the flags that apply to a whole worker. */
        static Flag named(String name, boolean serve) {
            for (Flag flag : values()) {
                if ((name.equals(flag.longName) || name.equals(flag.shortName)) && (flag.serves || !serve)) {
                    return flag;
                }
            }
            return null;
        }

        private static long positiveSeconds(String value, String usage) {
            long seconds;
            try {
                seconds = Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new UsageException(
                        "Invalid value for option '--timeout': '" + value + "' is not a long number", usage);
            }
            if (seconds <= 0) {
                throw new UsageException("--timeout must be a positive number of seconds, got " + seconds, usage);
            }
            return seconds;
        }
    }

    /** Sets what one option says. */
    private interface Setter {
        void set(Options options, String value, String usage);
    }

    /** A command line that does not parse; carries the usage to print after the message. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final transient String usage;

        UsageException(String message, String usage) {
            super(message, null, false, false);
            this.usage = usage;
        }
    }

    /** The help texts. */
    static final class Usage {
        private static final String NAME = "cmpkit-run";

        private Usage() {}

        static String root() {
            StringBuilder text = new StringBuilder();
            text.append("Usage: ")
                    .append(NAME)
                    .append(" [-h] COMMAND\n")
                    .append("Runs a CMP connector's handler and prints {\"value\", \"logs\", \"error\"} as JSON.\n")
                    .append("  -h, --help   Show this help and exit.\n")
                    .append("Commands:\n");
            for (Operation operation : Operation.values()) {
                row(text, operation.command(), operation.description());
            }
            row(text, SERVE, serveDescription());
            return text.toString();
        }

        static String handler(Operation operation) {
            StringBuilder text = new StringBuilder();
            text.append("Usage: ")
                    .append(NAME)
                    .append(' ')
                    .append(operation.command())
                    .append(" [OPTIONS] [EVENT_FILE]\n")
                    .append(operation.description())
                    .append('\n');
            row(text, "[EVENT_FILE]", "The event as a JSON object file, or - for standard input (default: {}).");
            for (Flag flag : Flag.values()) {
                row(text, signature(flag), flag.description);
            }
            return text.toString();
        }

        static String serve() {
            StringBuilder text = new StringBuilder();
            text.append("Usage: ")
                    .append(NAME)
                    .append(' ')
                    .append(SERVE)
                    .append(" [OPTIONS]\n")
                    .append(serveDescription())
                    .append('\n')
                    .append("Each line of standard input is {\"kind\": COMMAND, \"event\": {...}} with optional")
                    .append(" \"config\" and \"secrets\" objects;\neach gets one envelope line on standard output,")
                    .append(" in order.\n");
            for (Flag flag : Flag.values()) {
                if (flag.serves) {
                    row(text, signature(flag), flag.description);
                }
            }
            return text.toString();
        }

        private static String serveDescription() {
            return "Answers events read as JSON lines from standard input, one envelope line each.";
        }

        private static String signature(Flag flag) {
            String names = flag.shortName == null ? "    " + flag.longName : flag.shortName + ", " + flag.longName;
            return flag.label == null ? names : names + "=" + flag.label;
        }

        private static void row(StringBuilder text, String left, String right) {
            text.append("  ").append(left);
            int pad = Math.max(1, 26 - left.length());
            text.append(" ".repeat(pad)).append(right).append('\n');
        }
    }
}

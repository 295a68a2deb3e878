package dev.cmpkit.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cmpkit.runner.Connector;
import dev.cmpkit.runner.InProcessRunner;
import dev.cmpkit.test.record.ActiveCassette;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a connector's handlers in this JVM through cmpkit's runner, exactly as {@code java -jar
 * connector.jar <command> <event>} would: the same context from the same environment variables,
 * the same result checks, the same capture of what the handler prints, the same envelope.
 *
 * <pre>{@code
 * ConnectorHarness acme = ConnectorHarness.of(AcmeConnector.class);
 * HandlerResult result = acme.run(Command.RESOURCES, Map.of("account_id", "acme-7731"));
 * ResultAssertions.assertResourceCounts(result, Map.of("server", 12));
 * }</pre>
 *
 * <p>The connector class needs a public no-argument constructor, as the runner's
 * {@code ServiceLoader} does; it is the only connector the run sees. The environment starts
 * empty (a local context: log lines are printed), not the process's. When a test runs under
 * {@link dev.cmpkit.test.record.Cassette @Cassette}, its HTTP goes through that cassette. Runs
 * replace {@code System.out} while the handler runs, so they must not overlap in one JVM.
 */
public final class ConnectorHarness {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Class<? extends Connector> connector;
    private final Map<String, String> env = new LinkedHashMap<>();
    private Map<String, ?> config;
    private Map<String, ?> secrets;
    private Clock clock = Clock.systemUTC();
    private boolean validate = true;
    private Path cassette;

    private ConnectorHarness(Class<? extends Connector> connector) {
        this.connector = connector;
    }

    /**
     * Returns a harness that runs a connector's handlers in this process.
     *
     * @param connector the connector class to run
     * @return a harness for it, with an empty environment, no config, no secrets and result checks on
     * @throws IllegalArgumentException when {@code connector} is null
     */
    public static ConnectorHarness of(Class<? extends Connector> connector) {
        if (connector == null) {
            throw new IllegalArgumentException("ConnectorHarness.of: expected a connector class, got null");
        }
        return new ConnectorHarness(connector);
    }

    /**
     * Sets an environment variable the runs see, e.g. {@code CMP_URL} or {@code NFLEX_MODULE_ID}.
     *
     * @param name the variable
     * @param value its value; null removes it
     * @return this harness
     */
    public ConnectorHarness env(String name, String value) {
        if (name == null) {
            throw new IllegalArgumentException("ConnectorHarness.env: expected a variable name, got null");
        }
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    /**
     * Sets the module's configuration.
     *
     * @param config the module's options, handed to the connector as {@code context.config()}
     *     (the runner's {@code --config}); null for none
     * @return this harness
     */
    public ConnectorHarness config(Map<String, ?> config) {
        this.config = config == null ? null : new LinkedHashMap<>(config);
        return this;
    }

    /**
     * Sets the module's secrets.
     *
     * @param secrets the module's secrets, handed to the connector as {@code context.secrets()}
     *     and redacted from the envelope and recordings (the runner's {@code --secrets}); null for
     *     none
     * @return this harness
     */
    public ConnectorHarness secrets(Map<String, ?> secrets) {
        this.secrets = secrets == null ? null : new LinkedHashMap<>(secrets);
        return this;
    }

    /**
     * Sets the clock resources are stamped from.
     *
     * @param clock gives resources their {@code last_seen_at}; the system clock by default
     * @return this harness
     */
    public ConnectorHarness clock(Clock clock) {
        if (clock == null) {
            throw new IllegalArgumentException("ConnectorHarness.clock: expected a clock, got null");
        }
        this.clock = clock;
        return this;
    }

    /**
     * Turns the check of each result against its shape on or off.
     *
     * @param validate false to print results unchecked, as the runner's {@code --no-validate}
     * @return this harness
     */
    public ConnectorHarness validate(boolean validate) {
        this.validate = validate;
        return this;
    }

    /**
     * Records the runs' HTTP exchanges made through cmpkit's client into {@code file}, replaying
     * those it holds (the runner's {@code DEBUG_VCR}); without it, the cassette of the running
     * {@link dev.cmpkit.test.record.Cassette @Cassette} test is used, if any.
     *
     * @param file the cassette file; null for none
     * @return this harness
     */
    public ConnectorHarness cassette(Path file) {
        this.cassette = file;
        return this;
    }

    /** {@return the connector class this harness runs} */
    public Class<? extends Connector> connector() {
        return connector;
    }

    /**
     * Runs a handler with an event.
     *
     * @param command the handler
     * @param event the event, as JSON-compatible values (String, Number, Boolean, null, List, Map)
     * @return the run's envelope
     * @throws IllegalArgumentException when the event cannot be written as JSON
     */
    public HandlerResult run(Command command, Map<String, ?> event) {
        if (command == null || event == null) {
            throw new IllegalArgumentException(
                    "ConnectorHarness.run: expected a command and an event, got " + command + " and " + event);
        }
        return execute(command, "-", json("event", event));
    }

    /**
     * Runs a handler with an event file, as {@code java -jar connector.jar <command> <file>}.
     *
     * @param command the handler
     * @param eventFile the event as a JSON object file
     * @return the run's envelope
     */
    public HandlerResult run(Command command, Path eventFile) {
        if (command == null || eventFile == null) {
            throw new IllegalArgumentException(
                    "ConnectorHarness.run: expected a command and an event file, got " + command + " and " + eventFile);
        }
        return execute(command, eventFile.toString(), "");
    }

    private HandlerResult execute(Command command, String eventArg, String stdin) {
        List<Path> temporary = new ArrayList<>();
        try {
            List<String> args = new ArrayList<>(List.of(command.commandName(), eventArg));
            if (!validate) {
                args.add("--no-validate");
            }
            if (config != null) {
                args.add("--config");
                args.add(temporaryJson("config", config, temporary).toString());
            }
            if (secrets != null) {
                args.add("--secrets");
                args.add(temporaryJson("secrets", secrets, temporary).toString());
            }
            Map<String, String> runEnv = new LinkedHashMap<>(env);
            Path file = cassette != null ? cassette : ActiveCassette.file().orElse(null);
            if (file != null) {
                runEnv.put("DEBUG_VCR", "1");
                createFolderOf(file);
            }
            InProcessRunner.Result result = InProcessRunner.run(
                    args,
                    stdin,
                    new SingleConnectorLoader(connector),
                    runEnv,
                    clock,
                    file != null ? file : Path.of("vcr.yaml"));
            return new HandlerResult(command, result.exitCode(), result.stdout(), result.stderr());
        } finally {
            for (Path path : temporary) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    path.toFile().deleteOnExit();
                }
            }
        }
    }

    /** The first recording locks a file beside the cassette, so its folder must exist. */
    private static void createFolderOf(Path cassette) {
        try {
            Files.createDirectories(cassette.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of cassette " + cassette, e);
        }
    }

    private static Path temporaryJson(String what, Map<String, ?> value, List<Path> temporary) {
        try {
            Path file = Files.createTempFile("cmpkit-" + what + "-", ".json");
            temporary.add(file);
            Files.writeString(file, json(what, value), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + what + " file for a test run", e);
        }
    }

    private static String json(String what, Map<String, ?> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "the " + what + " cannot be written as JSON; expected String, Number, Boolean, null, List and Map"
                            + " values: " + e.getOriginalMessage(),
                    e);
        }
    }
}

package dev.cmpkit.test.conformance;

import static dev.cmpkit.test.ResultAssertions.assertCredentialsAccepted;
import static dev.cmpkit.test.ResultAssertions.assertCredentialsRefused;
import static dev.cmpkit.test.ResultAssertions.assertEntries;
import static dev.cmpkit.test.ResultAssertions.assertFailed;
import static dev.cmpkit.test.ResultAssertions.assertMetricNames;
import static dev.cmpkit.test.ResultAssertions.assertResourceCounts;
import static dev.cmpkit.test.ResultAssertions.assertSucceeded;

import dev.cmpkit.runner.Connector;
import dev.cmpkit.test.Command;
import dev.cmpkit.test.ConnectorHarness;
import dev.cmpkit.test.HandlerResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The checks CMP's base connector test makes of every connector, run through {@link
 * ConnectorHarness} exactly as the runner runs the connector:
 *
 * <ul>
 *   <li>resources are listed, non-empty, with the expected count of each type;
 *   <li>valid credentials give {@code {"ok": true}};
 *   <li>empty and fake credentials give {@code {"ok": false}} or an error;
 *   <li>listing resources with fake credentials gives an error envelope with an {@code exc_type};
 *   <li>metrics (with the expected names), logs, status and spend, where configured, come back
 *       in the shape CMP reads.
 * </ul>
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> conformance() {
 *     return ConformanceSuite.forConnector(AcmeConnector.class)
 *             .event(Map.of("account_id", "acme-7731"))
 *             .credentials(Map.of("api_key", System.getenv("ACME_KEY"), "api_secret", System.getenv("ACME_SECRET")))
 *             .resourceCounts(Map.of("server", 12, "volume", 4))
 *             .metrics(Map.of("poll_interval", 300), List.of("cpu-usage"))
 *             .tests();
 * }
 * }</pre>
 *
 * <p>Credentials go into each event under {@code "credentials"} (see {@link
 * #credentialsKey(String)}). Without valid credentials (e.g. an unset environment variable) the
 * checks that need them are skipped, not failed.
 */
public final class ConformanceSuite {

    private final Class<? extends Connector> connector;
    private final Map<String, Object> event = new LinkedHashMap<>();
    private final Map<Command, Map<String, Object>> events = new LinkedHashMap<>();
    private Consumer<ConnectorHarness> setup = harness -> {};
    private String credentialsKey = "credentials";
    private Map<String, Object> credentials;
    private String missingCredentials = "no valid credentials given (see credentials(...))";
    private Map<String, Object> fakeCredentials;
    private Map<String, Integer> resourceCounts = Map.of();
    private boolean resourcesRefuseBadCredentials = true;
    private List<String> metricNames;
    private Integer minLogs;
    private Integer minStatus;
    private boolean spend;

    private ConformanceSuite(Class<? extends Connector> connector) {
        this.connector = connector;
    }

    /**
     * Returns a conformance suite for a connector class.
     *
     * @param connector the connector class, with a public no-argument constructor
     * @return a suite that checks resources and credentials; add metrics, logs, status and spend
     *     as the connector offers them
     */
    public static ConformanceSuite forConnector(Class<? extends Connector> connector) {
        if (connector == null) {
            throw new IllegalArgumentException("ConformanceSuite.forConnector: expected a connector class, got null");
        }
        return new ConformanceSuite(connector);
    }

    /**
     * Adds a step that prepares each run's harness.
     *
     * @param setup prepares each run's harness, e.g. {@code h -> h.config(Map.of("region", "eu"))}
     * @return this suite
     */
    public ConformanceSuite harness(Consumer<ConnectorHarness> setup) {
        this.setup = require(setup, "harness setup");
        return this;
    }

    /**
     * Sets the keys every event starts with.
     *
     * @param event keys every event starts with, e.g. the account and customer ids
     * @return this suite
     */
    public ConformanceSuite event(Map<String, ?> event) {
        this.event.putAll(require(event, "event"));
        return this;
    }

    /**
     * Names the event key that holds the credentials.
     *
     * @param key the event key that holds the credentials; {@code "credentials"} by default
     * @return this suite
     */
    public ConformanceSuite credentialsKey(String key) {
        this.credentialsKey = require(key, "credentials key");
        return this;
    }

    /**
     * Sets valid credentials for the checks that need them.
     *
     * @param credentials valid credentials for the provider; null when they are not available
     *     here (the checks that need them are then skipped)
     * @return this suite
     */
    public ConformanceSuite credentials(Map<String, ?> credentials) {
        // A null value (an unset environment variable) means the credentials are not available here.
        Map<String, Object> copy = credentials == null ? null : new LinkedHashMap<>(credentials);
        this.credentials = copy == null || copy.containsValue(null) ? null : copy;
        return this;
    }

    /**
     * Reads valid credentials from environment variables, so that no secret is written in a test.
     * When any of the variables is unset or empty, the checks that need valid credentials are
     * skipped, naming the variables.
     *
     * @param variables the environment variable of each credentials key, e.g. {@code {"api_key":
     *     "PROVIDER_API_KEY"}}
     * @return this suite
     */
    public ConformanceSuite credentialsFromEnvironment(Map<String, String> variables) {
        return credentialsFromEnvironment(variables, System::getenv);
    }

    ConformanceSuite credentialsFromEnvironment(Map<String, String> variables, Function<String, String> environment) {
        Map<String, Object> read = new LinkedHashMap<>();
        List<String> unset = new ArrayList<>();
        require(variables, "credentials variables").forEach((key, variable) -> {
            String value = environment.apply(variable);
            if (value == null || value.isEmpty()) {
                unset.add(variable);
            } else {
                read.put(key, value);
            }
        });
        credentials(unset.isEmpty() ? read : null);
        if (!unset.isEmpty()) {
            missingCredentials = "no valid credentials: environment variables " + unset + " are not set";
        }
        return this;
    }

    /**
     * Sets the credentials the provider must refuse.
     *
     * @param fake credentials of the right form that the provider refuses; by default the valid
     *     credentials' keys, each with the value {@code "fake-<key>"}
     * @return this suite
     */
    public ConformanceSuite fakeCredentials(Map<String, ?> fake) {
        this.fakeCredentials = new LinkedHashMap<>(require(fake, "fake credentials"));
        return this;
    }

    /**
     * Sets how many resources of each type the account must list.
     *
     * @param counts the exact number of resources of each type the account lists, e.g. {@code
     *     {"server": 12}}; types not named may appear in any number
     * @return this suite
     */
    public ConformanceSuite resourceCounts(Map<String, Integer> counts) {
        this.resourceCounts = Map.copyOf(require(counts, "resource counts"));
        return this;
    }

    /**
     * Says whether listing resources with bad credentials must fail.
     *
     * @param refuse false for a connector whose resources need no credentials (a fixture or a
     *     public catalogue), so that listing them with fake credentials is not expected to fail
     * @return this suite
     */
    public ConformanceSuite resourcesRefuseBadCredentials(boolean refuse) {
        this.resourcesRefuseBadCredentials = refuse;
        return this;
    }

    /**
     * Checks the metrics handler.
     *
     * @param event keys added to the event, e.g. {@code last_update}, {@code poll_interval}, {@code resources}
     * @param names metric names that must appear among the points
     * @return this suite
     */
    public ConformanceSuite metrics(Map<String, ?> event, List<String> names) {
        events.put(Command.METRICS, new LinkedHashMap<>(require(event, "metrics event")));
        this.metricNames = List.copyOf(require(names, "metric names"));
        return this;
    }

    /**
     * Checks the logs handler.
     *
     * @param event keys added to the event
     * @param minimum the least number of log records expected
     * @return this suite
     */
    public ConformanceSuite logs(Map<String, ?> event, int minimum) {
        events.put(Command.LOGS, new LinkedHashMap<>(require(event, "logs event")));
        this.minLogs = minimum;
        return this;
    }

    /**
     * Checks the status handler.
     *
     * @param event keys added to the event
     * @param minimum the least number of status entries expected
     * @return this suite
     */
    public ConformanceSuite status(Map<String, ?> event, int minimum) {
        events.put(Command.STATUS, new LinkedHashMap<>(require(event, "status event")));
        this.minStatus = minimum;
        return this;
    }

    /**
     * Checks the spend handler.
     *
     * @param event keys added to the event, e.g. {@code spend_date}
     * @return this suite
     */
    public ConformanceSuite spend(Map<String, ?> event) {
        events.put(Command.SPEND, new LinkedHashMap<>(require(event, "spend event")));
        this.spend = true;
        return this;
    }

    /** {@return one JUnit dynamic test per check, for a {@code @TestFactory}} */
    public Stream<DynamicTest> tests() {
        return checks().stream()
                .map(check -> DynamicTest.dynamicTest(check.name(), () -> {
                    if (check.skipReason() != null) {
                        Assumptions.abort(check.skipReason());
                    }
                    check.body().run();
                }));
    }

    /**
     * Runs every check and fails once, listing each check that failed with its problem.
     *
     * @throws AssertionError naming the connector and every failed check
     */
    public void assertConforms() {
        List<String> failures = new ArrayList<>();
        List<Check> checks = checks();
        for (Check check : checks) {
            if (check.skipReason() != null) {
                continue;
            }
            try {
                check.body().run();
            } catch (AssertionError e) {
                failures.add(check.name() + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(connector.getSimpleName() + " fails " + failures.size() + " of " + checks.size()
                    + " conformance checks:\n- " + String.join("\n- ", failures));
        }
    }

    private record Check(String name, String skipReason, Runnable body) {}

    private List<Check> checks() {
        String noCredentials = credentials == null ? missingCredentials : null;
        String noFakes = fakes() == null ? "no fake credentials: give credentials(...) or fakeCredentials(...)" : null;
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(
                "resources are listed with the expected counts per type",
                noCredentials,
                () -> assertResourceCounts(run(Command.RESOURCES, credentials), resourceCounts)));
        checks.add(new Check(
                "valid credentials are accepted with {\"ok\": true}",
                noCredentials,
                () -> assertCredentialsAccepted(run(Command.VALIDATE_CREDENTIALS, credentials))));
        checks.add(new Check(
                "empty credentials are refused",
                null,
                () -> assertCredentialsRefused(run(Command.VALIDATE_CREDENTIALS, Map.of()))));
        checks.add(new Check(
                "fake credentials are refused",
                noFakes,
                () -> assertCredentialsRefused(run(Command.VALIDATE_CREDENTIALS, fakes()))));
        if (resourcesRefuseBadCredentials) {
            checks.add(new Check("resources with fake credentials fail with an error type", noFakes, () -> {
                HandlerResult result = run(Command.RESOURCES, fakes());
                if ("ValidationError".equals(assertFailed(result))) {
                    throw new AssertionError("expected the credentials to be refused, got a result of the"
                            + " wrong shape: " + result.errorMessage().orElse(""));
                }
            }));
        }
        if (metricNames != null) {
            checks.add(new Check(
                    "metrics come back with " + metricNames,
                    noCredentials,
                    () -> assertMetricNames(run(Command.METRICS, credentials), metricNames)));
        }
        if (minLogs != null) {
            checks.add(new Check(
                    "logs come back, at least " + minLogs,
                    noCredentials,
                    () -> assertEntries(run(Command.LOGS, credentials), minLogs)));
        }
        if (minStatus != null) {
            checks.add(new Check(
                    "status comes back, at least " + minStatus + " entries",
                    noCredentials,
                    () -> assertEntries(run(Command.STATUS, credentials), minStatus)));
        }
        if (spend) {
            checks.add(new Check(
                    "spend comes back", noCredentials, () -> assertSucceeded(run(Command.SPEND, credentials))));
        }
        return checks;
    }

    private Map<String, Object> fakes() {
        if (fakeCredentials != null) {
            return fakeCredentials;
        }
        if (credentials == null) {
            return null;
        }
        Map<String, Object> fakes = new LinkedHashMap<>();
        credentials.keySet().forEach(key -> fakes.put(key, "fake-" + key));
        return fakes;
    }

    private HandlerResult run(Command command, Map<String, Object> withCredentials) {
        Map<String, Object> runEvent = new LinkedHashMap<>(event);
        runEvent.putAll(events.getOrDefault(command, Map.of()));
        runEvent.put(credentialsKey, withCredentials);
        ConnectorHarness harness = ConnectorHarness.of(connector);
        setup.accept(harness);
        return harness.run(command, runEvent);
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("ConformanceSuite: expected " + what + ", got null");
        }
        return value;
    }
}

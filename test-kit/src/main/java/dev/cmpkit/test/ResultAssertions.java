package dev.cmpkit.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Assertions on handler results, each failing with an {@link AssertionError} that names the
 * command, what was expected and what the run gave (its error type and message, or its value).
 */
public final class ResultAssertions {

    private ResultAssertions() {}

    /**
     * Asserts that the run succeeded: exit code 0, no error, and (the runner checked it) a
     * result of the command's shape.
     *
     * @param result the run
     * @return the result value
     */
    public static JsonNode assertSucceeded(HandlerResult result) {
        if (!result.succeeded()) {
            throw new AssertionError(result.command().commandName() + ": expected a successful run, got "
                    + result.describe() + logsOf(result));
        }
        return result.value();
    }

    /**
     * Asserts that the run failed with an error envelope whose {@code exc_type} is not empty.
     *
     * @param result the run
     * @return the error's {@code exc_type}
     */
    public static String assertFailed(HandlerResult result) {
        String type = result.errorType().orElse("");
        if (result.succeeded()
                || result.exitCode() != 1
                || type.isEmpty()
                || !result.value().isNull()) {
            throw new AssertionError(result.command().commandName()
                    + ": expected an error envelope (\"value\": null, an \"exc_type\", exit code 1), got exit code "
                    + result.exitCode() + " and " + result.describe());
        }
        return type;
    }

    /**
     * Asserts that the run failed with the given {@code exc_type}.
     *
     * @param result the run
     * @param excType the expected {@code exc_type}, e.g. {@code "InvalidCredentials"}
     * @return the error's {@code exc_message}
     */
    public static String assertFailedWith(HandlerResult result, String excType) {
        String type = assertFailed(result);
        if (!type.equals(excType)) {
            throw new AssertionError(result.command().commandName() + ": expected an error of type " + excType
                    + ", got " + result.describe());
        }
        return result.errorMessage().orElse("");
    }

    /**
     * Counts a resources result by resource type.
     *
     * @param result a successful {@code resources} run
     * @return the number of resources of each type, sorted by type
     */
    public static Map<String, Integer> resourceCounts(HandlerResult result) {
        JsonNode value = assertSucceeded(result);
        if (!value.isArray()) {
            throw new AssertionError(
                    result.command().commandName() + ": expected a list of resources, got " + result.describe());
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode resource : value) {
            counts.merge(resource.path("type").asText("(no type)"), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Asserts that a resources run listed at least one resource, and exactly the given number of
     * each listed type (types not listed may appear in any number).
     *
     * @param result the {@code resources} run
     * @param expected the expected count per resource type, e.g. {@code {"server": 12}}
     */
    public static void assertResourceCounts(HandlerResult result, Map<String, Integer> expected) {
        Map<String, Integer> counts = resourceCounts(result);
        if (counts.isEmpty()) {
            throw new AssertionError(result.command().commandName() + ": expected resources, got an empty list");
        }
        Map<String, String> wrong = new TreeMap<>();
        expected.forEach((type, count) -> {
            int actual = counts.getOrDefault(type, 0);
            if (actual != count) {
                wrong.put(type, "expected " + count + ", got " + actual);
            }
        });
        if (!wrong.isEmpty()) {
            throw new AssertionError(result.command().commandName() + ": wrong number of resources by type: " + wrong
                    + " (all counts: " + counts + ")");
        }
    }

    /**
     * Asserts that a metrics run reported at least one point of each given metric name.
     *
     * @param result the {@code metrics} run
     * @param names the metric names that must appear, e.g. {@code ["cpu-usage"]}
     */
    public static void assertMetricNames(HandlerResult result, Collection<String> names) {
        Set<String> reported = new LinkedHashSet<>(namesIn(assertSucceeded(result), "metrics", "metric"));
        List<String> missing =
                names.stream().filter(name -> !reported.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError(result.command().commandName() + ": expected metrics " + missing
                    + " among the points, got only " + reported);
        }
    }

    /**
     * Asserts that a logs or status run reported at least {@code minimum} entries.
     *
     * @param result the {@code logs} or {@code status} run
     * @param minimum the least number of entries
     * @return the number of entries
     */
    public static int assertEntries(HandlerResult result, int minimum) {
        String key = result.command() == Command.STATUS ? "status" : "logs";
        JsonNode list = assertSucceeded(result).path(key);
        if (list.size() < minimum) {
            throw new AssertionError(result.command().commandName() + ": expected at least " + minimum + " entries in "
                    + key + ", got " + list.size());
        }
        return list.size();
    }

    /**
     * Asserts that a credentials check answered exactly {@code {"ok": true}}.
     *
     * @param result the {@code validate-credentials} run
     */
    public static void assertCredentialsAccepted(HandlerResult result) {
        JsonNode value = assertSucceeded(result);
        if (!value.path("ok").isBoolean() || !value.path("ok").booleanValue()) {
            throw new AssertionError(result.command().commandName() + ": expected {\"ok\": true}, got " + value);
        }
    }

    /**
     * Asserts that a credentials check refused the credentials: {@code {"ok": false, ...}} or an
     * error envelope other than a result of the wrong shape ({@code ValidationError}).
     *
     * @param result the {@code validate-credentials} run
     */
    public static void assertCredentialsRefused(HandlerResult result) {
        if (result.succeeded()) {
            JsonNode ok = result.value().path("ok");
            if (ok.isBoolean() && !ok.booleanValue()) {
                return;
            }
            throw new AssertionError(result.command().commandName()
                    + ": expected the credentials to be refused ({\"ok\": false} or an error), got " + result.value());
        }
        String type = assertFailed(result);
        if (type.equals("ValidationError")) {
            throw new AssertionError(result.command().commandName()
                    + ": expected the credentials to be refused, got a result of the wrong shape: "
                    + result.errorMessage().orElse(""));
        }
    }

    private static List<String> namesIn(JsonNode value, String list, String field) {
        return java.util.stream.StreamSupport.stream(value.path(list).spliterator(), false)
                .map(item -> item.path(field).asText())
                .toList();
    }

    private static String logsOf(HandlerResult result) {
        String logs = result.logs();
        if (logs.isBlank()) {
            return "";
        }
        return "\nhandler output:\n" + (logs.length() > 2000 ? logs.substring(0, 2000) + "…" : logs);
    }
}

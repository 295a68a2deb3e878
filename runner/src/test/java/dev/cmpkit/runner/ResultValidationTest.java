package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Raw results (maps and lists, as Python connectors return them) are checked against their
 * kind's shape: a valid one passes unchanged, and taking away any required key gives the
 * {@code ValidationError} envelope naming the key's path.
 */
class ResultValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TIME = "2024-06-01T12:00:00Z";

    @TempDir
    Path dir;

    /** One valid raw result per kind, with every optional key set where it nests a required one. */
    static Stream<Arguments> validResults() {
        return Stream.of(
                Arguments.of(
                        "metrics",
                        "{\"metrics\": [{\"metric\": \"cpu-usage\", \"value\": 12.5, \"time\": \""
                                + TIME
                                + "\", \"resource_id\": \"6a0d\", \"provider_id\": \"i-1\"}], \"last_update\": \""
                                + TIME
                                + "\"}"),
                Arguments.of(
                        "spend",
                        "{\"currency\": \"EUR\", \"spend_date\": \"2024-06-01\", \"items\": "
                                + "[{\"remote_id\": \"i-1\", \"resource_type\": \"server\", \"amount\": 1.5}], "
                                + "\"amount\": [{\"remote_id\": \"i-1\", \"amount\": 1.5}]}"),
                Arguments.of(
                        "logs",
                        "{\"logs\": [{\"message\": \"boot\", \"severity\": \"INFO\", \"time\": \"" + TIME
                                + "\"}], \"last_update\": \"1717243200000\"}"),
                Arguments.of("status", "{\"status\": [{\"level\": 0, \"time\": \"" + TIME + "\"}]}"),
                Arguments.of("validate-credentials", "{\"ok\": true}"),
                Arguments.of(
                        "resources",
                        "[{\"id\": \"i-1\", \"type\": \"server\", \"base\": {\"name\": \"web\","
                                + " \"provider_created_at\": null, \"last_seen_at\": \"" + TIME
                                + "\", \"regions\": []},"
                                + " \"connections\": {}, \"metadata\": {}, \"details\": {\"server\": {\"cpu_cores\": 2,"
                                + " \"cpu_hz\": null, \"ram_b\": null, \"volumes_b\": null, \"instance_type\": null,"
                                + " \"state\": \"running\", \"provider_state\": \"unknown\", \"ip_addresses\": [],"
                                + " \"image_detail\": null}}}]"));
    }

    @ParameterizedTest
    @MethodSource("validResults")
    void aValidRawResultIsPrintedAsItIs(String command, String result) throws IOException {
        JsonNode value = run(command, JSON.readTree(result)).value();
        assertEquals(JSON.readTree(result), value);
    }

    /** Every required key of every kind: the command, the valid result, the path of the key to take away. */
    static Stream<Arguments> requiredKeys() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (Arguments valid : validResults().toList()) {
            String command = (String) valid.get()[0];
            JsonNode result = JSON.readTree((String) valid.get()[1]);
            for (String path : requiredPaths(command)) {
                cases.add(Arguments.of(command, result, path));
            }
        }
        return cases.stream();
    }

    private static List<String> requiredPaths(String command) {
        return switch (command) {
            case "metrics" -> List.of("metrics", "metrics.0.metric", "metrics.0.value", "metrics.0.time");
            case "spend" ->
                List.of(
                        "currency",
                        "spend_date",
                        "items",
                        "items.0.remote_id",
                        "items.0.resource_type",
                        "items.0.amount",
                        "amount.0.remote_id",
                        "amount.0.amount");
            case "logs" -> List.of("logs", "logs.0.message", "logs.0.severity", "logs.0.time");
            case "status" -> List.of("status", "status.0.level", "status.0.time");
            case "validate-credentials" -> List.of("ok");
            default ->
                List.of(
                        "0.id",
                        "0.type",
                        "0.base",
                        "0.connections",
                        "0.metadata",
                        "0.base.name",
                        "0.base.last_seen_at",
                        "0.base.provider_created_at",
                        "0.details",
                        "0.details.server.state",
                        "0.details.server.cpu_cores");
        };
    }

    @ParameterizedTest(name = "{0} without {2}")
    @MethodSource("requiredKeys")
    void aMissingRequiredKeyIsAValidationErrorNamingItsPath(String command, JsonNode valid, String path)
            throws IOException {
        JsonNode error = run(command, without(valid, path)).error();
        assertEquals("ValidationError", error.get("exc_type").asText());
        JsonNode messages = JSON.readTree(error.get("exc_message").asText());
        assertTrue(messages.isArray() && messages.size() > 0, error::toString);
        String expected = "result." + path;
        boolean named = false;
        for (JsonNode message : messages) {
            named |= message.asText().startsWith(expected + ":");
        }
        assertTrue(named, () -> "no message names " + expected + ": " + messages);
    }

    @Test
    void valuesOutsideTheirSetAreNamedToo() throws IOException {
        ObjectNode status = (ObjectNode) JSON.readTree("{\"status\": [{\"level\": 3, \"time\": \"" + TIME + "\"}]}");
        String message = run("status", status).error().get("exc_message").asText();
        assertTrue(message.contains("result.status.0.level"), message);
        ObjectNode spend = (ObjectNode)
                JSON.readTree("{\"currency\": \"CHF\", \"spend_date\": \"2024-06-01\"," + " \"items\": []}");
        assertTrue(run("spend", spend).error().get("exc_message").asText().contains("result.currency"));
        ObjectNode metrics = (ObjectNode) JSON.readTree(
                "{\"metrics\": [{\"metric\": \"cpu\", \"value\": 1," + " \"time\": \"2024-06-01 12:00\"}]}");
        assertTrue(run("metrics", metrics).error().get("exc_message").asText().contains("result.metrics.0.time"));
    }

    @Test
    void noValidatePrintsWhatTheHandlerReturned() throws IOException {
        JsonNode odd = JSON.readTree("{\"anything\": [1, 2]}");
        assertEquals(odd, run("metrics", odd, "--no-validate").value());
    }

    private RunResult run(String command, JsonNode result, String... more) throws IOException {
        ObjectNode event = JSON.createObjectNode();
        event.set("result", result);
        Path file = Files.writeString(dir.resolve("event.json"), JSON.writeValueAsString(event));
        List<String> args = new ArrayList<>(List.of(command, "-c", "raw", file.toString()));
        args.addAll(List.of(more));
        return RunResult.run(args.toArray(String[]::new));
    }

    /** A deep copy of {@code node} with the member at the dotted {@code path} removed. */
    private static JsonNode without(JsonNode node, String path) {
        JsonNode copy = node.deepCopy();
        String[] parts = path.split("\\.", -1);
        JsonNode parent = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        } else {
            ((ObjectNode) parent).remove(last);
        }
        return copy;
    }
}

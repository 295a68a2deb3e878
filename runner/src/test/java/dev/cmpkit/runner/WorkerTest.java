package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}: one envelope line per input line, in order, each with its own logs and secrets;
 * failures and bad lines are answered and the worker goes on.
 */
class WorkerTest {

    @TempDir
    Path dir;

    private static List<JsonNode> envelopes(RunResult result, int expected) {
        assertEquals(0, result.exitCode(), result::err);
        List<String> lines = result.out().lines().toList();
        assertEquals(expected, lines.size(), result::out);
        return lines.stream().map(RunResult::parse).toList();
    }

    @Test
    void eachLineGetsItsOwnEnvelopeInOrderWithItsOwnLogsAndSecrets() {
        String input = """
                {"kind": "status", "event": {}, "secrets": {"provider_token": "tok-first"}}
                {"kind": "resources", "event": {"n": 2}, "config": {"region": "eu"}}
                {"kind": "status", "event": {}, "secrets": {"provider_token": "tok-third"}}
                """;
        RunResult result = RunResult.runWithInput(input, "serve", "-c", "echo", "--no-validate");
        List<JsonNode> envelopes = envelopes(result, 3);

        JsonNode first = envelopes.get(0);
        assertEquals("IllegalStateException", first.get("error").get("exc_type").asText());
        assertEquals(
                "calling the provider with <redacted:provider_token>\n",
                first.get("logs").asText());
        assertFalse(first.toString().contains("tok-first"), first::toString);

        JsonNode second = envelopes.get(1);
        assertTrue(second.get("error").isNull(), second::toString);
        assertEquals("", second.get("logs").asText(), "the second event printed nothing");
        assertEquals(2, second.get("value").get("event").get("n").asInt());
        assertEquals("eu", second.get("value").get("config").get("region").asText());
        assertEquals(0, second.get("value").get("secret_names").size(), "no secrets given to the second event");

        JsonNode third = envelopes.get(2);
        assertEquals(
                "calling the provider with <redacted:provider_token>\n",
                third.get("logs").asText());
        assertFalse(result.out().contains("tok-third") || result.err().contains("tok-third"), result::out);
    }

    @Test
    void anEnvelopeIsTheOneASingleRunPrints() {
        String result = "{\"ok\": false, \"message\": \"no key\"}";
        Path event = write("event.json", "{\"result\": " + result + "}");
        RunResult single = RunResult.run("validate-credentials", "-c", "raw", event.toString());
        RunResult served = RunResult.runWithInput(
                "{\"kind\": \"validate-credentials\", \"event\": {\"result\": " + result + "}}\n",
                "serve",
                "-c",
                "raw");
        assertEquals(single.out(), served.out());

        RunResult invalid = RunResult.runWithInput("""
                {"kind": "metrics", "event": {"result": {"metrics": [{}]}}}
                {"kind": "metrics", "event": {"result": {"metrics": [{}]}}}
                """, "serve", "-c", "raw");
        List<JsonNode> envelopes = envelopes(invalid, 2);
        assertEquals(
                "ValidationError", envelopes.get(0).get("error").get("exc_type").asText());
        assertEquals(envelopes.get(0), envelopes.get(1), "the compiled check gives the same answer twice");

        RunResult unchecked = RunResult.runWithInput(
                "{\"kind\": \"metrics\", \"event\": {\"result\": {\"metrics\": [{}]}}}\n",
                "serve",
                "-c",
                "raw",
                "--no-validate");
        assertTrue(envelopes(unchecked, 1).get(0).get("error").isNull(), unchecked::out);
    }

    @Test
    void aLineThatIsNotAnEventIsABadEventAndTheWorkerGoesOn() {
        List<String> bad = List.of(
                "not json",
                "[1, 2]",
                "",
                "{\"kind\": \"inventory\", \"event\": {}}",
                "{\"kind\": 7, \"event\": {}}",
                "{\"event\": {}}",
                "{\"kind\": \"resources\"}",
                "{\"kind\": \"resources\", \"event\": [\"secret-looking\"]}",
                "{\"kind\": \"resources\", \"event\": {}, \"secrets\": \"s3cr3t\"}",
                "{\"kind\": \"resources\", \"event\": {}, \"extra\": 1}",
                "{\"kind\": \"resources\", \"event\": {}} trailing");
        String input = String.join("\n", bad) + "\n{\"kind\": \"resources\", \"event\": {\"last\": true}}\n";
        RunResult result = RunResult.runWithInput(input, "serve", "-c", "echo", "--no-validate");
        List<JsonNode> envelopes = envelopes(result, bad.size() + 1);
        for (int i = 0; i < bad.size(); i++) {
            JsonNode error = envelopes.get(i).get("error");
            String line = bad.get(i);
            assertEquals("BadEvent", error.get("exc_type").asText(), () -> line + " -> " + error);
            String message = error.get("exc_message").asText();
            assertTrue(message.startsWith("line " + (i + 1) + " "), message);
            assertFalse(message.contains("s3cr3t") || message.contains("secret-looking"), message);
            assertTrue(envelopes.get(i).get("value").isNull());
        }
        assertTrue(
                envelopes.get(bad.size()).get("value").get("event").get("last").asBoolean());
    }

    @Test
    void aHandlerThatRunsOutOfMemoryIsAnsweredAndTheWorkerGoesOn() throws Exception {
        Path input = write("events.jsonl", """
                {"kind": "resources", "event": {}}
                {"kind": "logs", "event": {}}
                {"kind": "resources", "event": {}}
                {"kind": "spend", "event": {}}
                """);
        Path out = dir.resolve("out.jsonl");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx48m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CmpRunner.class.getName(),
                        "serve",
                        "-c",
                        "trouble")
                .redirectInput(input.toFile())
                .redirectOutput(out.toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the worker did not finish");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("err.txt")));
        List<JsonNode> envelopes = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .map(RunResult::parse)
                .toList();
        assertEquals(4, envelopes.size(), envelopes::toString);
        assertEquals("OutOfMemoryError", excType(envelopes.get(0)));
        assertFalse(excType(envelopes.get(1)).isEmpty(), "the exception that cannot describe itself");
        assertEquals("OutOfMemoryError", excType(envelopes.get(2)), "memory is back for the next event");
        assertEquals("UnsupportedOperationException", excType(envelopes.get(3)));
    }

    private static String excType(JsonNode envelope) {
        return envelope.get("error").get("exc_type").asText();
    }

    @Test
    void serveTakesOnlyTheWorkersOptions() {
        RunResult pretty = RunResult.run("serve", "--pretty");
        assertEquals(2, pretty.exitCode());
        assertTrue(pretty.err().contains("Unknown option: '--pretty'"), pretty.err());
        RunResult file = RunResult.run("serve", "event.json");
        assertEquals(2, file.exitCode());
        assertTrue(file.err().contains("Unmatched argument at index 1: 'event.json'"), file.err());
        RunResult help = RunResult.run("serve", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("\"kind\"") && help.out().contains("--connector"), help.out());
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package dev.cmpkit.examples.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples' main class as a separate process: real exit codes, real standard streams. */
class AcmeProcessTest {

    @TempDir
    Path dir;

    private record Exit(int code, String out, String err) {}

    private Exit java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                AcmeMain.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(dir.toFile(), "stdin.txt")))
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the runner did not finish within 60 s");
        return new Exit(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void withoutArgumentsItPrintsTheInventoryAsPrettyJson() throws Exception {
        Files.writeString(dir.resolve("stdin.txt"), "");
        Exit exit = java();
        assertEquals(0, exit.code(), exit.err());
        assertTrue(exit.out().startsWith("{\n  \"value\" : [ {\n    \"id\" : \"i-7f3a9c01\",\n"), exit.out());
        JsonNode envelope = Runs.JSON.readTree(exit.out());
        assertEquals(40, envelope.get("value").size());
        envelope.get("value").forEach(WireShape::check);
        assertTrue(envelope.get("error").isNull());
        assertEquals(
                "info\tTarget(customer: None,account: None, resource: None): mapped 40 resources of Acme account "
                        + "acme-7731" + System.lineSeparator(),
                exit.err());
    }

    @Test
    void aBadEventFileExitsWithOneAndNamesTheFile() throws Exception {
        Files.writeString(dir.resolve("stdin.txt"), "");
        Path bad = dir.resolve("bad-event.json");
        Files.writeString(bad, "{ not json");
        Exit exit = java("resources", bad.toString());
        assertEquals(1, exit.code(), exit.err());
        JsonNode error = Runs.JSON.readTree(exit.out()).get("error");
        assertTrue(
                error.get("exc_message").asText().startsWith("event file '" + bad + "' is not valid JSON at line 1"),
                error.toString());
    }

    @Test
    void anEventCanBePipedIn() throws Exception {
        Files.writeString(
                dir.resolve("stdin.txt"),
                "{\"credentials\": {\"api_key\": \"acme-demo-key\", "
                        + "\"api_secret\": \"correct-horse-battery-staple\"}}");
        Exit exit = java("validate-credentials", "--connector", "acme", "-");
        assertEquals(0, exit.code(), exit.out() + exit.err());
        assertEquals(true, Runs.JSON.readTree(exit.out()).get("value").get("ok").asBoolean());
    }

    @Test
    void anUnknownCommandIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("stdin.txt"), "");
        Exit exit = java("inventory");
        assertEquals(2, exit.code());
        assertEquals("", exit.out());
        assertTrue(exit.err().contains("Unmatched argument at index 0: 'inventory'"), exit.err());
    }
}

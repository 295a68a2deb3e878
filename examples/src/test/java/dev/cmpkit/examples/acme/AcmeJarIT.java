package dev.cmpkit.examples.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cmpkit.runner.ResultCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged jar as a user runs it, {@code java -jar cmpkit-examples.jar <command>
 * events/<command>.json}, for every command: the envelope's value has its kind's shape, checked
 * by the runner's own validator. Runs after {@code package}, so it sees the shaded jar.
 */
class AcmeJarIT {

    private static final Path JAR = Path.of("target", "cmpkit-examples.jar");

    @TempDir
    Path dir;

    private JsonNode run(String command) throws IOException, InterruptedException {
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        JAR.toString(),
                        command,
                        Path.of("events", command + ".json").toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), command + " did not finish within 60 s");
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> command + ": " + stdout + readQuietly(err));
        JsonNode envelope = Runs.JSON.readTree(stdout);
        assertEquals(List.of("value", "logs", "error"), Runs.fieldNames(envelope), stdout);
        assertTrue(envelope.get("error").isNull(), stdout);
        return envelope.get("value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"resources", "metrics", "spend", "logs", "status", "validate-credentials"})
    void everyCommandPrintsAValueOfItsKindsShape(String command) throws Exception {
        JsonNode value = run(command);
        assertEquals(List.of(), ResultCheck.problems(command, value), command + ": " + value);
        switch (command) {
            case "resources" -> assertEquals(40, value.size());
            case "metrics" -> assertTrue(value.get("metrics").size() > 0 && value.has("last_update"), value::toString);
            case "spend" -> assertTrue(value.get("items").size() > 0, value::toString);
            case "logs" -> assertTrue(value.get("logs").size() > 0, value::toString);
            case "status" -> assertTrue(value.get("status").size() > 0, value::toString);
            default -> assertEquals("{\"ok\":true}", value.toString());
        }
    }

    @Test
    void metricPointsCarryTheEventsCmpIdsBesideTheAcmeIds() throws Exception {
        JsonNode event = Runs.JSON.readTree(Path.of("events", "metrics.json").toFile());
        Map<String, String> cmpIdByAcmeId = new HashMap<>();
        event.get("resources")
                .forEach(resource -> cmpIdByAcmeId.put(
                        resource.get("provider_id").asText(), resource.get("id").asText()));
        JsonNode points = run("metrics").get("metrics");
        for (JsonNode point : points) {
            String acmeId = point.get("provider_id").asText();
            assertEquals(cmpIdByAcmeId.get(acmeId), point.get("resource_id").asText(), point.toString());
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }
}

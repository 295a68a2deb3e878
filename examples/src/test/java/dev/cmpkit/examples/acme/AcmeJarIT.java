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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged jar as a user runs it, {@code java -jar cmpkit-examples.jar <command>
 * events/<command>.json}, for every command: the envelope's value has its kind's shape, checked
 * by the runner's own validator; and the launcher {@code bin/cmpkit-examples} (with the class-data
 * archive trained at package time, without it, and with a stale one) and the {@code serve} worker
 * print the same envelopes. Runs after {@code package}, so it sees the shaded jar.
 */
class AcmeJarIT {

    private static final Path JAR = Path.of("target", "cmpkit-examples.jar");
    private static final Path LAUNCHER = Path.of("target", "bin", "cmpkit-examples");
    private static final Path ARCHIVE = Path.of("target", "cmpkit-examples.jsa");

    private static final List<String> COMMANDS =
            List.of("resources", "metrics", "spend", "logs", "status", "validate-credentials");

    /** A timestamp: resources are stamped when written, and some results are about the time of the run. */
    private static final Pattern TIMESTAMP =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?Z");

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

    /** What a process printed and returned. */
    private record Printed(int exitCode, String out, String err) {}

    private Printed start(List<String> command, Path input, Map<String, String> env) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), command + " did not finish within 60 s");
        return new Printed(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String event(String command) {
        return Path.of("events", command + ".json").toString();
    }

    /** The envelope with every timestamp replaced, so that runs at different moments compare equal. */
    private static String timeless(String envelope) {
        return TIMESTAMP.matcher(envelope).replaceAll("<time>");
    }

    /** The launcher runs with the JVM of this build, as a user's JAVA_HOME would select it. */
    private static Map<String, String> javaHome() {
        return Map.of("JAVA_HOME", System.getProperty("java.home"));
    }

    @Test
    void theLauncherAndTheWorkerPrintTheEnvelopesJavaJarPrints() throws Exception {
        StringBuilder lines = new StringBuilder();
        List<String> expected = new java.util.ArrayList<>();
        for (String command : COMMANDS) {
            Printed jar = start(List.of(java(), "-jar", JAR.toString(), command, event(command)), null, Map.of());
            assertEquals(0, jar.exitCode(), jar::err);
            Printed launcher = start(List.of(LAUNCHER.toString(), command, event(command)), null, javaHome());
            assertEquals(0, launcher.exitCode(), launcher::err);
            assertEquals(timeless(jar.out()), timeless(launcher.out()), command);
            assertEquals(
                    timeless(jar.err()),
                    timeless(launcher.err()),
                    command + ": the handler's output on standard error");
            expected.add(timeless(jar.out().strip()));
            lines.append("{\"kind\": \"")
                    .append(command)
                    .append("\", \"event\": ")
                    .append(Files.readString(Path.of(event(command))).replace('\n', ' '))
                    .append("}\n");
        }
        Path input = Files.writeString(dir.resolve("events.jsonl"), lines);
        for (List<String> worker :
                List.of(List.of(java(), "-jar", JAR.toString(), "serve"), List.of(LAUNCHER.toString(), "serve"))) {
            Printed served = start(worker, input, javaHome());
            assertEquals(0, served.exitCode(), served::err);
            assertEquals(
                    expected,
                    served.out().lines().map(AcmeJarIT::timeless).toList(),
                    () -> worker + " answered differently");
        }
    }

    @Test
    void theLauncherMapsTheArchivedClasses() throws Exception {
        assertTrue(Files.isRegularFile(ARCHIVE), "package trains " + ARCHIVE);
        Path classes = dir.resolve("classes.log");
        Printed run = start(
                List.of(LAUNCHER.toString(), "resources", event("resources")),
                null,
                Map.of(
                        "JAVA_HOME",
                        System.getProperty("java.home"),
                        "CMPKIT_JAVA_OPTS",
                        "-Xlog:class+load=info:file=" + classes));
        assertEquals(0, run.exitCode(), run::err);
        List<String> loaded = Files.readAllLines(classes);
        long shared = loaded.stream()
                .filter(line -> line.contains("source: shared objects file"))
                .count();
        assertTrue(
                shared > loaded.size() * 9 / 10,
                () -> "only " + shared + " of " + loaded.size() + " classes came from the archive");
    }

    @Test
    void theLauncherRunsWithoutItsArchiveOrWithAStaleOne() throws Exception {
        Path copy = dir.resolve("connector");
        Files.createDirectories(copy.resolve("bin"));
        Path launcher = Files.copy(LAUNCHER, copy.resolve("bin").resolve("cmpkit-examples"));
        Path jar = Files.copy(JAR, copy.resolve("cmpkit-examples.jar"));
        Files.copy(ARCHIVE, copy.resolve("cmpkit-examples.jsa"));
        Printed expected = start(List.of(java(), "-jar", JAR.toString(), "status", event("status")), null, Map.of());

        // A copied jar is not the jar the archive was trained with: the JVM says so and runs without it.
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(0));
        Printed stale = start(List.of(launcher.toString(), "status", event("status")), null, javaHome());
        assertEquals(0, stale.exitCode(), stale::err);
        assertEquals(timeless(expected.out()), timeless(stale.out()));

        Files.delete(copy.resolve("cmpkit-examples.jsa"));
        Printed plain = start(List.of(launcher.toString(), "status", event("status")), null, javaHome());
        assertEquals(0, plain.exitCode(), plain::err);
        assertEquals(timeless(expected.out()), timeless(plain.out()));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }
}

package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written command line: option forms, order, and every usage error with its message. */
class RunnerCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void optionsInAnyOrderAndEitherFormGiveTheSameRun() throws IOException {
        Path event = Files.writeString(dir.resolve("event.json"), "{\"account_id\": \"a-1\"}");
        Path config = Files.writeString(dir.resolve("config.json"), "{\"region\": \"eu\"}");
        String expected = RunResult.run(
                        "resources", "-c", "echo", "--config", config.toString(), "--no-validate", event.toString())
                .value()
                .toString();
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 50; i++) {
            List<List<String>> parts = new ArrayList<>();
            parts.add(random.nextBoolean() ? List.of("-c", "echo") : List.of("--connector=echo"));
            parts.add(random.nextBoolean() ? List.of("--config", config.toString()) : List.of("--config=" + config));
            parts.add(List.of("--no-validate"));
            parts.add(List.of(event.toString()));
            Collections.shuffle(parts, random);
            List<String> args = new ArrayList<>(List.of("resources"));
            parts.forEach(args::addAll);
            RunResult run = RunResult.run(args.toArray(String[]::new));
            assertEquals(expected, run.value().toString(), () -> "seed " + seed + ": " + args);
        }
    }

    @Test
    void aDashReadsTheEventFromStandardInput() {
        RunResult run =
                RunResult.runWithInput("{\"from\": \"stdin\"}", "resources", "-c", "echo", "-", "--no-validate");
        assertEquals("stdin", run.value().get("event").get("from").asText());
    }

    @Test
    void everyUsageErrorNamesTheProblemAndPrintsTheUsage() {
        assertUsageError("Missing required parameter for option '--config' (FILE)", "resources", "--config");
        assertUsageError("option '--connector' should be specified only once", "resources", "-c", "a", "-c", "b");
        assertUsageError("option '--pretty' takes no value, got 'yes'", "resources", "--pretty=yes");
        assertUsageError("Unmatched argument at index 2: 'b.json'", "resources", "a.json", "b.json");
        assertUsageError(
                "Invalid value for option '--timeout': 'soon' is not a long number", "status", "--timeout", "soon");
        assertUsageError("Unknown option: '-x'", "-x");
    }

    private static void assertUsageError(String message, String... args) {
        RunResult run = RunResult.run(args);
        assertEquals(2, run.exitCode(), run::err);
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(message + "\n"), run::err);
        assertTrue(run.err().contains("Usage: cmpkit-run"), run::err);
    }
}

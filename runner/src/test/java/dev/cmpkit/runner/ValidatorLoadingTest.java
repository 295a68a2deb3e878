package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checking a result costs start-up time, so a run loads the schema checks only to check one: with
 * {@code --no-validate} not one of their classes is loaded. A checked run loads neither a general
 * JSON Schema validator nor Jackson's data binding. Checked in a fresh JVM that logs every class
 * it loads.
 */
class ValidatorLoadingTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theValidatorIsLoadedOnlyWhenAResultIsChecked(boolean validate) throws Exception {
        Path event = Files.writeString(dir.resolve("event.json"), "{\"result\": {\"ok\": true}}");
        Path classes = dir.resolve("classes.log");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes,
                "-cp",
                System.getProperty("java.class.path"),
                CmpRunner.class.getName(),
                "validate-credentials",
                "-c",
                "raw",
                event.toString()));
        if (!validate) {
            command.add("--no-validate");
        }
        Process process = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.json").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the runner did not finish within 60 s");
        String out = Files.readString(dir.resolve("out.json"));
        assertEquals(0, process.exitValue(), out);
        assertEquals("{\"ok\":true}", RunResult.parse(out).get("value").toString());

        String loaded = Files.readString(classes);
        assertTrue(loaded.contains(" dev.cmpkit.runner.HandlerRun "), "the log lists the runner's classes");
        boolean validatorLoaded = loaded.contains(" dev.cmpkit.runner.schema.SchemaCheck ");
        assertFalse(loaded.contains(" com.networknt.schema."), "a general validator was loaded");
        assertFalse(loaded.contains(" com.fasterxml.jackson.databind.ObjectMapper "), "data binding was started");
        if (validate) {
            assertTrue(validatorLoaded, "a checked run loads the validator");
        } else {
            assertFalse(validatorLoaded, "a run with --no-validate loaded the validator");
        }
    }
}

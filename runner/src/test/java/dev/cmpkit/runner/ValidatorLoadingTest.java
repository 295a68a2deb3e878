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
 * The JSON Schema validator costs start-up time, so a run loads it only to check a result: with
 * {@code --no-validate} not one of its classes is loaded. Checked in a fresh JVM that logs every
 * class it loads.
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
        boolean validatorLoaded = loaded.contains(" com.networknt.schema.");
        if (validate) {
            assertTrue(validatorLoaded, "a checked run loads the validator");
        } else {
            assertFalse(validatorLoaded, "a run with --no-validate loaded the validator");
        }
    }
}

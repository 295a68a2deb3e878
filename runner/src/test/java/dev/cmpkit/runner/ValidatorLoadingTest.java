package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a run does not use, it does not load, since every class costs start-up time. Checking a
 * result loads the schema checks, and with {@code --no-validate} not one of their classes is
 * loaded; a checked run loads neither a general JSON Schema validator nor Jackson's data binding;
 * with the CMP API configured, as the platform always does, the HTTP client and TLS are set up
 * only when a request is made. Checked in a fresh JVM that logs every class it loads.
 */
class ValidatorLoadingTest {

    @TempDir
    Path dir;

    /** Runs {@code validate-credentials} of the raw test connector; returns the class-load log. */
    private String loadedBy(List<String> options, Map<String, String> environment) throws Exception {
        Path event = Files.writeString(dir.resolve("event.json"), "{\"result\": {\"ok\": true}}");
        Path classes = dir.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes,
                "-cp",
                System.getProperty("java.class.path"),
                CmpRunner.class.getName(),
                "validate-credentials",
                "-c",
                "raw",
                event.toString()));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.json").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the runner did not finish within 60 s");
        String out = Files.readString(dir.resolve("out.json"));
        assertEquals(0, process.exitValue(), out);
        assertEquals("{\"ok\":true}", RunResult.parse(out).get("value").toString());
        String loaded = Files.readString(classes);
        assertTrue(loaded.contains(" dev.cmpkit.runner.HandlerRun "), "the log lists the runner's classes");
        return loaded;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theValidatorIsLoadedOnlyWhenAResultIsChecked(boolean validate) throws Exception {
        String loaded = loadedBy(validate ? List.of() : List.of("--no-validate"), Map.of());
        boolean validatorLoaded = loaded.contains(" dev.cmpkit.runner.schema.SchemaCheck ");
        assertFalse(loaded.contains(" com.networknt.schema."), "a general validator was loaded");
        assertFalse(loaded.contains(" com.fasterxml.jackson.databind.ObjectMapper "), "data binding was started");
        if (validate) {
            assertTrue(validatorLoaded, "a checked run loads the validator");
        } else {
            assertFalse(validatorLoaded, "a run with --no-validate loaded the validator");
        }
    }

    @Test
    void aConfiguredCmpApiThatIsNotCalledSetsUpNoHttpClient() throws Exception {
        String loaded = loadedBy(List.of(), Map.of("CMP_URL", "http://127.0.0.1:9/api", "CMP_ACCESS_TOKEN", "token-1"));
        assertTrue(loaded.contains(" dev.cmpkit.runtime.api.CmpClient "), "the run made its CMP client");
        assertFalse(loaded.contains(" jdk.internal.net.http.HttpClientImpl "), "an HTTP client was made");
        assertFalse(loaded.contains(" sun.security.ssl.SSLContextImpl "), "TLS was set up");
    }
}

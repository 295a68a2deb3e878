package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-process entry point runs the command line with the streams, environment and loader it is given. */
class InProcessRunnerTest {

    private static final ClassLoader LOADER = InProcessRunnerTest.class.getClassLoader();

    private static InProcessRunner.Result run(Map<String, String> env, String stdin, String... args) {
        return InProcessRunner.run(List.of(args), stdin, LOADER, env, Clock.systemUTC(), Path.of("vcr.yaml"));
    }

    @Test
    void theHandlerSeesTheGivenEnvironmentAndStandardInput() {
        InProcessRunner.Result result = run(
                Map.of("CMP_URL", "http://127.0.0.1:9", "NFLEX_MODULE_ID", "m-7"),
                "{\"account_id\": \"a-1\"}",
                "resources",
                "-",
                "--connector",
                "echo",
                "--no-validate");
        assertEquals(0, result.exitCode(), result::stderr);
        JsonNode value = RunResult.parse(result.stdout()).get("value");
        assertEquals("a-1", value.at("/event/account_id").asText());
        assertEquals("m-7", value.get("module_id").asText());
        assertEquals("http://127.0.0.1:9", value.get("api_url").asText());
    }

    @Test
    void whatTheHandlerPrintsGoesToTheGivenErrorStreamAndTheLogs() {
        InProcessRunner.Result result = run(Map.of(), "", "metrics", "--connector", "echo", "--no-validate");
        assertEquals(0, result.exitCode(), result::stderr);
        String logs = RunResult.parse(result.stdout()).get("logs").asText();
        assertTrue(logs.startsWith("printed to stdout\nprinted to stderr\n"), logs);
        assertEquals(logs, result.stderr());
    }

    @Test
    void aCommandLineThatDoesNotParseExitsWithTwoAndTheUsage() {
        InProcessRunner.Result result = run(Map.of(), "", "list");
        assertEquals(2, result.exitCode());
        assertEquals("", result.stdout());
        assertTrue(result.stderr().contains("Unmatched argument"), result.stderr());
    }

    @Test
    void missingArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> InProcessRunner.run(List.of("resources"), "", LOADER, null, Clock.systemUTC(), Path.of("v")));
        assertTrue(e.getMessage().startsWith("InProcessRunner.run: every argument is required"), e.getMessage());
        assertTrue(e.getMessage().contains("env=null"), e.getMessage());
    }
}

package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a handler does, standard output carries exactly one envelope with a non-empty exc_type. */
class RunnerAlwaysAnswersTest {

    @TempDir
    Path dir;

    @Test
    void aHandlerThatRunsOutOfMemoryGetsAnEnvelopeInItsOwnJvm() throws Exception {
        // A child JVM with a small heap, so that the whole test suite's heap is not at stake.
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m",
                "-cp",
                System.getProperty("java.class.path"),
                CmpRunner.class.getName(),
                "resources",
                "-c",
                "trouble");
        Path out = dir.resolve("out.json");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .redirectInput(new File("/dev/null"))
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the runner did not finish");
        assertEquals(1, process.exitValue(), Files.readString(dir.resolve("err.txt")));
        JsonNode envelope = RunResult.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("OutOfMemoryError", envelope.get("error").get("exc_type").asText());
        assertTrue(envelope.get("value").isNull());
    }

    @Test
    void aStackOverflowIsAnError() {
        JsonNode error = RunResult.run("metrics", "-c", "trouble").error();
        assertEquals("StackOverflowError", error.get("exc_type").asText());
    }

    @Test
    void anExceptionWhoseMessageAndTextThrowStillGetsAnEnvelope() {
        JsonNode error = RunResult.run("logs", "-c", "trouble").error();
        assertFalse(error.get("exc_type").asText().isEmpty(), error.toString());
        assertTrue(
                error.get("exc_type").asText().startsWith("dev.cmpkit.testconnectors.TroubleConnector$"),
                error.toString());
        assertTrue(error.get("exc_message").asText().contains("getMessage() of"), error.toString());
    }

    @Test
    void aHandlerThatNeverReturnsIsEndedByTheTimeout() {
        JsonNode error = assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> RunResult.run("status", "-c", "trouble", "--timeout", "1").error());
        assertEquals("Timeout", error.get("exc_type").asText());
        assertEquals(
                "status handler did not return within 1 s (--timeout 1)",
                error.get("exc_message").asText());
    }

    @Test
    void aTimeoutThatIsNotPositiveIsAUsageError() {
        RunResult result = RunResult.run("status", "-c", "trouble", "--timeout", "0");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--timeout must be a positive number of seconds, got 0"), result.err());
    }

    @Test
    void aHandlerThatReturnsInTimeIsUnaffected() {
        assertEquals(
                "dns_zone",
                RunResult.run("resources", "-c", "generic", "--timeout", "30")
                        .value()
                        .get(0)
                        .get("type")
                        .asText());
    }
}

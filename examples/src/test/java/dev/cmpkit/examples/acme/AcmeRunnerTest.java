package dev.cmpkit.examples.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Acme connector through the runner's command line: every command, good and bad input. */
class AcmeRunnerTest {

    @TempDir
    Path dir;

    private String event(String json) throws IOException {
        Path file = dir.resolve("event.json");
        Files.writeString(file, json);
        return file.toString();
    }

    @Test
    void theDefaultCommandListsTheWholeInventoryInTheWireFormat() {
        Runs.Result result = Runs.run(AcmeMain.DEFAULT_ARGS);
        JsonNode value = result.value();
        assertEquals(40, value.size());
        Map<String, Integer> perType = new TreeMap<>();
        for (JsonNode resource : value) {
            WireShape.check(resource);
            perType.merge(resource.get("type").asText(), 1, Integer::sum);
        }
        assertEquals(Map.of("server", 8, "volume", 8, "network", 4, "appliance", 4, "service_offering", 5,
                "compute_pool", 2, "saas_user", 4, "colo_space", 2, "circuit", 3), perType);
        assertEquals("info\tTarget(customer: None,account: None, resource: None): mapped 40 resources of Acme "
                + "account acme-7731\n", result.envelope().get("logs").asText());
        assertEquals(result.envelope().get("logs").asText(), result.err());
    }

    @Test
    void theEventsIdsReachTheLogger() throws IOException {
        String file = event("{\"customer_id\": \"c-1\", \"account_id\": \"a-2\"}");
        Runs.Result result = Runs.run("resources", "-c", "acme", file);
        assertEquals(40, result.value().size());
        assertTrue(result.envelope().get("logs").asText().startsWith("info\tTarget(customer: c-1,account: a-2, "
                + "resource: None): "), result.envelope().toString());
    }

    @Test
    void metricsAreConvertedForTheEventsInterval() throws IOException {
        // An old last_update: the backfill limit makes the interval exactly one hour from it.
        String file = event("{\"last_update\": \"2026-11-01T00:00:00.000000Z\", \"poll_interval\": 300}");
        Runs.Result result = Runs.run("metrics", "--connector", "acme", file);
        JsonNode points = result.value();
        assertEquals(8 * 12, points.size(), "8 series, one sample every 5 minutes for an hour");
        JsonNode first = points.get(0);
        assertEquals("{\"resource_id\":\"i-7f3a9c01\",\"metric\":\"cpu-usage\",\"unit\":\"percent\",\"counter\":false,"
                + "\"time\":\"2026-11-01T00:00:00Z\",\"value\":" + (0.21 * 100) + "}", first.toString());
        for (JsonNode point : points) {
            String time = point.get("time").asText();
            assertTrue(time.compareTo("2026-11-01T00:00:00Z") >= 0 && time.compareTo("2026-11-01T01:00:00Z") < 0, time);
        }
        String logs = result.envelope().get("logs").asText();
        assertTrue(logs.contains("more than the backfill time"), logs);
        assertTrue(logs.contains("converted 96 metric points from 2026-11-01T00:00:00Z to 2026-11-01T01:00:00Z"), logs);
    }

    @Test
    void metricsWithoutAnEventCoverTheLastPollInterval() {
        JsonNode points = Runs.run("metrics", "-c", "acme").value();
        // 900 s of the default poll interval hold three samples of each of the 8 series.
        assertEquals(24, points.size());
    }

    @Test
    void validCredentialsNameTheAccount() throws IOException {
        String file = event("{\"credentials\": {\"api_key\": \"acme-demo-key\", \"api_secret\": "
                + "\"correct-horse-battery-staple\"}}");
        assertEquals("{\"valid\":true,\"account_id\":\"acme-7731\",\"account_name\":\"Acme Demo Corp\"}",
                Runs.run("validate-credentials", "-c", "acme", file).value().toString());
    }

    @Test
    void wrongOrMissingCredentialsAreInvalidCredentials() throws IOException {
        String wrong = event("{\"credentials\": {\"api_key\": \"acme-demo-key\", \"api_secret\": \"guess\"}}");
        JsonNode error = Runs.run("validate-credentials", "-c", "acme", wrong).error();
        assertEquals("dev.cmpkit.runtime.errors.InvalidCredentialsException", error.get("exc_type").asText());
        assertEquals("Invalid Credentials", error.get("exc_message").asText());
        String trace = error.get("stack_trace").asText();
        assertTrue(trace.contains("at dev.cmpkit.examples.acme.AcmeConnector.validateCredentials("), trace);
        assertTrue(!trace.contains("dev.cmpkit.runner."), trace);

        JsonNode missing = Runs.run("validate-credentials", "-c", "acme").error();
        assertTrue(missing.get("exc_message").asText().startsWith("Invalid Credentials: expected the event to hold"),
                missing.toString());
    }

    @Test
    void aBadEventFileFailsWithItsName() throws IOException {
        String file = event("{\"last_update\": ");
        JsonNode error = Runs.run("resources", "-c", "acme", file).error();
        assertTrue(error.get("exc_message").asText().startsWith("event file '" + file + "' is not valid JSON"),
                error.toString());
    }

    @Test
    void anUnparseableLastUpdateIsReported() throws IOException {
        String file = event("{\"last_update\": \"yesterday\"}");
        JsonNode error = Runs.run("metrics", "-c", "acme", file).error();
        assertEquals("java.lang.IllegalArgumentException", error.get("exc_type").asText());
        assertTrue(error.get("exc_message").asText().contains("yesterday"), error.toString());
    }
}

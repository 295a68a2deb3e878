package dev.cmpkit.examples.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertEquals(AcmeConformanceTest.RESOURCES_PER_TYPE, perType);
        assertEquals(
                "info\tTarget(customer: None,account: None, resource: None): mapped 40 resources of Acme "
                        + "account acme-7731\n",
                result.envelope().get("logs").asText());
        assertEquals(result.envelope().get("logs").asText(), result.err());
    }

    @Test
    void theEventsIdsReachTheLogger() throws IOException {
        String file = event("{\"customer_id\": \"c-1\", \"account_id\": \"a-2\"}");
        Runs.Result result = Runs.run("resources", "-c", "acme", file);
        assertEquals(40, result.value().size());
        assertTrue(
                result.envelope()
                        .get("logs")
                        .asText()
                        .startsWith("info\tTarget(customer: c-1,account: a-2, " + "resource: None): "),
                result.envelope().toString());
    }

    private static final String RESOURCES =
            "\"resources\": [{\"id\": \"uuid-web-01\", \"provider_id\": \"i-7f3a9c01\"},"
                    + " {\"id\": \"uuid-disk\", \"provider_id\": \"d-1003\"}]";

    @Test
    void metricsAreConvertedForTheEventsResourcesAndInterval() throws IOException {
        // An old last_update: the backfill limit makes the interval exactly one hour from it.
        String file =
                event("{\"last_update\": \"2026-11-01T00:00:00.000000Z\", \"poll_interval\": 300, " + RESOURCES + "}");
        Runs.Result result = Runs.run("metrics", "--connector", "acme", file);
        JsonNode value = result.value();
        assertEquals(List.of("metrics", "last_update"), Runs.fieldNames(value));
        assertEquals("2026-11-01T01:00:00Z", value.get("last_update").asText(), "where the next poll starts");
        JsonNode points = value.get("metrics");
        assertEquals(4 * 12, points.size(), "3 series of web-01 and 1 of the disk, every 5 minutes for an hour");
        assertEquals(
                "{\"metric\":\"cpu-usage\",\"value\":" + (0.21 * 100) + ",\"time\":\"2026-11-01T00:00:00Z\","
                        + "\"unit\":\"percent\",\"counter\":false,\"original_metric\":\"cpu_ratio\","
                        + "\"resource_id\":\"uuid-web-01\",\"provider_id\":\"i-7f3a9c01\"}",
                points.get(0).toString());
        for (JsonNode point : points) {
            String time = point.get("time").asText();
            assertTrue(time.compareTo("2026-11-01T00:00:00Z") >= 0 && time.compareTo("2026-11-01T01:00:00Z") < 0, time);
            assertTrue(point.get("resource_id").asText().startsWith("uuid-"), point.toString());
        }
        String logs = result.envelope().get("logs").asText();
        assertTrue(logs.contains("more than the backfill time"), logs);
        assertTrue(logs.contains("converted 48 metric points from 2026-11-01T00:00:00Z to 2026-11-01T01:00:00Z"), logs);
    }

    @Test
    void metricsWithoutResourcesInTheEventAreEmpty() {
        JsonNode value = Runs.run("metrics", "-c", "acme").value();
        assertEquals(0, value.get("metrics").size());
        assertTrue(value.get("last_update").isTextual());
    }

    @Test
    void everyExampleEventGivesAResultOfItsKind() throws IOException {
        for (String command : List.of("resources", "metrics", "spend", "logs", "status", "validate-credentials")) {
            Path event = Path.of("events", command + ".json");
            Runs.Result result = Runs.run(command, "-c", "acme", event.toString());
            JsonNode value = result.value();
            assertTrue(value.isArray() || value.isObject(), command + ": " + value);
            assertEquals(List.of(), dev.cmpkit.runner.ResultCheck.problems(command, value), command);
        }
    }

    @Test
    void spendIsTheDaysBillPerInstance() throws IOException {
        JsonNode report = Runs.run("spend", "-c", "acme", event("{\"spend_date\": \"2026-11-30\"}"))
                .value();
        assertEquals(
                List.of("currency", "spend_date", "items", "amount", "amount_accumulative"), Runs.fieldNames(report));
        assertEquals("USD", report.get("currency").asText());
        assertEquals("2026-11-30", report.get("spend_date").asText());
        assertEquals(7, report.get("items").size(), "every instance but the deleted one");
        JsonNode first = report.get("items").get(0);
        assertEquals(
                "{\"remote_id\":\"i-7f3a9c01\",\"resource_type\":\"server\",\"amount\":2.02,"
                        + "\"amount_accumulative\":60.6}",
                first.toString());
        double sum = 0;
        for (JsonNode item : report.get("items")) {
            sum += item.get("amount").asDouble();
        }
        assertEquals(Math.round(sum * 100) / 100.0, report.get("amount").asDouble(), 1e-9);
    }

    @Test
    void spendOfADayThatIsNotOverIsNoBillingReport() throws IOException {
        String tomorrow =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        JsonNode error = Runs.run("spend", "-c", "acme", event("{\"spend_date\": \"" + tomorrow + "\"}"))
                .error();
        assertEquals("NoBillingReport", error.get("exc_type").asText());
    }

    @Test
    void logsAndStatusReportTheInstancesThatAreNotRunning() {
        JsonNode logs = Runs.run("logs", "-c", "acme").value().get("logs");
        assertEquals(3, logs.size(), logs.toString());
        assertEquals("ERROR", logs.get(0).get("severity").asText(), logs.toString());
        JsonNode status = Runs.run("status", "-c", "acme").value().get("status");
        int worst = 0;
        for (JsonNode entry : status) {
            worst = Math.max(worst, entry.get("level").asInt());
        }
        assertEquals(2, worst, "a halted instance is critical: " + status);
    }

    @Test
    void validCredentialsAreOk() throws IOException {
        String file = event("{\"credentials\": {\"api_key\": \"acme-demo-key\", \"api_secret\": "
                + "\"correct-horse-battery-staple\"}}");
        assertEquals(
                "{\"ok\":true}",
                Runs.run("validate-credentials", "-c", "acme", file).value().toString());
    }

    @Test
    void wrongCredentialsAreInvalidCredentialsAndMissingOnesAreNotOk() throws IOException {
        String wrong = event("{\"credentials\": {\"api_key\": \"acme-demo-key\", \"api_secret\": \"guess\"}}");
        JsonNode error = Runs.run("validate-credentials", "-c", "acme", wrong).error();
        assertEquals("InvalidCredentials", error.get("exc_type").asText());
        assertEquals("Invalid Credentials", error.get("exc_message").asText());
        String trace = error.get("stack_trace").asText();
        assertTrue(trace.contains("at dev.cmpkit.examples.acme.AcmeConnector.validateCredentials("), trace);
        assertTrue(!trace.contains("dev.cmpkit.runner."), trace);

        JsonNode missing = Runs.run("validate-credentials", "-c", "acme").value();
        assertEquals(false, missing.get("ok").asBoolean());
        assertTrue(missing.get("message").asText().startsWith("expected the event to hold"), missing.toString());
    }

    @Test
    void aBadEventFileFailsWithItsName() throws IOException {
        String file = event("{\"last_update\": ");
        JsonNode error = Runs.run("resources", "-c", "acme", file).error();
        assertTrue(
                error.get("exc_message").asText().startsWith("event file '" + file + "' is not valid JSON"),
                error.toString());
    }

    @Test
    void anUnparseableLastUpdateIsReported() throws IOException {
        String file = event("{\"last_update\": \"yesterday\"}");
        JsonNode error = Runs.run("metrics", "-c", "acme", file).error();
        assertEquals("IllegalArgumentException", error.get("exc_type").asText());
        assertTrue(error.get("exc_message").asText().contains("yesterday"), error.toString());
    }
}

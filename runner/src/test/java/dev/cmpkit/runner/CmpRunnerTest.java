package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line end to end, in process: arguments in, envelope and exit code out. */
class CmpRunnerTest {

    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content);
        return path.toString();
    }

    @Test
    void resourcesPassesTheEventFileToTheHandler() throws IOException {
        String event =
                file("event.json", "{\"account_id\": \"a-1\", \"poll_interval\": 300, \"nested\": {\"x\": [1, 2]}}");
        JsonNode value = RunResult.run("resources", "--connector", "echo", "--no-validate", event)
                .value();
        assertEquals(
                new ObjectMapper()
                        .readTree("{\"account_id\": \"a-1\", \"poll_interval\": 300, \"nested\": {\"x\": [1, 2]}}"),
                value.get("event"));
        assertTrue(value.get("module_id").isNull());
        assertFalse(value.get("has_api").asBoolean(), "a run without config has a local context");
    }

    @Test
    void withoutAnEventFileTheEventIsEmpty() {
        RunResult result = RunResult.run("resources", "-c", "echo", "--no-validate");
        assertEquals(0, result.value().get("event").size());
        assertEquals("", result.envelope().get("logs").asText());
    }

    @Test
    void anEventCanComeFromStandardInput() {
        JsonNode value = RunResult.runWithInput(
                        "{\"from\": \"stdin\"}", "resources", "-c", "echo", "--no-validate", "-")
                .value();
        assertEquals("stdin", value.get("event").get("from").asText());
    }

    @Test
    void prettyIndentsTheSameEnvelope() {
        RunResult compact = RunResult.run("resources", "-c", "generic");
        RunResult pretty = RunResult.run("resources", "-c", "generic", "--pretty");
        assertFalse(compact.out().strip().contains("\n"), "compact output is one line");
        assertTrue(pretty.out().contains("\n  \"value\" : ["), pretty.out());
        JsonNode a = compact.value();
        JsonNode b = pretty.value();
        assertEquals(a.size(), b.size());
        assertEquals(a.get(0).get("id"), b.get(0).get("id"));
    }

    @Test
    void resourcesAreWrittenAsTheirWireJson() {
        JsonNode value = RunResult.run("resources", "-c", "generic").value();
        assertEquals(2, value.size());
        JsonNode zone = value.get(0);
        assertEquals(java.util.List.of("id", "type", "base", "connections", "metadata"), RunResult.fieldNames(zone));
        assertEquals("dns_zone", zone.get("type").asText());
        assertEquals(
                java.util.List.of("name", "provider_created_at", "last_seen_at", "regions"),
                RunResult.fieldNames(zone.get("base")));
        assertEquals("eu-1", zone.get("base").get("regions").get(0).get("id").asText());
        assertEquals(
                12, zone.get("metadata").get("provider_specific").get("records").asInt());
        assertEquals(
                "s-1",
                value.get(1).get("connections").get("server").get(0).get("id").asText());
    }

    @Test
    void whatTheHandlerPrintsGoesToStandardErrorAndIntoLogs() {
        RunResult result = RunResult.run("metrics", "-c", "echo", "--no-validate");
        assertEquals("[1,2.5,\"three\"]", result.value().toString());
        String logs = result.envelope().get("logs").asText();
        String logged = "info\tTarget(customer: cust-1,account: acct-2, resource: None): logged ünïcode";
        assertEquals("printed to stdout\nprinted to stderr\n" + logged + "\n", logs.replace("\r\n", "\n"));
        assertEquals(logs, result.err(), "the same lines are shown on standard error as the handler runs");
    }

    @Test
    void aThrowingHandlerGivesAnErrorEnvelopeWithoutRunnerFrames() {
        RunResult result = RunResult.run("resources", "-c", "failing");
        JsonNode error = result.error();
        assertEquals("provider is down", error.get("exc_message").asText());
        assertEquals("IllegalStateException", error.get("exc_type").asText());
        String trace = error.get("stack_trace").asText();
        assertTrue(
                trace.startsWith("java.lang.IllegalStateException: provider is down\n"
                        + "\tat dev.cmpkit.testconnectors.FailingConnector.fetch("),
                trace);
        assertTrue(trace.contains("\tat dev.cmpkit.testconnectors.FailingConnector.getResources("), trace);
        assertTrue(
                trace.contains("Caused by: java.io.UncheckedIOException: java.io.IOException: connection refused"),
                trace);
        assertTrue(trace.contains("Caused by: java.io.IOException: connection refused"), trace);
        assertFalse(trace.contains("dev.cmpkit.runner.HandlerRun"), trace);
        assertFalse(trace.contains("picocli"), trace);
        assertEquals("about to fail\n", result.envelope().get("logs").asText());
    }

    @ParameterizedTest
    @CsvSource({
        "invalid-credentials, InvalidCredentials, Invalid Credentials",
        "insufficient-permission, InsufficientPermission, Insufficient permission",
        "no-billing-report, NoBillingReport, No billing report found",
        "2024-06-01, SpendError, no rates for 2024-06-01"
    })
    void cmpkitsConnectorErrorsHaveTheNamesCmpKnows(String thrown, String excType, String message) throws IOException {
        String event = file("event.json", "{\"error\": \"" + thrown + "\"}");
        JsonNode error = RunResult.run("spend", "-c", "failing", event).error();
        assertEquals(excType, error.get("exc_type").asText());
        assertEquals(message, error.get("exc_message").asText());
        assertTrue(
                error.get("stack_trace").asText().contains("at dev.cmpkit.testconnectors.FailingConnector.getSpend("),
                error.toString());
    }

    @Test
    void aHandlerTheConnectorLacksIsReportedByName() {
        JsonNode error = RunResult.run("validate-credentials", "-c", "failing").error();
        assertEquals("UnsupportedOperationException", error.get("exc_type").asText());
        assertEquals(
                "connector 'failing' does not implement validateCredentials",
                error.get("exc_message").asText());
        assertTrue(
                error.get("stack_trace").asText().contains("at dev.cmpkit.runner.Connector.validateCredentials("),
                error.get("stack_trace").asText());
    }

    @Test
    void aValueJacksonCannotWriteIsAnErrorNotHalfAnObject() {
        JsonNode error = RunResult.run("validate-credentials", "-c", "echo").error();
        assertEquals("InvalidDefinitionException", error.get("exc_type").asText(), error.toString());
        assertTrue(error.get("exc_message").asText().contains("java.lang.Object"), error.toString());
    }

    @Test
    void aMissingEventFileIsNamed() {
        String missing = dir.resolve("nope.json").toString();
        JsonNode error = RunResult.run("resources", "-c", "echo", missing).error();
        assertEquals(
                "event file '" + missing + "' cannot be read: no such file",
                error.get("exc_message").asText());
        assertEquals("IllegalArgumentException", error.get("exc_type").asText());
    }

    @Test
    void anEventFileThatIsNotJsonIsNamedWithThePosition() throws IOException {
        String bad = file("bad.json", "{\n  \"a\": 1,\n  oops\n}");
        String message = RunResult.run("resources", "-c", "echo", bad)
                .error()
                .get("exc_message")
                .asText();
        assertTrue(message.startsWith("event file '" + bad + "' is not valid JSON at line 3, column "), message);
    }

    @Test
    void anEventFileMustHoldAnObject() throws IOException {
        String array = file("array.json", "[1, 2]");
        assertEquals(
                "event file '" + array + "' must hold a JSON object ({...}), found an array",
                RunResult.run("resources", "-c", "echo", array)
                        .error()
                        .get("exc_message")
                        .asText());
        String empty = file("empty.json", "");
        assertTrue(RunResult.run("resources", "-c", "echo", empty)
                .error()
                .get("exc_message")
                .asText()
                .startsWith("event file '" + empty + "' is not valid JSON"));
        String duplicate = file("dup.json", "{\"a\": 1, \"a\": 2}");
        assertTrue(RunResult.run("resources", "-c", "echo", duplicate)
                .error()
                .get("exc_message")
                .asText()
                .contains("Duplicate field '…'"));
        String trailing = file("trailing.json", "{} {}");
        assertTrue(RunResult.run("resources", "-c", "echo", trailing)
                .error()
                .get("exc_message")
                .asText()
                .startsWith("event file '" + trailing + "' is not valid JSON"));
    }

    @Test
    void aDirectoryAsEventFileIsNamed() {
        String message = RunResult.run("resources", "-c", "echo", dir.toString())
                .error()
                .get("exc_message")
                .asText();
        assertEquals("event file '" + dir + "' cannot be read: it is a directory", message);
    }

    @Test
    void anUnknownConnectorListsTheKnownOnes() {
        JsonNode error = RunResult.run("resources", "--connector", "acme").error();
        assertEquals(
                "unknown connector 'acme'; expected one of [echo, failing, generic, raw, trouble]",
                error.get("exc_message").asText());
    }

    @Test
    void severalConnectorsNeedAName() {
        JsonNode error = RunResult.run("resources").error();
        assertEquals(
                "several connectors found: [echo, failing, generic, raw, trouble]; choose one with --connector <name>",
                error.get("exc_message").asText());
    }

    @Test
    void theEnvironmentMakesAContextWithTheCmpApi() {
        JsonNode value = RunResult.runWith(
                        java.util.Map.of(
                                "CMP_URL",
                                "https://cmp.example.test/api",
                                "CMP_ACCESS_TOKEN",
                                "t0k3n",
                                "NFLEX_MODULE_ID",
                                "m-9"),
                        "",
                        "resources",
                        "-c",
                        "echo",
                        "--no-validate")
                .value();
        assertEquals("m-9", value.get("module_id").asText());
        assertTrue(value.get("has_api").asBoolean());
        assertEquals("https://cmp.example.test/api", value.get("api_url").asText());
        JsonNode basic = RunResult.runWith(
                        java.util.Map.of(
                                "CMP_URL", "https://cmp.example.test/api", "CMP_USERNAME", "u", "CMP_PASSWORD", "p"),
                        "",
                        "resources",
                        "-c",
                        "echo",
                        "--no-validate")
                .value();
        assertTrue(basic.get("has_api").asBoolean());
        assertTrue(basic.get("module_id").isNull());
    }

    @Test
    void configAndSecretsReachTheConnectorAsTheyAre() throws IOException {
        String config = file("config.json", "{\"region\": \"eu-1\", \"page_size\": 50, \"tags\": [\"a\"]}");
        String secrets = file("secrets.json", "{\"access_key\": \"AKIA1\", \"secret_key\": \"s3cr3t\"}");
        JsonNode value = RunResult.run(
                        "resources", "-c", "echo", "--no-validate", "--config", config, "--secrets", secrets)
                .value();
        assertEquals(
                new ObjectMapper().readTree("{\"region\": \"eu-1\", \"page_size\": 50, \"tags\": [\"a\"]}"),
                value.get("config"));
        assertEquals(
                "[\"access_key\",\"secret_key\"]", value.get("secret_names").toString());
    }

    @Test
    void aSecretNeverReachesTheOutputTheLogsOrTheErrorEnvelope() throws IOException {
        String secrets = file("secrets.json", "{\"provider_token\": \"tok-9f8e7d6c\"}");
        RunResult result = RunResult.run("status", "-c", "echo", "--secrets", secrets);
        JsonNode error = result.error();
        assertFalse(result.out().contains("tok-9f8e7d6c"), result.out());
        assertFalse(result.err().contains("tok-9f8e7d6c"), result.err());
        assertEquals(
                "provider refused token <redacted:provider_token>; context "
                        + "CmpContext[moduleId=none, api=none, config=[], secrets={provider_token=<redacted>}]",
                error.get("exc_message").asText());
        assertTrue(error.get("stack_trace").asText().contains("<redacted:provider_token>"));
        assertEquals(
                "calling the provider with <redacted:provider_token>\n",
                result.envelope().get("logs").asText().replace("\r\n", "\n"));
        assertEquals(
                "calling the provider with <redacted:provider_token>\n",
                result.err().replace("\r\n", "\n"));
    }

    @Test
    void aSecretNeverReachesARecordedCassette() throws IOException {
        String secret = "tok-5e4d3c2b";
        String secrets = file("secrets.json", "{\"provider_token\": \"" + secret + "\"}");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] echo = ("{\"seen\": \"" + exchange.getRequestHeaders().getFirst("X-Provider") + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, echo.length);
            exchange.getResponseBody().write(echo);
            exchange.close();
        });
        server.start();
        Path cassette = dir.resolve("vcr.yaml");
        RunResult result;
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            String event = file("event.json", "{\"url\": \"" + url + "\"}");
            result = RunResult.runWith(
                    java.util.Map.of("DEBUG_VCR", "1"),
                    cassette,
                    "",
                    "logs",
                    "-c",
                    "echo",
                    event,
                    "--secrets",
                    secrets);
        } finally {
            server.stop(0);
        }
        JsonNode value = result.value();
        assertEquals(
                "{\"seen\": \"<redacted:provider_token>\"}",
                value.get("logs").get(0).get("message").asText());
        assertFalse(result.out().contains(secret), result.out());
        assertFalse(result.err().contains(secret), result.err());
        String recorded = Files.readString(cassette);
        assertFalse(recorded.contains(secret), recorded);
        assertTrue(recorded.contains("X-Provider:\n      - <redacted:provider_token>"), "the request: " + recorded);
        assertTrue(recorded.contains("<redacted:provider_token>\"}"), "the response: " + recorded);
    }

    @Test
    void badEnvironmentIsNamedWithoutItsValues() {
        JsonNode orphan = RunResult.runWith(
                        java.util.Map.of("CMP_ACCESS_TOKEN", "t0k3n"), "", "resources", "-c", "echo")
                .error();
        assertEquals(
                "environment: CMP_USERNAME, CMP_PASSWORD and CMP_ACCESS_TOKEN need the CMP API's address in "
                        + "CMP_URL",
                orphan.get("exc_message").asText());
        JsonNode half = RunResult.runWith(
                        java.util.Map.of("CMP_URL", "https://cmp.example.test", "CMP_USERNAME", "u"),
                        "",
                        "resources",
                        "-c",
                        "echo")
                .error();
        assertEquals(
                "environment: CMP_USERNAME and CMP_PASSWORD go together; only CMP_USERNAME is set",
                half.get("exc_message").asText());
        JsonNode both = RunResult.runWith(
                        java.util.Map.of(
                                "CMP_URL",
                                "https://cmp.example.test",
                                "CMP_USERNAME",
                                "u",
                                "CMP_PASSWORD",
                                "p",
                                "CMP_ACCESS_TOKEN",
                                "t0k3n"),
                        "",
                        "resources",
                        "-c",
                        "echo")
                .error();
        assertFalse(both.toString().contains("t0k3n"), both.toString());
        assertTrue(both.get("exc_message").asText().contains("not both"), both.toString());
    }

    @Test
    void aMalformedSecretsFileIsNamedWithoutItsContent() throws IOException {
        String secrets = file("secrets.json", "{\"provider_token\": sk-live-12345}");
        JsonNode error =
                RunResult.run("resources", "-c", "echo", "--secrets", secrets).error();
        assertFalse(error.toString().contains("sk-live"), error.toString());
        assertTrue(
                error.get("exc_message")
                        .asText()
                        .startsWith("secrets file '" + secrets + "' is not valid JSON at line 1, column "),
                error.toString());
    }

    @Test
    void aMissingConfigFileIsNamed() {
        String missing = dir.resolve("missing-config.json").toString();
        assertEquals(
                "config file '" + missing + "' cannot be read: no such file",
                RunResult.run("resources", "-c", "echo", "--config", missing)
                        .error()
                        .get("exc_message")
                        .asText());
    }

    @Test
    void aCommandLineThatDoesNotParseIsAUsageError() {
        RunResult unknown = RunResult.run("inventory");
        assertEquals(2, unknown.exitCode());
        assertEquals("", unknown.out());
        assertTrue(unknown.err().contains("Unmatched argument at index 0: 'inventory'"), unknown.err());

        RunResult none = RunResult.run();
        assertEquals(2, none.exitCode());
        assertTrue(
                none.err()
                        .contains(
                                "Missing command: expected one of [resources, metrics, spend, logs, status, validate-credentials]"),
                none.err());

        RunResult option = RunResult.run("resources", "--prety");
        assertEquals(2, option.exitCode());
        assertTrue(option.err().contains("Unknown option: '--prety'"), option.err());
    }

    @Test
    void helpListsTheCommandsAndOptions() {
        RunResult help = RunResult.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("validate-credentials"), help.out());
        RunResult sub = RunResult.run("metrics", "--help");
        assertEquals(0, sub.exitCode());
        for (String option :
                new String[] {"EVENT_FILE", "--connector", "--config", "--secrets", "--pretty", "--no-validate"}) {
            assertTrue(sub.out().contains(option), sub.out());
        }
    }
}

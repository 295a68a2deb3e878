package dev.cmpkit.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CmpContextTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2017-09-06T06:21:34.123456Z"), ZoneOffset.UTC);

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private CmpContext context(TestServer server, String moduleId) {
        CmpClient api = CmpClient.builder()
                .baseUrl(server.baseUrl())
                .basicAuth("k", "s")
                .build();
        return CmpContext.of(api, moduleId).with(FIXED, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void logPostsOneEntryToLogs() throws Exception {
        try (TestServer server = TestServer.answering(200, "{}")) {
            context(server, "mod-7").log("hello \"world\"", "warn");

            TestServer.Request request = server.onlyRequest();
            assertEquals("POST", request.method());
            assertEquals("/logs", request.rawPath());
            assertEquals(
                    "[{\"message\":\"hello \\\"world\\\"\",\"severity\":\"WARN\",\"service\":\"nflex.flexer\","
                            + "\"timestamp\":\"2017-09-06T06:21:34.123456Z\",\"resource_id\":\"nflex-module-mod-7\"}]",
                    request.bodyText());
            assertEquals("", printed());
        }
    }

    @Test
    void logWithoutModuleIdPostsWithoutResourceId() throws Exception {
        try (TestServer server = TestServer.answering(200, "{}")) {
            context(server, null).log("m", "info");
            JsonNode entry =
                    new ObjectMapper().readTree(server.onlyRequest().bodyText()).get(0);
            assertFalse(entry.has("resource_id"));
            assertEquals("INFO", entry.get("severity").asText());
        }
    }

    @Test
    void realClockTimestampHasSixFractionDigits() {
        try (TestServer server = TestServer.answering(200, "{}")) {
            CmpClient api = CmpClient.builder().baseUrl(server.baseUrl()).build();
            CmpContext.of(api, "m").log("x", "info");
            String body = server.onlyRequest().bodyText();
            assertTrue(body.matches(".*\"timestamp\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z\".*"), body);
        }
    }

    @Test
    void failedLogPostIsReportedNotThrown() {
        try (TestServer server = TestServer.answering(500, "down")) {
            context(server, "m").log("x", "error");
            assertEquals("Error sending logs to CMP: 500, down" + System.lineSeparator(), printed());
        }
        CmpClient unreachable = CmpClient.builder()
                .baseUrl("http://127.0.0.1:" + TestServer.closedPort())
                .build();
        CmpContext.of(unreachable, "m")
                .with(FIXED, new PrintStream(printed, true, StandardCharsets.UTF_8))
                .log("x", "error");
        assertTrue(printed().contains("Error sending logs to CMP: POST /logs failed: ConnectException"), printed());
    }

    @Test
    void localContextHasNoApiAndPrintsLogs() {
        CmpContext local = CmpContext.local().with(FIXED, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), local.moduleId());
        assertFalse(local.hasApi());
        IllegalStateException e = assertThrows(IllegalStateException.class, local::api);
        assertTrue(e.getMessage().contains("CmpContext.of(client, moduleId)"), e.getMessage());
        local.log("hi", "info");
        assertEquals("info\thi" + System.lineSeparator(), printed());
    }

    @Test
    void moduleIdNullOrEmptyIsAbsent() {
        CmpClient api = CmpClient.builder().baseUrl("http://h").build();
        assertEquals(Optional.empty(), CmpContext.of(api, null).moduleId());
        assertEquals(Optional.empty(), CmpContext.of(api, "").moduleId());
        assertEquals(Optional.of("m"), CmpContext.of(api, "m").moduleId());
        assertTrue(CmpContext.of(api, "m").hasApi());
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CmpContext.of(null, "m"));
        CmpContext local = CmpContext.local();
        assertThrows(IllegalArgumentException.class, () -> local.log(null, "info"));
        assertThrows(IllegalArgumentException.class, () -> local.log("x", null));
        assertThrows(IllegalArgumentException.class, () -> local.log("x", " "));
    }
}

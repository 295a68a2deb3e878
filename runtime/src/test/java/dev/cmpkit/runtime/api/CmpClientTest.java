package dev.cmpkit.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.runtime.api.TestServer.Reply;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CmpClientTest {

    private static final String KEY = "api-key-1";
    private static final String SECRET = "s3cr3t-Vx9";

    private static CmpClient client(TestServer server) {
        return CmpClient.builder()
                .baseUrl(server.baseUrl())
                .basicAuth(KEY, SECRET)
                .build();
    }

    @Test
    void getSendsAcceptAndBasicAuthAndNoBody() {
        try (TestServer server = TestServer.answering(200, "[1, 2]")) {
            CmpResponse response = client(server).get("/resources");

            TestServer.Request request = server.onlyRequest();
            assertEquals("GET", request.method());
            assertEquals("/resources", request.rawPath());
            assertNull(request.rawQuery());
            assertEquals("application/json", request.header("Accept"));
            String expected = "Basic "
                    + Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
            assertEquals(expected, request.header("Authorization"));
            assertEquals(0, request.body().length);
            assertNull(request.header("Content-Type"));

            assertEquals(200, response.status());
            assertEquals("[1, 2]", response.body());
            assertEquals(2, response.json().get(1).asInt());
            assertEquals("application/json", response.header("content-type").orElseThrow());
        }
    }

    @Test
    void getEncodesQueryParametersInOrderAndRepeatsIterables() {
        try (TestServer server = TestServer.answering(200, "{}")) {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("name", "a b&c=d");
            query.put("page", 2);
            query.put("tag", List.of("x/y", "ü"));
            client(server).get("/search", query);

            assertEquals(
                    "name=a%20b%26c%3Dd&page=2&tag=x%2Fy&tag=%C3%BC",
                    server.onlyRequest().rawQuery());
        }
    }

    @Test
    void postPutPatchSendJsonBodies() {
        try (TestServer server = TestServer.answering(201, "{\"ok\":true}")) {
            CmpClient api = client(server);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("percentage", 5);
            body.put("name", "ü \"q\"");
            api.post("/a", body);
            api.put("/b", List.of(1, 2));
            api.patch("/c", "text");
            api.post("/d", null);

            List<TestServer.Request> requests = server.requests();
            assertEquals(
                    List.of("POST /a", "PUT /b", "PATCH /c", "POST /d"),
                    requests.stream().map(r -> r.method() + " " + r.rawPath()).toList());
            assertEquals(
                    "{\"percentage\":5,\"name\":\"ü \\\"q\\\"\"}",
                    requests.get(0).bodyText());
            assertEquals("[1,2]", requests.get(1).bodyText());
            assertEquals("\"text\"", requests.get(2).bodyText());
            assertEquals("", requests.get(3).bodyText());
            assertEquals("application/json", requests.get(0).header("Content-Type"));
            assertNull(requests.get(3).header("Content-Type"));
        }
    }

    @Test
    void deleteSendsDelete() {
        try (TestServer server = TestServer.answering(204, "")) {
            CmpResponse response = client(server).delete(CmpClient.path("things", "x y"));
            assertEquals(
                    "DELETE /things/x%20y",
                    server.onlyRequest().method() + " " + server.onlyRequest().rawPath());
            assertEquals(204, response.status());
            assertEquals("", response.body());
        }
    }

    @Test
    void bearerTokenIsSentAsAuthorizationHeader() {
        try (TestServer server = TestServer.answering(200, "{}")) {
            CmpClient.builder()
                    .baseUrl(server.baseUrl() + "/api/")
                    .bearerToken("tok-123")
                    .build()
                    .get("/x");
            assertEquals("Bearer tok-123", server.onlyRequest().header("Authorization"));
            assertEquals("/api/x", server.onlyRequest().rawPath());
        }
    }

    @Test
    void nonSuccessStatusIsReturnedNotThrown() {
        try (TestServer server = TestServer.start(
                r -> new Reply(503, Map.of("Retry-After", "5"), "busy".getBytes(StandardCharsets.UTF_8)))) {
            CmpResponse response = client(server).get("/x");
            assertEquals(503, response.status());
            assertEquals("busy", response.body());
            assertEquals("5", response.header("retry-after").orElseThrow());
            CmpApiException e = assertThrows(CmpApiException.class, response::json);
            assertTrue(e.getMessage().startsWith("Response to GET /x (status 503) is not JSON"), e.getMessage());
            assertEquals("GET", e.method().orElseThrow());
        }
    }

    @Test
    void idsWithReservedAndNonAsciiCharactersStayOneSegment() {
        try (TestServer server = TestServer.answering(200, "{}")) {
            String id = "a/b?c=1&d#e%f g+ü€😀";
            client(server).get(CmpClient.path("servers", id, "detail"));
            assertEquals(
                    "/servers/a%2Fb%3Fc%3D1%26d%23e%25f%20g%2B%C3%BC%E2%82%AC%F0%9F%98%80/detail",
                    server.onlyRequest().rawPath());
            assertNull(server.onlyRequest().rawQuery());
        }
    }

    @Test
    void pathRejectsSegmentsThatWouldMoveThePath() {
        assertThrows(IllegalArgumentException.class, () -> CmpClient.path("a", ".."));
        assertThrows(IllegalArgumentException.class, () -> CmpClient.path("."));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> CmpClient.path("a", ""));
        assertEquals("path segment 2 of 2 is empty; expected a non-empty id", empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CmpClient.path("a", null));
        assertThrows(IllegalArgumentException.class, () -> CmpClient.path());
        assertThrows(IllegalArgumentException.class, () -> CmpClient.path((String[]) null));
        IllegalArgumentException surrogate =
                assertThrows(IllegalArgumentException.class, () -> CmpClient.path("a\uD800b"));
        assertTrue(surrogate.getMessage().contains("unpaired surrogate"), surrogate.getMessage());
    }

    @Test
    void rawPathsWithQueryOrIllegalCharactersAreRejected() {
        try (TestServer server = TestServer.answering(200, "{}")) {
            CmpClient api = client(server);
            IllegalArgumentException query = assertThrows(IllegalArgumentException.class, () -> api.get("/x?a=1"));
            assertTrue(query.getMessage().contains("must not contain '?'"), query.getMessage());
            IllegalArgumentException space = assertThrows(IllegalArgumentException.class, () -> api.get("/a b"));
            assertTrue(space.getMessage().contains("CmpClient.path"), space.getMessage());
            assertThrows(IllegalArgumentException.class, () -> api.get(null));
            assertThrows(IllegalArgumentException.class, () -> api.get("/x", null));
            Map<String, Object> nullValue = new LinkedHashMap<>();
            nullValue.put("a", null);
            assertThrows(IllegalArgumentException.class, () -> api.get("/x", nullValue));
            IllegalArgumentException array = assertThrows(
                    IllegalArgumentException.class, () -> api.get("/x", Map.of("ids", new String[] {"a"})));
            assertEquals(
                    "query parameter 'ids' must be a scalar or a list of scalars, got String[]", array.getMessage());
            assertThrows(IllegalArgumentException.class, () -> api.get("/x", Map.of("ids", List.of(List.of("a")))));
            assertEquals(List.of(), server.requests());
        }
    }

    @Test
    void unserializableBodyIsRejectedNamingTheRequest() {
        try (TestServer server = TestServer.answering(200, "{}")) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> client(server).post("/x", new Object()));
            assertTrue(
                    e.getMessage().startsWith("body of POST /x (a java.lang.Object) cannot be written as JSON"),
                    e.getMessage());
            assertEquals(List.of(), server.requests());
        }
    }

    @Test
    void serverThatNeverAnswersTimesOut() throws IOException {
        // A listening socket that never accepts: the kernel completes the handshake, nobody answers.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            CmpClient api = CmpClient.builder()
                    .baseUrl("http://127.0.0.1:" + silent.getLocalPort())
                    .basicAuth(KEY, SECRET)
                    .requestTimeout(Duration.ofMillis(300))
                    .build();
            long started = System.nanoTime();
            CmpApiException e = assertThrows(
                    CmpApiException.class,
                    () -> api.post(CmpClient.path("tasks", "t 1", "update"), Map.of("percentage", 1)));
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertTrue(millis < 5_000, "took " + millis + " ms");
            assertInstanceOf(HttpTimeoutException.class, e.getCause());
            assertEquals("POST", e.method().orElseThrow());
            assertEquals("/tasks/t%201/update", e.path().orElseThrow());
            assertTrue(
                    e.getMessage().startsWith("POST /tasks/t%201/update failed: HttpTimeoutException"), e.getMessage());
            assertNoSecret(e.getMessage());
        }
    }

    @Test
    void closedPortFailsWithConnectException() {
        CmpClient api = CmpClient.builder()
                .baseUrl("http://127.0.0.1:" + TestServer.closedPort())
                .bearerToken("tok-SECRET-42")
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        CmpApiException e = assertThrows(CmpApiException.class, () -> api.get("/x", Map.of("token", "q")));
        assertInstanceOf(ConnectException.class, e.getCause());
        assertTrue(e.getMessage().startsWith("GET /x failed: ConnectException"), e.getMessage());
        assertFalse(e.getMessage().contains("tok-SECRET-42"));
        assertFalse(e.getMessage().contains("token=q"), "query strings stay out of messages");
    }

    @Test
    void toStringShowsNoCredentials() {
        CmpClient basic = CmpClient.builder()
                .baseUrl("https://cmp.example.com/api")
                .basicAuth(KEY, SECRET)
                .build();
        assertEquals(
                "CmpClient[baseUrl=https://cmp.example.com/api, auth=basic, connectTimeout=PT10S, "
                        + "requestTimeout=PT1M]",
                basic.toString());
        assertNoSecret(CmpContext.of(basic, "m").toString());
        String bearer = CmpClient.builder()
                .baseUrl("http://h")
                .bearerToken("tok-SECRET")
                .build()
                .toString();
        assertFalse(bearer.contains("tok-SECRET"), bearer);
    }

    @Test
    void builderRejectsBadSettingsClearly() {
        assertMessage("baseUrl is required, e.g. https://cmp.example.com/api", CmpClient.builder());
        assertMessage(
                "baseUrl must be an absolute http or https URL, got 'ftp://h'",
                CmpClient.builder().baseUrl("ftp://h"));
        assertMessage(
                "baseUrl must be an absolute http or https URL, got 'cmp.example.com'",
                CmpClient.builder().baseUrl("cmp.example.com"));
        IllegalArgumentException userInfo = assertThrows(
                IllegalArgumentException.class,
                () -> CmpClient.builder()
                        .baseUrl("https://" + KEY + ":" + SECRET + "@h")
                        .build());
        assertNoSecret(userInfo.getMessage());
        assertMessage(
                "baseUrl must not have a query or fragment: 'http://h/?a=1'",
                CmpClient.builder().baseUrl("http://h/?a=1"));
        assertMessage(
                "set one of basicAuth or bearerToken, once; got 2 authentication settings",
                CmpClient.builder().baseUrl("http://h").basicAuth("k", "s").bearerToken("t"));
        assertMessage(
                "basicAuth key must not contain ':' (HTTP basic authentication cannot carry it)",
                CmpClient.builder().baseUrl("http://h").basicAuth("a:b", "s"));
        assertMessage(
                "basicAuth secret is required, got null",
                CmpClient.builder().baseUrl("http://h").basicAuth("k", null));
        assertMessage(
                "bearerToken must be non-empty",
                CmpClient.builder().baseUrl("http://h").bearerToken(""));
        String tokenRule = "bearerToken must not contain control characters (such as a line break or a tab);"
                + " check how the token was read";
        assertMessage(tokenRule, CmpClient.builder().baseUrl("http://h").bearerToken("a\r\nX-Evil: 1"));
        assertMessage(tokenRule, CmpClient.builder().baseUrl("http://h").bearerToken("tok\u0001en"));
        assertMessage(tokenRule, CmpClient.builder().baseUrl("http://h").bearerToken("tok\ten"));
        assertMessage(
                "basicAuth key and secret must not contain control characters (such as a line break or a tab);"
                        + " check how they were read",
                CmpClient.builder().baseUrl("http://h").basicAuth("k", "s3\u007fcret"));
        assertMessage(
                "connectTimeout must be a positive duration, got PT0S",
                CmpClient.builder().baseUrl("http://h").connectTimeout(Duration.ZERO));
        assertMessage(
                "requestTimeout must be a positive duration, got null",
                CmpClient.builder().baseUrl("http://h").requestTimeout(null));
    }

    private static void assertMessage(String expected, CmpClient.Builder builder) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals(expected, e.getMessage());
    }

    private static void assertNoSecret(String text) {
        assertFalse(text.contains(SECRET), text);
        String encoded = Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        assertFalse(text.contains(encoded), text);
    }
}

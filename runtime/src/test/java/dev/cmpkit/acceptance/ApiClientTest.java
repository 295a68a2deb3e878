package dev.cmpkit.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.cmpkit.runtime.Account;
import dev.cmpkit.runtime.Metadata;
import dev.cmpkit.runtime.api.Cassettes;
import dev.cmpkit.runtime.api.CmpApiException;
import dev.cmpkit.runtime.api.CmpClient;
import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.api.CmpResponse;
import dev.cmpkit.runtime.api.Handler;
import dev.cmpkit.runtime.api.Tasks;
import dev.cmpkit.runtime.log.CmpLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the context, client, logger, tasks and account update send and answer. */
class ApiClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request as the server saw it, path still percent-encoded. */
    record Seen(String method, String rawPath, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : String.join(",", values);
        }
    }

    private HttpServer server;
    private final List<Seen> seen = new ArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{\"ok\":true}";
    private final CountDownLatch never = new CountDownLatch(1);
    private volatile boolean hang;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
            synchronized (seen) {
                seen.add(new Seen(
                        exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers, body));
            }
            if (hang) {
                try {
                    never.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] reply = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        never.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    private CmpClient client() {
        return CmpClient.builder()
                .baseUrl(baseUrl())
                .basicAuth("key-1", "s3cr3t")
                .build();
    }

    private List<Seen> requests() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    private Seen only() {
        List<Seen> all = requests();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void contextLogPostsOneEntryWithTheSpecKeysInOrder() throws IOException {
        CmpContext.of(client(), "mod-1").log("disk almost full", "warn");

        Seen request = only();
        assertEquals("POST", request.method());
        assertEquals("/api/logs", request.rawPath());
        assertTrue(request.header("Content-Type").startsWith("application/json"), request.header("Content-Type"));
        JsonNode entries = JSON.readTree(request.body());
        assertEquals(1, entries.size());
        JsonNode entry = entries.get(0);
        List<String> keys = new ArrayList<>();
        entry.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("message", "severity", "service", "timestamp", "resource_id"), keys);
        assertEquals("disk almost full", entry.get("message").asText());
        assertEquals("WARN", entry.get("severity").asText());
        assertEquals("nflex.flexer", entry.get("service").asText());
        assertEquals("nflex-module-mod-1", entry.get("resource_id").asText());
        assertTrue(
                entry.get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*"),
                entry.get("timestamp").asText());
    }

    @Test
    void moduleIdsAreOptionalAndALocalContextHasNoApi() {
        assertEquals("m", CmpContext.of(client(), "m").moduleId().orElseThrow());
        assertTrue(CmpContext.of(client(), "").moduleId().isEmpty());
        assertTrue(CmpContext.of(client(), null).moduleId().isEmpty());
        CmpContext local = CmpContext.local();
        assertTrue(local.moduleId().isEmpty());
        IllegalStateException e = assertThrows(IllegalStateException.class, local::api);
        assertTrue(e.getMessage().contains("local"), e.getMessage());
    }

    @Test
    void loggerWithAModuleIdSendsTheTargetPrefixedMessageToCmpLogs() throws IOException {
        CmpLogger logger = new CmpLogger(CmpContext.of(client(), "mod-9"), "cust-1", "acct-2", "res-3");

        logger.info("a");
        logger.warn("b");
        logger.error("c");
        logger.exception("d");

        List<String> lines = new ArrayList<>();
        for (Seen request : requests()) {
            JsonNode entry = JSON.readTree(request.body()).get(0);
            lines.add(
                    entry.get("severity").asText() + " " + entry.get("message").asText());
        }
        assertEquals(
                List.of(
                        "INFO Target(customer: cust-1,account: acct-2, resource: res-3): a",
                        "WARN Target(customer: cust-1,account: acct-2, resource: res-3): b",
                        "ERROR Target(customer: cust-1,account: acct-2, resource: res-3): c",
                        "EXCEPTION Target(customer: cust-1,account: acct-2, resource: res-3): d"),
                lines);
    }

    @Test
    void loggerWithoutAModuleIdPrintsSeverityTabMessageToStandardOutput() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CmpLogger logger;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            logger = new CmpLogger(CmpContext.of(client(), null), "c", null, null);
            logger.warn("careful");
            logger.info("done");
        } finally {
            System.setOut(original);
        }

        assertEquals(
                "warn\tTarget(customer: c,account: None, resource: None): careful" + System.lineSeparator()
                        + "info\tTarget(customer: c,account: None, resource: None): done" + System.lineSeparator(),
                printed.toString(StandardCharsets.UTF_8));
        assertTrue(requests().isEmpty());
    }

    @Test
    void setTaskPercentagePostsToTheEncodedTaskPath() throws IOException {
        Tasks.setTaskPercentage(CmpContext.of(client(), "m"), "t/1 ?%é", 42);

        Seen request = only();
        assertEquals("POST", request.method());
        assertEquals("/api/tasks/t%2F1%20%3F%25%C3%A9/update", request.rawPath());
        assertEquals(JSON.readTree("{\"percentage\":42}"), JSON.readTree(request.body()));
    }

    @Test
    void setTaskPercentageDoesNothingWithoutATaskAndRejectsBadPercentages() {
        Tasks.setTaskPercentage(CmpContext.of(client(), "m"), null, 10);
        assertThrows(
                IllegalArgumentException.class, () -> Tasks.setTaskPercentage(CmpContext.of(client(), "m"), "t", 101));
        assertThrows(
                IllegalArgumentException.class, () -> Tasks.setTaskPercentage(CmpContext.of(client(), "m"), "t", -1));
        assertTrue(requests().isEmpty());
        Tasks.setTaskPercentage(CmpContext.of(client(), "m"), "t", 0);
        Tasks.setTaskPercentage(CmpContext.of(client(), "m"), "t", 100);
        assertEquals(2, requests().size());
    }

    @Test
    void aBadTasksAnswerIsACmpApiExceptionWithStatusAndBody() {
        status = 500;
        answer = "{\"error\":\"boom\"}";

        CmpApiException e = assertThrows(
                CmpApiException.class, () -> Tasks.setTaskPercentage(CmpContext.of(client(), "m"), "t", 5));

        assertEquals("Got bad response from tasks API: 500, {\"error\":\"boom\"}", e.getMessage());
    }

    @Test
    void accountUpdatePatchesTheAccountJson() throws IOException {
        Account account = Account.builder()
                .id("acc-1")
                .metadata(Metadata.builder().add("plan", "gold").build())
                .build();

        account.update(CmpContext.of(client(), "m"), "acc/1");

        Seen request = only();
        assertEquals("PATCH", request.method());
        assertEquals("/api/accounts/acc%2F1/resource", request.rawPath());
        assertEquals("{\"id\":\"acc-1\",\"metadata\":{\"provider_specific\":{\"plan\":\"gold\"}}}", request.body());
    }

    @Test
    void accountUpdateDoesNothingWithoutAnAccountIdOrAModuleId() {
        Account account = Account.builder().id("acc-1").build();

        account.update(CmpContext.of(client(), "m"), null);
        account.update(CmpContext.of(client(), null), "acc-1");
        account.update(CmpContext.local(), "acc-1");

        assertTrue(requests().isEmpty());
    }

    @Test
    void aBadAccountAnswerIsACmpApiExceptionWithStatusAndBody() {
        status = 404;
        answer = "no such account";

        CmpApiException e = assertThrows(
                CmpApiException.class, () -> Account.builder().build().update(CmpContext.of(client(), "m"), "a"));

        assertEquals("Got bad response from account API: 404, no such account", e.getMessage());
    }

    @Test
    void theClientSendsEveryMethodWithJsonBodiesAndTheConfiguredAuthentication() throws IOException {
        CmpClient basic = client();
        CmpClient bearer = CmpClient.builder()
                .baseUrl(baseUrl())
                .bearerToken("tok-xyz")
                .connectTimeout(Duration.ofSeconds(2))
                .requestTimeout(Duration.ofSeconds(5))
                .build();

        CmpResponse got = basic.get("/things");
        basic.post("/things", Map.of("a", 1));
        basic.put("/things/1", List.of("x"));
        bearer.patch("/things/1", Map.of("b", true));
        bearer.delete("/things/1");

        assertEquals(200, got.status());
        assertEquals("{\"ok\":true}", got.body());
        List<Seen> all = requests();
        assertEquals(
                List.of(
                        "GET /api/things",
                        "POST /api/things",
                        "PUT /api/things/1",
                        "PATCH /api/things/1",
                        "DELETE /api/things/1"),
                all.stream().map(s -> s.method() + " " + s.rawPath()).toList());
        String basicHeader =
                "Basic " + Base64.getEncoder().encodeToString("key-1:s3cr3t".getBytes(StandardCharsets.UTF_8));
        assertEquals(basicHeader, all.get(0).header("Authorization"));
        assertEquals("Bearer tok-xyz", all.get(3).header("Authorization"));
        assertEquals(JSON.readTree("{\"a\":1}"), JSON.readTree(all.get(1).body()));
        assertEquals(JSON.readTree("[\"x\"]"), JSON.readTree(all.get(2).body()));
    }

    @Test
    void failuresNameTheRequestButNeverTheCredentials() throws IOException {
        hang = true;
        CmpClient slow = CmpClient.builder()
                .baseUrl(baseUrl())
                .basicAuth("key-1", "s3cr3t")
                .requestTimeout(Duration.ofMillis(300))
                .build();
        CmpApiException timeout = assertThrows(CmpApiException.class, () -> slow.get("/slow"));

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        CmpClient nowhere = CmpClient.builder()
                .baseUrl("http://127.0.0.1:" + closedPort)
                .bearerToken("tok-xyz")
                .build();
        CmpApiException refused = assertThrows(CmpApiException.class, () -> nowhere.post("/x", Map.of()));

        for (String text : List.of(timeout.getMessage(), refused.getMessage(), slow.toString(), nowhere.toString())) {
            assertFalse(
                    text.contains("s3cr3t")
                            || text.contains("tok-xyz")
                            || text.contains(Base64.getEncoder()
                                    .encodeToString("key-1:s3cr3t".getBytes(StandardCharsets.UTF_8))),
                    text);
        }
        assertTrue(timeout.getMessage().contains("GET /slow"), timeout.getMessage());
        assertTrue(refused.getMessage().contains("POST /x"), refused.getMessage());
    }

    @Test
    void recordReplayRecordsWithDebugVcrRedactsAndReplaysWithTheServerGone(@TempDir Path dir) throws Exception {
        Path cassette = dir.resolve("vcr.yaml");
        Handler handler = (event, context) -> {
            CmpResponse response = context.api().get("/status");
            return response.status() + " " + response.body();
        };
        Handler recording = Cassettes.wrapIfEnabled(handler, Map.of("DEBUG_VCR", "1")::get, cassette);
        Handler untouched = Cassettes.wrapIfEnabled(handler, name -> null, cassette);
        CmpContext context = CmpContext.of(client(), "m");
        answer = "{\"state\":\"recorded\"}";

        Object live = recording.handle(Map.of(), context);
        answer = "{\"state\":\"changed\"}";
        Object plain = untouched.handle(Map.of(), context);
        server.stop(0);
        server = null;
        Object replayed = recording.handle(Map.of(), context);

        assertEquals("200 {\"state\":\"recorded\"}", live);
        assertEquals("200 {\"state\":\"changed\"}", plain);
        assertEquals(live, replayed);
        String file = Files.readString(cassette);
        assertFalse(file.contains("s3cr3t"), file);
        assertFalse(
                file.contains(Base64.getEncoder().encodeToString("key-1:s3cr3t".getBytes(StandardCharsets.UTF_8))),
                file);
    }
}

package dev.cmpkit.runtime.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.runtime.api.TestServer.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CassetteTest {

    private static final String KEY = "cmp-key";
    private static final String SECRET = "CMP-SECRET-1";
    private static final Map<String, String> ON = Map.of("DEBUG_VCR", "1");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("vcr.yaml");
    }

    private static CmpContext context(String baseUrl) {
        return CmpContext.of(
                CmpClient.builder().baseUrl(baseUrl).basicAuth(KEY, SECRET).build(), "mod-1");
    }

    /** A connector that talks to CMP through the client and to its provider through the handed-out HttpClient. */
    private static Handler connector(String baseUrl) {
        return (event, ctx) -> {
            List<Object> seen = new ArrayList<>();
            CmpResponse task = ctx.api().post(CmpClient.path("tasks", "t/1 ü", "update"), Map.of("percentage", 5));
            seen.add(task.status() + " " + task.body());
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("page", 1);
            query.put("token", "QUERY-SECRET");
            CmpResponse resources = ctx.api().get("/resources", query);
            seen.add(resources.status() + " " + resources.body() + " "
                    + resources.header("X-Count").orElse("-"));
            HttpRequest provider = HttpRequest.newBuilder(URI.create(baseUrl + "/provider/v1?x=%C3%BC"))
                    .header("Authorization", "Bearer PROVIDER-SECRET")
                    .header("Cookie", "session=COOKIE-SECRET")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"q\":\"ü\"}"))
                    .build();
            HttpResponse<String> answer = ctx.httpClient().send(provider, HttpResponse.BodyHandlers.ofString());
            seen.add(answer.statusCode() + " " + answer.body());
            return seen;
        };
    }

    private static TestServer cmpAndProvider() {
        AtomicInteger calls = new AtomicInteger();
        return TestServer.start(request -> {
            int n = calls.incrementAndGet();
            return switch (request.rawPath()) {
                case "/resources" ->
                    new Reply(
                            200,
                            Map.of(
                                    "Content-Type",
                                    "application/json",
                                    "X-Count",
                                    "2",
                                    "Set-Cookie",
                                    "sid=SETCOOKIE-SECRET"),
                            ("[{\"id\":\"r" + n + "\"}, \"€\"]\n  ").getBytes(StandardCharsets.UTF_8));
                case "/provider/v1" -> Reply.json(202, "{\"echo\":" + request.bodyText() + ",\"call\":" + n + "}");
                default -> Reply.json(request.rawPath().startsWith("/tasks/") ? 200 : 404, "null");
            };
        });
    }

    @Test
    void aModuleSecretIsRedactedByNameInTheCassetteAndReplayStillMatches() throws Exception {
        String secret = "prov-9f8e7d6c";
        Handler usesSecret = (event, ctx) -> {
            String token = (String) ctx.secrets().get("provider_token");
            HttpRequest request = HttpRequest.newBuilder(URI.create(event.get("url") + "/v1/items?key=" + token))
                    .header("X-Provider", token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}"))
                    .build();
            return ctx.httpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString())
                    .body();
        };
        Object recorded;
        String baseUrl;
        try (TestServer server = TestServer.start(r -> Reply.json(200, "{\"echo\":" + r.bodyText() + "}"))) {
            baseUrl = server.baseUrl();
            CmpContext context = CmpContext.local().withSettings(null, Map.of("provider_token", secret));
            recorded = Cassettes.wrapIfEnabled(usesSecret, ON::get, file()).handle(Map.of("url", baseUrl), context);
        }
        assertEquals("{\"echo\":{\"token\":\"" + secret + "\"}}", recorded, "the handler sees the live answer");
        String cassette = Files.readString(file());
        assertFalse(cassette.contains(secret), cassette);
        assertTrue(cassette.contains("key=REDACTED"), "a credential-like parameter, by its name: " + cassette);
        assertTrue(cassette.contains("X-Provider:\n      - <redacted:provider_token>"), "by its value: " + cassette);
        assertTrue(cassette.contains("{\"token\":\"REDACTED\"}"), "a credential-like JSON field: " + cassette);

        CmpContext again = CmpContext.local().withSettings(null, Map.of("provider_token", secret));
        Object replayed = Cassettes.wrapIfEnabled(usesSecret, ON::get, file()).handle(Map.of("url", baseUrl), again);
        assertEquals(
                "{\"echo\":{\"token\":\"<redacted:provider_token>\"}}",
                replayed,
                "replayed from the file with the server gone");
    }

    @Test
    void aRequestMissingFromTheCassetteNamesTheMethodAndUrlWhenItCannotBeSent() throws Exception {
        String baseUrl;
        try (TestServer server = TestServer.start(r -> Reply.json(200, "{}"))) {
            baseUrl = server.baseUrl();
        }
        Handler provider = (event, ctx) -> ctx.httpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/v1/missing?page=2"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        IOException e = assertThrows(
                IOException.class,
                () -> Cassettes.wrapIfEnabled(provider, ON::get, file()).handle(Map.of(), CmpContext.local()));
        assertTrue(
                e.getMessage()
                        .startsWith("GET " + baseUrl + "/v1/missing?page=2 is not recorded in cassette " + file()
                                + ", and sending it failed: "),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "interactions:\n- request: {method: GET, uri: 'http://h/'}\n  response: {status: !!int 'abc'}\n",
                "interactions:\n- request: {method: GET, uri: 'http://h/'}\n  response: {status: 99999999999999999999}\n",
                "interactions:\n- request: {method: GET, uri: 'http://h/', body_base64: '%%%'}\n  response: {status: 200}\n",
                "interactions:\n- request: {method: GET, uri: 'http://h/'\n"
            })
    void aMalformedCassetteIsACassetteExceptionNamingTheFileAndWhere(String yaml) throws IOException {
        Files.writeString(file(), yaml);
        CassetteException e = assertThrows(CassetteException.class, () -> Cassette.open(file()));
        assertTrue(e.getMessage().contains(file().toString()), e.getMessage());
        assertTrue(
                Pattern.compile("line \\d+, column \\d+|interactions\\[\\d+\\]")
                        .matcher(e.getMessage())
                        .find(),
                () -> "no position in: " + e.getMessage());
    }

    @Test
    void credentialLikeFieldsOfJsonBodiesAreRedactedAtAnyDepth() {
        byte[] login = "{\"user\":\"ann\",\"password\":\"hunter2\",\"nested\":[{\"api_key\":\"k1\",\"n\":1}]}"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(
                "{\"user\":\"ann\",\"password\":\"REDACTED\",\"nested\":[{\"api_key\":\"REDACTED\",\"n\":1}]}",
                new String(Redaction.body(login), StandardCharsets.UTF_8));
        byte[] token = "{\"access_token\":\"eyJ\",\"expires_in\":3600}".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                "{\"access_token\":\"REDACTED\",\"expires_in\":3600}",
                new String(Redaction.body(token), StandardCharsets.UTF_8));
        byte[] plain = "{ \"id\" : 1 }".getBytes(StandardCharsets.UTF_8);
        assertSame(plain, Redaction.body(plain), "a body without secrets keeps its exact bytes");
        byte[] notJson = "password=hunter2".getBytes(StandardCharsets.UTF_8);
        assertSame(notJson, Redaction.body(notJson));
        for (String name : List.of(
                "X-Api-Key",
                "X-Auth-Token",
                "Api-Key",
                "X-Access-Token",
                "Proxy-Authorization",
                "Cookie",
                "Set-Cookie",
                "client_secret",
                "PASSWD")) {
            assertTrue(Redaction.isSecretName(name), name);
        }
        for (String name : List.of("Accept", "Content-Type", "X-Count", "page", "id")) {
            assertFalse(Redaction.isSecretName(name), name);
        }
    }

    @Test
    void twoRecordersOnOneFileLoseNothing() throws Exception {
        Cassette first = Cassette.open(file());
        Cassette second = Cassette.open(file());
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            Cassette cassette = t == 0 ? first : second;
            String name = "r" + t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 5; i++) {
                    cassette.record(new Interaction(
                            "GET", "http://h/" + name + "/" + i, Map.of(), new byte[0], 200, Map.of(), new byte[0]));
                    cassette.save();
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join(10_000);
        }
        first.close();
        second.close();
        List<Interaction> all = CassetteFile.read(file());
        assertEquals(
                10,
                all.size(),
                () -> all.stream().map(Interaction::uri).toList().toString());
    }

    @Test
    void recordThenReplayWithServerStoppedGivesIdenticalResults() throws Exception {
        Object recorded;
        String baseUrl;
        try (TestServer server = cmpAndProvider()) {
            baseUrl = server.baseUrl();
            recorded =
                    Cassettes.wrapIfEnabled(connector(baseUrl), ON::get, file()).handle(Map.of(), context(baseUrl));
            assertEquals(
                    List.of("POST /tasks/t%2F1%20%C3%BC/update", "GET /resources", "POST /provider/v1"),
                    server.requests().stream()
                            .map(r -> r.method() + " " + r.rawPath())
                            .toList());
        }
        assertEquals(
                List.of("200 null", "200 [{\"id\":\"r2\"}, \"€\"]\n   2", "202 {\"echo\":{\"q\":\"ü\"},\"call\":3}"),
                recorded);

        Object replayed =
                Cassettes.wrapIfEnabled(connector(baseUrl), ON::get, file()).handle(Map.of(), context(baseUrl));
        assertEquals(recorded, replayed);
    }

    @Test
    void cassetteFileHoldsNoSecretGivenToTheClients() throws Exception {
        try (TestServer server = cmpAndProvider()) {
            Cassettes.wrapIfEnabled(connector(server.baseUrl()), ON::get, file())
                    .handle(Map.of(), context(server.baseUrl()));
        }
        String yaml = Files.readString(file());
        String basic = Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        for (String secret :
                List.of(SECRET, basic, "QUERY-SECRET", "PROVIDER-SECRET", "COOKIE-SECRET", "SETCOOKIE-SECRET")) {
            assertFalse(yaml.contains(secret), secret + " leaked into\n" + yaml);
        }
        assertTrue(yaml.contains("token=REDACTED"), yaml);
        assertTrue(yaml.contains("Authorization:\n      - REDACTED"), yaml);
        assertTrue(yaml.contains("uri: http://127.0.0.1:"), yaml);
    }

    @Test
    void binaryBodiesReplayByteForByte() throws Exception {
        byte[] payload = new byte[512];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 37 + 11);
        }
        byte[] upload = {(byte) 0xFF, 0, '\r', '\n', (byte) 0xC3};
        AtomicReference<String> base = new AtomicReference<>();
        Handler handler = (event, ctx) -> ctx.httpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base.get() + "/blob"))
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(upload))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        try (TestServer server = TestServer.start(r -> new Reply(200, Map.of(), payload))) {
            base.set(server.baseUrl());
            assertArrayEquals(payload, (byte[])
                    Cassettes.wrapIfEnabled(handler, ON::get, file()).handle(Map.of(), context(server.baseUrl())));
            assertArrayEquals(upload, server.onlyRequest().body());
        }
        assertTrue(Files.readString(file()).contains("body_base64:"));
        assertArrayEquals(payload, (byte[])
                Cassettes.wrapIfEnabled(handler, ON::get, file()).handle(Map.of(), context(base.get())));
    }

    @Test
    void newEpisodesAreAppendedAndOldOnesReplayed() throws Exception {
        try (TestServer server = TestServer.start(r -> Reply.json(200, "\"" + r.rawPath() + "\""))) {
            String url = server.baseUrl();
            Cassettes.wrapIfEnabled((e, ctx) -> ctx.api().get("/a").body(), ON::get, file())
                    .handle(Map.of(), context(url));
            Object second = Cassettes.wrapIfEnabled(
                            (e, ctx) -> ctx.api().get("/a").body()
                                    + ctx.api().get("/b").body(),
                            ON::get,
                            file())
                    .handle(Map.of(), context(url));

            assertEquals("\"/a\"\"/b\"", second);
            assertEquals(
                    List.of("/a", "/b"),
                    server.requests().stream().map(TestServer.Request::rawPath).toList());
            assertEquals(2, CassetteFile.read(file()).size());
        }
    }

    @Test
    void identicalRequestsReplayTheirAnswersInOrder() throws Exception {
        AtomicInteger count = new AtomicInteger();
        String url;
        Handler twice = (e, ctx) ->
                ctx.api().get("/count").body() + "," + ctx.api().get("/count").body();
        Object live;
        try (TestServer server = TestServer.start(r -> Reply.json(200, String.valueOf(count.incrementAndGet())))) {
            url = server.baseUrl();
            live = Cassettes.wrapIfEnabled(twice, ON::get, file()).handle(Map.of(), context(url));
        }
        assertEquals("1,2", live);
        assertEquals("1,2", Cassettes.wrapIfEnabled(twice, ON::get, file()).handle(Map.of(), context(url)));
    }

    @Test
    void requestBodiesAreMatched() throws Exception {
        try (TestServer server = TestServer.start(r -> Reply.json(200, r.bodyText()))) {
            String url = server.baseUrl();
            Cassettes.wrapIfEnabled(
                            (e, ctx) -> ctx.api().post("/x", Map.of("v", 1)).body(), ON::get, file())
                    .handle(Map.of(), context(url));
            Object other = Cassettes.wrapIfEnabled(
                            (e, ctx) -> ctx.api().post("/x", Map.of("v", 2)).body(), ON::get, file())
                    .handle(Map.of(), context(url));
            assertEquals("{\"v\":2}", other);
            assertEquals(2, server.requests().size());
        }
    }

    @Test
    void withoutDebugVcrTheHandlerRunsUntouched() throws Exception {
        CmpContext context = CmpContext.local();
        AtomicReference<CmpContext> seen = new AtomicReference<>();
        Handler handler = (e, ctx) -> {
            seen.set(ctx);
            return "ran";
        };
        assertEquals(
                "ran",
                Cassettes.wrapIfEnabled(handler, Map.<String, String>of()::get, file())
                        .handle(Map.of(), context));
        assertSame(context, seen.get());
        assertEquals(
                "ran",
                Cassettes.wrapIfEnabled(handler, Map.of("DEBUG_VCR", "")::get, file())
                        .handle(Map.of(), context));
        assertSame(context, seen.get());
        assertFalse(Files.exists(file()));
    }

    @Test
    void exchangesAreSavedWhenTheHandlerThrows() {
        try (TestServer server = TestServer.answering(200, "{}")) {
            Handler failing = (e, ctx) -> {
                ctx.api().get("/before-failure");
                throw new IllegalStateException("connector bug");
            };
            IllegalStateException e = assertThrows(
                    IllegalStateException.class,
                    () -> Cassettes.wrapIfEnabled(failing, ON::get, file())
                            .handle(Map.of(), context(server.baseUrl())));
            assertEquals("connector bug", e.getMessage());
        }
        assertEquals(1, CassetteFile.read(file()).size());
    }

    @Test
    void wrappedClientServesEveryBodyHandlerAndAsyncSends() throws Exception {
        String server0;
        try (TestServer server = TestServer.answering(200, "{\"a\":1}");
                Cassette cassette = Cassette.open(file())) {
            server0 = server.baseUrl();
            HttpClient client = cassette.wrap(HttpClient.newHttpClient());
            HttpRequest get =
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/x")).build();
            try (InputStream in =
                    client.send(get, HttpResponse.BodyHandlers.ofInputStream()).body()) {
                assertEquals("{\"a\":1}", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            HttpResponse<String> async =
                    client.sendAsync(get, HttpResponse.BodyHandlers.ofString()).get();
            assertEquals("{\"a\":1}", async.body());
            assertEquals(get, async.request());
            assertEquals(URI.create(server.baseUrl() + "/x"), async.uri());
            assertEquals(
                    200,
                    client.send(get, HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(3, cassette.recordedCount());
            assertEquals(3, server.requests().size());
        }
        try (Cassette again = Cassette.open(file())) {
            HttpClient client = again.wrap(HttpClient.newHttpClient());
            // The server is gone: all three answers come from the file, in order.
            HttpRequest get = HttpRequest.newBuilder(URI.create(server0 + "/x")).build();
            assertEquals(
                    "{\"a\":1}",
                    client.send(get, HttpResponse.BodyHandlers.ofString()).body());
            assertEquals(
                    "{\"a\":1}",
                    client.sendAsync(get, HttpResponse.BodyHandlers.ofString())
                            .get()
                            .body());
            assertEquals(
                    200,
                    client.send(get, HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(3, again.replayedCount());
            assertEquals(0, again.recordedCount());
        }
    }

    @Test
    void malformedCassettesAreRejectedNamingTheFile() throws Exception {
        Files.writeString(file(), "interactions:\n- request: {method: GET}\n  response: {status: 200}\n");
        CassetteException missing = assertThrows(CassetteException.class, () -> Cassette.open(file()));
        assertEquals(
                "cassette " + file() + ": interactions[0].request.uri must be a string, got nothing",
                missing.getMessage());

        Files.writeString(file(), """
                interactions:
                - request: {method: GET, uri: 'http://h/'}
                  response: {status: 'ok'}
                """);
        CassetteException status = assertThrows(CassetteException.class, () -> Cassette.open(file()));
        assertTrue(
                status.getMessage()
                        .endsWith("interactions[0].response.status must be an HTTP status (100-599), "
                                + "got String 'ok'"),
                status.getMessage());

        Files.writeString(
                file(),
                "interactions: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                        + "[[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n");
        CassetteException unsafe = assertThrows(CassetteException.class, () -> Cassette.open(file()));
        assertTrue(unsafe.getMessage().startsWith("cassette " + file() + " is not valid YAML"), unsafe.getMessage());

        Files.writeString(file(), "- just\n- a list\n");
        assertThrows(CassetteException.class, () -> Cassette.open(file()));
        Files.writeString(
                file(),
                "interactions: [{request: {method: GET, uri: u}, response: {status: 200, "
                        + "body: a, body_base64: YQ==}}]\n");
        assertThrows(CassetteException.class, () -> Cassette.open(file()));
    }

    @Test
    void emptyFileIsAnEmptyCassette() throws Exception {
        Files.writeString(file(), "");
        try (Cassette cassette = Cassette.open(file())) {
            assertEquals(0, cassette.replayedCount());
        }
        assertEquals("", Files.readString(file()), "nothing recorded, nothing written");
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Cassettes.wrapIfEnabled(null, ON::get, file()));
        assertThrows(IllegalArgumentException.class, () -> Cassettes.wrapIfEnabled((e, c) -> null, null, file()));
        assertThrows(IllegalArgumentException.class, () -> Cassette.open(null));
        assertThrows(IllegalArgumentException.class, () -> Cassette.open(file()).wrap(null));
    }

    @Test
    void recordersInSeveralProcessesOnOneFileLoseNothing() throws Exception {
        int processes = 3;
        int each = 15;
        List<Process> running = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            running.add(new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            RecordingProcess.class.getName(),
                            file().toString(),
                            "p" + p,
                            String.valueOf(each))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("p" + p + ".log").toFile())
                    .start());
        }
        List<String> expected = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            Process process = running.get(p);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "a recorder is still running");
            assertEquals(0, process.exitValue(), Files.readString(dir.resolve("p" + p + ".log")));
            for (int i = 0; i < each; i++) {
                expected.add("http://h/p" + p + "/" + i);
            }
        }
        List<String> uris = CassetteFile.read(file()).stream()
                .map(Interaction::uri)
                .sorted()
                .toList();
        assertEquals(expected.stream().sorted().toList(), uris);
    }

    @Test
    void aCassetteInAFolderThatDoesNotExistYetIsRecordedThere() {
        Path nested = dir.resolve("cassettes/provider/first-run.yaml");
        try (Cassette cassette = Cassette.open(nested)) {
            cassette.record(new Interaction("GET", "http://h/x", Map.of(), new byte[0], 200, Map.of(), new byte[0]));
        }
        assertEquals(
                List.of("http://h/x"),
                CassetteFile.read(nested).stream().map(Interaction::uri).toList());
    }
}

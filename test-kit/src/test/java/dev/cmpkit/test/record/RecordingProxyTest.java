package dev.cmpkit.test.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that is not {@code java.net.http} ({@code HttpURLConnection}) records through the
 * proxy and replays byte for byte without the service, with credentials and secrets kept out of
 * the file.
 */
class RecordingProxyTest {

    private static final String SECRET = "s3cr3t-api-key";

    @TempDir
    Path dir;

    /** Every byte value, so that nothing on the way may decode or re-encode the body. */
    private static byte[] binaryBody() {
        byte[] body = new byte[512];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        return body;
    }

    private static HttpServer service(List<String> seen) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] request = exchange.getRequestBody().readAllBytes();
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(request, StandardCharsets.UTF_8));
            boolean binary = exchange.getRequestURI().getPath().equals("/blob");
            byte[] body = binary
                    ? binaryBody()
                    : "{\"instances\": [{\"id\": \"i-1\", \"state\": \"running\"}]}\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", binary ? "application/octet-stream" : "application/json");
            exchange.getResponseHeaders().add("X-Request-Id", "req-" + seen.size());
            exchange.sendResponseHeaders(binary ? 200 : 201, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    /** One call through HttpURLConnection: status, a response header and the body bytes. */
    // The body is the bytes as they arrived; answers are never compared with equals.
    @SuppressWarnings("ArrayRecordComponent")
    private record Answer(int status, String requestId, byte[] body) {}

    private static Answer call(String baseUrl, String method, String pathAndQuery, String body) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(baseUrl + pathAndQuery).toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setRequestProperty("Authorization", "Bearer " + SECRET);
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        try (InputStream in = connection.getInputStream()) {
            return new Answer(status, connection.getHeaderField("X-Request-Id"), in.readAllBytes());
        } finally {
            connection.disconnect();
        }
    }

    private List<Answer> session(String baseUrl) throws IOException {
        List<Answer> answers = new ArrayList<>();
        answers.add(call(baseUrl, "GET", "/v1/instances?region=eu&api_key=" + SECRET, null));
        answers.add(call(
                baseUrl,
                "POST",
                "/v1/instances",
                "{\"name\": \"web\", \"key\": \"" + SECRET + "\", \"note\": \"" + SECRET + "\"}"));
        answers.add(call(baseUrl, "GET", "/blob", null));
        return answers;
    }

    @Test
    void recordsThenReplaysByteForByteWithoutTheServiceAndWithoutSecrets() throws IOException {
        Path file = dir.resolve("cassettes/provider.yaml");
        List<String> seen = new ArrayList<>();
        HttpServer service = service(seen);
        URI target = URI.create("http://127.0.0.1:" + service.getAddress().getPort());
        List<Answer> live;
        try (RecordingProxy proxy = RecordingProxy.start(target, file, Map.of("provider_key", SECRET))) {
            live = session(proxy.baseUrl());
            assertEquals(3, proxy.recordedCount());
            assertEquals(0, proxy.replayedCount());
        } finally {
            service.stop(0);
        }
        // The service saw the client's request as sent, credentials included.
        assertEquals("GET /v1/instances?region=eu&api_key=" + SECRET + " Bearer " + SECRET + " ", seen.get(0));
        assertEquals(
                "POST /v1/instances Bearer " + SECRET + " {\"name\": \"web\", \"key\": \"" + SECRET + "\", \"note\": \""
                        + SECRET + "\"}",
                seen.get(1));
        assertEquals(201, live.get(0).status());
        assertEquals("req-1", live.get(0).requestId());
        assertArrayEquals(binaryBody(), live.get(2).body());

        String cassette = Files.readString(file);
        assertFalse(cassette.contains(SECRET), cassette);
        assertTrue(cassette.contains("<redacted:provider_key>"), cassette);
        assertTrue(cassette.contains("REDACTED"), cassette);

        // The service is gone: every answer now comes from the file, the same bytes as before.
        try (RecordingProxy proxy = RecordingProxy.start(target, file, Map.of("provider_key", SECRET))) {
            List<Answer> replayed = session(proxy.baseUrl());
            assertEquals(3, proxy.replayedCount());
            assertEquals(0, proxy.recordedCount());
            for (int i = 0; i < live.size(); i++) {
                assertEquals(live.get(i).status(), replayed.get(i).status(), "status of call " + i);
                assertEquals(live.get(i).requestId(), replayed.get(i).requestId(), "header of call " + i);
                assertArrayEquals(live.get(i).body(), replayed.get(i).body(), "body of call " + i);
            }
        }
        assertEquals(3, seen.size(), "the replay reached the service");
    }

    @Test
    void aRequestNeitherRecordedNorReachableIsA502NamingIt() throws IOException {
        URI nowhere = URI.create("http://127.0.0.1:1");
        try (RecordingProxy proxy = RecordingProxy.start(nowhere, dir.resolve("empty.yaml"), Map.of())) {
            HttpURLConnection connection = (HttpURLConnection)
                    URI.create(proxy.baseUrl() + "/x").toURL().openConnection();
            assertEquals(502, connection.getResponseCode());
            String body = new String(connection.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(body.startsWith("cmpkit recording proxy: GET /x is not in the cassette"), body);
        }
        assertFalse(Files.exists(dir.resolve("empty.yaml")));
    }

    @Test
    void badArgumentsAreNamed() {
        IllegalArgumentException relative = assertThrows(
                IllegalArgumentException.class,
                () -> RecordingProxy.start(URI.create("/v1"), dir.resolve("c.yaml"), Map.of()));
        assertEquals(
                "RecordingProxy.start: target must be an absolute http or https URL, got \"/v1\"",
                relative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RecordingProxy.start(null, dir.resolve("c.yaml"), Map.of()));
    }
}

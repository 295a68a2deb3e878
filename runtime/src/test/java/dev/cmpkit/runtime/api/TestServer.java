package dev.cmpkit.runtime.api;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * A real HTTP (or HTTPS) server on 127.0.0.1 with an ephemeral port that records every request
 * exactly as it arrived and answers with what the test's responder says.
 */
public final class TestServer implements AutoCloseable {

    /** A request as the server saw it; the path and query are raw (still percent-encoded). */
    // The body is the bytes as they arrived; tests read them, never compare requests with equals.
    @SuppressWarnings("ArrayRecordComponent")
    public record Request(
            String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : String.join(",", values);
        }
    }

    /** What the server answers. */
    // The body is the bytes to send; replies are never compared with equals.
    @SuppressWarnings("ArrayRecordComponent")
    public record Reply(int status, Map<String, String> headers, byte[] body) {

        public static Reply json(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final HttpServer server;
    private final String scheme;
    private final List<Request> requests = new ArrayList<>();

    private TestServer(SSLContext tls, Function<Request, Reply> responder) throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls == null) {
            server = HttpServer.create(address, 0);
            scheme = "http";
        } else {
            HttpsServer https = HttpsServer.create(address, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
            scheme = "https";
        }
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            Request request = new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    headers,
                    body);
            synchronized (requests) {
                requests.add(request);
            }
            Reply reply = responder.apply(request);
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        });
        server.start();
    }

    public static TestServer start(Function<Request, Reply> responder) {
        return startWith(null, responder);
    }

    /** An HTTPS server presenting {@code tls}'s certificate. */
    public static TestServer startHttps(SSLContext tls, Function<Request, Reply> responder) {
        return startWith(tls, responder);
    }

    private static TestServer startWith(SSLContext tls, Function<Request, Reply> responder) {
        try {
            return new TestServer(tls, responder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server answering every request with {@code status} and a JSON {@code body}. */
    public static TestServer answering(int status, String body) {
        return start(request -> Reply.json(status, body));
    }

    public String baseUrl() {
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public Request onlyRequest() {
        List<Request> all = requests();
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + all.size() + ": " + all);
        }
        return all.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A port on 127.0.0.1 where nothing listens (bound briefly, then released). */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

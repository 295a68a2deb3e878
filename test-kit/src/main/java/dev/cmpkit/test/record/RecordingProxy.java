package dev.cmpkit.test.record;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import dev.cmpkit.runtime.api.Cassette;
import dev.cmpkit.runtime.api.SecretRedactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A local HTTP endpoint that stands in for a real service during a test: point any HTTP client
 * at {@link #baseUrl()} (an SDK's endpoint override, a base URL setting) and each request is
 * answered from the cassette file when it holds a match, or forwarded to the real service and
 * recorded. The file has the runtime's cassette format, with credentials headers and the given
 * secrets redacted, so a recording made through the proxy and one made by cmpkit's own client
 * read and replay alike.
 *
 * <pre>{@code
 * try (RecordingProxy proxy = RecordingProxy.start(
 *         URI.create("https://api.example.com"), Path.of("src/test/resources/cassettes/list.yaml"), Map.of())) {
 *     ExampleClient client = new ExampleClient(proxy.baseUrl());   // any client, any library
 *     client.listInstances();
 * }   // new exchanges are written to the file
 * }</pre>
 *
 * <p>WireMock serves the local endpoint: it speaks HTTP/1.1 to whatever client connects, on
 * 127.0.0.1 and a free port. Matching, redaction and the file are the runtime's {@link
 * Cassette}'s: requests are forwarded through the {@code java.net.http.HttpClient} it wraps.
 * Response bodies pass through unchanged, byte for byte, recorded or replayed.
 */
public final class RecordingProxy implements AutoCloseable {

    private final WireMockServer server;
    private final Cassette cassette;
    private boolean closed;

    private RecordingProxy(WireMockServer server, Cassette cassette) {
        this.server = server;
        this.cassette = cassette;
    }

    /**
     * Starts a proxy.
     *
     * @param target the real service's base URL; a request for {@code <baseUrl>/a/b?c} goes to
     *     {@code <target>/a/b?c}
     * @param file the cassette file, created when the first exchange is recorded
     * @param secrets values replaced by {@code <redacted:NAME>} in everything recorded, by name
     *     (e.g. the module's secrets); may be empty
     * @return the running proxy
     * @throws IllegalArgumentException when an argument is null or {@code target} is not an
     *     absolute http(s) URL
     * @throws dev.cmpkit.runtime.api.CassetteException when the file exists but is no cassette
     */
    public static RecordingProxy start(URI target, Path file, Map<String, ?> secrets) {
        if (target == null || file == null || secrets == null) {
            throw new IllegalArgumentException(
                    "RecordingProxy.start: target, file and secrets are required; got target=" + target + ", file="
                            + file + ", secrets=" + (secrets == null ? "null" : secrets.keySet()));
        }
        String scheme = target.getScheme();
        if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || target.getHost() == null) {
            throw new IllegalArgumentException(
                    "RecordingProxy.start: target must be an absolute http or https URL, got \"" + target + "\"");
        }
        try {
            // The cassette's lock file lives beside it, so the folder must exist before the first save.
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of cassette " + file, e);
        }
        Cassette cassette = Cassette.open(file).redacting(SecretRedactor.of(secrets));
        HttpClient upstream = cassette.wrap(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30))
                .build());
        WireMockServer server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                // Bodies pass through as the service sent them; WireMock must not compress them again.
                .gzipDisabled(true)
                .disableRequestJournal()
                .notifier(new ConsoleNotifier(false))
                .extensions(new ForwardThroughCassette(target, upstream)));
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(ForwardThroughCassette.NAME)));
        server.start();
        return new RecordingProxy(server, cassette);
    }

    /** {@return the URL to give the client instead of the real service's, e.g. {@code http://127.0.0.1:41234}} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** {@return how many requests were answered from the file so far} */
    public int replayedCount() {
        return cassette.replayedCount();
    }

    /** {@return how many new exchanges were recorded so far} */
    public int recordedCount() {
        return cassette.recordedCount();
    }

    /** {@return the cassette file} */
    public Path file() {
        return cassette.file();
    }

    /** Writes what was recorded to the file and stops the endpoint. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            cassette.save();
        } finally {
            server.stop();
        }
    }
}

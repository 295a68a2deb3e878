package dev.cmpkit.test.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * {@link Cassette @Cassette} records a test's HTTP on its first run and replays it on the next,
 * with the service gone: both runs of {@link RecordedScenarios} go through the real JUnit engine.
 */
class CassetteExtensionTest {

    private static final Path DIRECTORY = Path.of(RecordedScenarios.DIRECTORY);

    private static Events run(Class<?> tests) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(tests))
                .execute()
                .testEvents();
    }

    private static void deleteDirectory() throws IOException {
        if (Files.exists(DIRECTORY)) {
            try (Stream<Path> files = Files.walk(DIRECTORY)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void recordsOnTheFirstRunAndReplaysWithoutTheServiceAfterwards() throws IOException {
        deleteDirectory();
        Files.createDirectories(DIRECTORY);
        // The proxy scenario's target cannot be reached, so its cassette is written here, by hand.
        Files.writeString(DIRECTORY.resolve("proxied.yaml"), """
                version: 1
                interactions:
                - request: {method: GET, uri: 'http://127.0.0.1:1/name', body: ''}
                  response: {status: 200, headers: {content-type: [text/plain]}, body: recorded earlier}
                """);
        HttpServer service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/name", exchange -> {
            byte[] body = "from the service".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        service.start();
        RecordedScenarios.serviceUrl =
                "http://127.0.0.1:" + service.getAddress().getPort();
        try {
            run(RecordedScenarios.class)
                    .assertStatistics(stats -> stats.started(2).succeeded(2));
        } finally {
            service.stop(0);
        }
        Path recorded = DIRECTORY.resolve("not-yet-there/harness-run.yaml");
        String cassette = Files.readString(recorded);
        assertTrue(cassette.contains("uri: " + RecordedScenarios.serviceUrl + "/name"), cassette);
        assertTrue(cassette.contains("body: from the service"), cassette);

        // The service is gone; the same tests pass from the cassettes and record nothing new.
        run(RecordedScenarios.class).assertStatistics(stats -> stats.started(2).succeeded(2));
        assertEquals(cassette, Files.readString(recorded));
        assertFalse(ActiveCassette.file().isPresent(), "the cassette outlived its test");
    }

    @Test
    void aProxyParameterWithoutATargetSaysHowToGiveOne() {
        Events events = run(RecordedScenarios.WithoutTarget.class);
        events.assertStatistics(stats -> stats.failed(1));
        String message = events.failed().stream()
                .findFirst()
                .orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .orElseThrow()
                .getMessage();
        assertTrue(
                message.contains("@Cassette(\"unused\") has no target; a RecordingProxy parameter needs the real"
                        + " service's base URL"),
                message);
    }
}

package dev.cmpkit.runtime.api;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.runtime.api.TestServer.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request timeout bounds the whole exchange, and a body over the limit fails cleanly. */
class ExchangeLimitsTest {

    /** Answers every connection with the headers of a chunked body, one chunk, and then nothing. */
    private static ServerSocket stallingServer() throws IOException {
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    socket.getInputStream().read(new byte[8192]);
                    OutputStream out = socket.getOutputStream();
                    out.write("""
                            HTTP/1.1 200 OK\r
                            Content-Type: application/json\r
                            Transfer-Encoding: chunked\r
                            \r
                            1\r
                            [\r
                            """.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(20_000);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        thread.setDaemon(true);
        thread.start();
        return server;
    }

    @Test
    void aBodyThatStallsAfterTheHeadersEndsInATimeoutNamingTheRequest() throws IOException {
        try (ServerSocket server = stallingServer()) {
            CmpClient client = CmpClient.builder()
                    .baseUrl("http://127.0.0.1:" + server.getLocalPort())
                    .bearerToken("T0KEN")
                    .requestTimeout(Duration.ofMillis(500))
                    .build();
            CmpApiException e = assertTimeoutPreemptively(
                    Duration.ofSeconds(10), () -> assertThrows(CmpApiException.class, () -> client.get("/slow")));
            assertTrue(e.getMessage().startsWith("GET /slow failed: "), e.getMessage());
            assertTrue(e.getMessage().contains("within the request timeout of PT0.5S"), e.getMessage());
            assertTrue(!e.getMessage().contains("T0KEN"), e.getMessage());
        }
    }

    @Test
    void aBodyOverTheLimitFailsCleanly() {
        byte[] large = new byte[100_000];
        try (TestServer server = TestServer.start(r -> new Reply(200, Map.of(), large))) {
            CmpClient client = CmpClient.builder()
                    .baseUrl(server.baseUrl())
                    .maxResponseBytes(10_000)
                    .build();
            CmpApiException e = assertThrows(CmpApiException.class, () -> client.get("/big"));
            assertTrue(e.getMessage().contains("larger than the limit of 10000 bytes"), e.getMessage());
            CmpClient roomy = CmpClient.builder().baseUrl(server.baseUrl()).build();
            assertTrue(roomy.get("/big").status() == 200);
        }
    }

    @Test
    void theLimitMustBePositive() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> CmpClient.builder()
                        .baseUrl("http://h")
                        .maxResponseBytes(0)
                        .build());
        assertTrue(e.getMessage().equals("maxResponseBytes must be positive, got 0"), e.getMessage());
    }
}

package dev.cmpkit.test.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cmpkit.test.Command;
import dev.cmpkit.test.ConnectorHarness;
import dev.cmpkit.test.HandlerResult;
import dev.cmpkit.test.ResultAssertions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tests that {@link CassetteExtensionTest} runs through the JUnit engine, twice: first against a
 * live service, then without it. Not run on their own (the name matches no test pattern).
 */
class RecordedScenarios {

    /** The live service's base URL, set by the outer test before each engine run. */
    static volatile String serviceUrl;

    static final String DIRECTORY = "target/cassette-extension-test";

    @Test
    @Cassette(value = "harness-run", directory = DIRECTORY + "/not-yet-there")
    void aHandlerRunRecordsThroughTheContextsClient() {
        HandlerResult result = ConnectorHarness.of(HttpConnector.class)
                .config(Map.of("url", serviceUrl))
                .run(Command.RESOURCES, Map.of());
        ResultAssertions.assertSucceeded(result);
        assertEquals("from the service", result.value().get(0).at("/base/name").asText());
    }

    @Test
    @Cassette(value = "proxied", directory = DIRECTORY, target = "http://127.0.0.1:1")
    void aProxyParameterForwardsToTheTarget(RecordingProxy proxy) throws IOException {
        // The target is unreachable: only a recording can answer, so the test passes only on replay.
        try (InputStream in = URI.create(proxy.baseUrl() + "/name").toURL().openStream()) {
            assertEquals("recorded earlier", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** A proxy parameter without a target cannot be resolved. */
    static class WithoutTarget {
        @Test
        @Cassette(value = "unused", directory = DIRECTORY)
        void needsATarget(RecordingProxy proxy) {}
    }
}

package dev.cmpkit.runtime.time;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Fuzz target for the polling window: any JSON object as the event (with any
 * {@code last_update} and {@code poll_interval}, at the top level or under {@code resource})
 * either gives a window or is rejected with an {@link IllegalArgumentException}; nothing else
 * escapes and nothing hangs.
 */
class TimeIntervalFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock NOW = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @FuzzTest(maxDuration = "10m")
    void setup(byte[] event) {
        Map<?, ?> parsed;
        try {
            parsed = JSON.readValue(event, Map.class);
        } catch (IOException notAnObject) {
            // Not JSON, or not in an encoding Jackson detects: no event to test.
            return;
        }
        if (parsed == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> fields = (Map<String, ?>) parsed;
        try {
            TimeInterval window = TimeInterval.setup(
                    fields,
                    TimeInterval.options()
                            .clock(NOW)
                            .backfillTime(Duration.ofHours(6))
                            .initialInterval(Duration.ofMinutes(5)));
            assertNotNull(window.start(), "start");
            assertNotNull(window.end(), "end");
        } catch (IllegalArgumentException expected) {
            // a bad last_update or poll_interval, named in the message
        }
    }
}

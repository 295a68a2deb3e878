package dev.cmpkit.runtime.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of the conformance set's time_interval vectors, with the vector's frozen clock. */
class TimeIntervalVectorsTest {

    private static final DateTimeFormatter NAIVE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    static Stream<Arguments> vectors() throws IOException {
        try (InputStream in = TimeIntervalVectorsTest.class.getResourceAsStream("/conformance/time_interval.json")) {
            assertNotNull(in, "conformance/time_interval.json is on the test class path");
            Map<String, Object> root = new ObjectMapper().readValue(in, new TypeReference<>() {});
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cases = (List<Map<String, Object>>) root.get("cases");
            return cases.stream().map(c -> Arguments.of(c.get("name"), c.get("input"), c.get("expected")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    @SuppressWarnings("unchecked")
    void matchesTheVector(String name, Map<String, Object> input, Map<String, Object> expected) {
        Instant now = LocalDateTime.parse((String) input.get("now")).toInstant(ZoneOffset.UTC);
        TimeInterval.Options options = TimeInterval.options().clock(Clock.fixed(now, ZoneOffset.UTC));
        if (input.get("backfill_time") != null) {
            options.backfillTime(seconds(input.get("backfill_time")));
        }
        if (input.get("initial_interval") != null) {
            options.initialInterval(seconds(input.get("initial_interval")));
        }
        if (input.get("skew") != null) {
            options.skew(seconds(input.get("skew")));
        }

        TimeInterval interval = TimeInterval.setup((Map<String, ?>) input.get("event"), options);

        assertEquals(expected.get("start_time"), NAIVE.format(interval.start().atOffset(ZoneOffset.UTC)), "start");
        assertEquals(expected.get("end_time"), NAIVE.format(interval.end().atOffset(ZoneOffset.UTC)), "end");
    }

    private static Duration seconds(Object value) {
        return Duration.ofSeconds(((Number) value).longValue());
    }
}

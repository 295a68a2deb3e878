package dev.cmpkit.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cmpkit.runtime.CmpModule;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Compares wire output with expected JSON as text, so that key order, integer versus float and
 * null versus absent all count; expected JSON may use single quotes for readability.
 */
final class AcceptanceJson {

    /** The clock every resource in these tests is serialized with. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2021-02-03T04:05:06Z"), ZoneOffset.UTC);

    /** {@link #CLOCK} as {@code last_seen_at}. */
    static final String NOW = "2021-02-03T04:05:06Z";

    /** Writes {@code serialize()} results: plain maps and lists, no cmpkit module needed. */
    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** Reads expected JSON written with single quotes. */
    private static final ObjectMapper LENIENT =
            JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

    /** Streams cmpkit values with the module registered explicitly, on {@link #CLOCK}. */
    static final ObjectMapper STREAMING = new ObjectMapper().registerModule(new CmpModule(CLOCK));

    private AcceptanceJson() {}

    /** The compact JSON text of a {@code serialize()} result. */
    static String text(Object serialized) {
        try {
            return PLAIN.writeValueAsString(serialized);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson's streaming output for a cmpkit value. */
    static String streamed(Object value) {
        try {
            return STREAMING.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Expected JSON (single quotes allowed) in the compact form Jackson writes, order kept. */
    static String expected(String json) {
        try {
            return PLAIN.writeValueAsString(LENIENT.readTree(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that a {@code serialize()} result is exactly the expected JSON. */
    static void assertWire(String expectedJson, Object serialized) {
        assertEquals(expected(expectedJson), text(serialized));
    }

    /**
     * Asserts that both renderings of a value, its {@code serialize()} result and Jackson's
     * streaming output, are exactly the expected JSON.
     */
    static void assertWire(String expectedJson, Object serialized, Object value) {
        String want = expected(expectedJson);
        assertEquals(want, text(serialized), "serialize()");
        assertEquals(want, streamed(value), "Jackson streaming");
    }
}

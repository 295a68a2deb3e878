package dev.cmpkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.runtime.json.JsonWritable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Test helpers that compare wire JSON: the fixed clock, the mapper, and order-strict equality. */
public final class Wire {

    /** The clock of every test that needs a reproducible {@code last_seen_at}. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T01:02:03.456789Z"), ZoneOffset.UTC);

    /** {@link #CLOCK} in the wire form. */
    public static final String CLOCK_TEXT = "2026-11-29T01:02:03.456789Z";

    /** A mapper with the module registered explicitly on the fixed clock. */
    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CmpModule(CLOCK));

    private Wire() {}

    /** Jackson's streaming output for a value, parsed back into a tree. */
    public static JsonNode streamed(JsonWritable value) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that Jackson's streaming output for a value is, character for character, the JSON
     * of its {@code serialize()} result (resources serialized with {@link #CLOCK}).
     */
    public static void assertAgree(Object serialized, JsonWritable value) {
        try {
            assertEquals(MAPPER.writeValueAsString(serialized), MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code serialize()} result as a tree. */
    public static JsonNode tree(Object serialized) {
        return MAPPER.valueToTree(serialized);
    }

    /**
     * Asserts equal JSON including the key order of every object (JsonNode equality alone
     * ignores key order) and the integer/float distinction.
     */
    public static void assertSameJson(JsonNode expected, JsonNode actual) {
        assertEquals(expected, actual);
        assertSameOrder(expected, actual, "$");
    }

    private static void assertSameOrder(JsonNode expected, JsonNode actual, String path) {
        assertEquals(expected.getNodeType(), actual.getNodeType(), "node type at " + path);
        if (expected.isIntegralNumber() || expected.isFloatingPointNumber()) {
            assertEquals(
                    expected.isIntegralNumber(),
                    actual.isIntegralNumber(),
                    "integer vs float at " + path + ": " + expected + " vs " + actual);
        }
        if (expected.isObject()) {
            assertEquals(names(expected), names(actual), "key order at " + path);
            expected.properties()
                    .forEach(e -> assertSameOrder(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey()));
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                assertSameOrder(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}

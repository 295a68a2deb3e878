package dev.cmpkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for timestamp conversion: any text either converts to a UTC timestamp in the wire
 * form, which converts to itself, or is rejected with an {@link IllegalArgumentException}.
 */
class Rfc3339FuzzTest {

    @FuzzTest(maxDuration = "10m")
    void convert(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String wire;
        try {
            wire = Rfc3339.convert(text);
        } catch (IllegalArgumentException expected) {
            return;
        }
        if (wire == null) {
            assertTrue(text.isEmpty(), text);
            return;
        }
        assertTrue(wire.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?Z"), wire);
        assertEquals(wire, Rfc3339.convert(wire), text);
    }
}

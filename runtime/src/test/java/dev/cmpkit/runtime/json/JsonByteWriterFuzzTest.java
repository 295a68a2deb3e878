package dev.cmpkit.runtime.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Fuzz target for the byte writer's strings: the input, read as UTF-16 code units (so that lone
 * surrogates and every control are reachable), is written as a name and as a value; the bytes
 * must equal Jackson's, and Jackson must read the value back as the same string.
 */
class JsonByteWriterFuzzTest {

    private static final JsonFactory FACTORY = new JsonFactory();

    @FuzzTest(maxDuration = "10m")
    void strings(byte[] input) throws IOException {
        char[] units = new char[input.length / 2];
        for (int i = 0; i < units.length; i++) {
            units[i] = (char) ((input[2 * i] & 0xFF) << 8 | (input[2 * i + 1] & 0xFF));
        }
        String text = new String(units);
        JsonByteWriterTest.Script script = sink -> {
            sink.beginObject();
            sink.name(text);
            sink.string(text);
            sink.endObject();
        };
        assertArrayEquals(JsonByteWriterTest.jackson(script), JsonByteWriterTest.cmpkit(script), text);
        try (JsonParser parser = FACTORY.createParser(JsonByteWriterTest.cmpkit(sink -> sink.string(text)))) {
            assertEquals(JsonToken.VALUE_STRING, parser.nextToken());
            assertEquals(text, parser.getText());
        }
    }
}

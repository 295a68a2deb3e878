package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * Fuzz target for reading the event, config and secrets files: any bytes either read as a JSON
 * object or are rejected with an {@link IllegalArgumentException} that names the file's role.
 */
class JsonFilesFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void readObject(byte[] file) {
        try {
            Map<String, Object> object = JsonFiles.readObject("event", JsonFiles.STDIN, new ByteArrayInputStream(file));
            assertNotNull(object);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().startsWith("event file '-'"), e.getMessage());
        }
    }
}

package dev.cmpkit.runtime.metrics;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cmpkit.runtime.expr.EvaluationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Fuzz target for loading metric mappings: any file either loads, and every entry then converts
 * a value or fails with the language's evaluation exception, or the load fails with a
 * {@link MetricMappingException} that names the file.
 */
class MetricMappingFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void load(byte[] yaml) throws IOException {
        Path file = Files.createTempFile("mapping", ".yaml");
        try {
            Files.write(file, yaml);
            Map<String, ParsedEntry> mapping;
            try {
                mapping = MetricMapping.load(file);
            } catch (MetricMappingException e) {
                if (!e.getMessage().contains(file.toString())) {
                    throw new AssertionError("the message does not name the file: " + e.getMessage(), e);
                }
                return;
            }
            for (ParsedEntry entry : mapping.values()) {
                try {
                    entry.value(Map.of("value", 12.5));
                } catch (EvaluationException expected) {
                    // a conversion may divide by a missing variable or overflow
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

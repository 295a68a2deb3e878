package dev.cmpkit.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every vector of {@code conformance/parse_mappings.json} through a real file. */
class MetricMappingConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<Arguments> vectors() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (InputStream in =
                MetricMappingConformanceTest.class.getResourceAsStream("/conformance/parse_mappings.json")) {
            for (JsonNode vector : JSON.readTree(in).get("cases")) {
                all.add(Arguments.of(vector.get("name").asText(), vector));
            }
        }
        assertEquals(13, all.size());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void mappingAgreesWithTheVector(String name, JsonNode vector) throws IOException {
        JsonNode input = vector.get("input");
        Path file =
                Files.writeString(dir.resolve("mapping.yaml"), input.get("yaml").asText(), StandardCharsets.UTF_8);
        ParsedEntry entry = MetricMapping.load(file).get(input.get("metric").asText());
        Map<String, Object> kwargs = input.has("kwargs")
                ? JSON.convertValue(
                        input.get("kwargs"),
                        JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class))
                : Map.of();
        Object actual = switch (input.get("method").asText()) {
            case "value" -> entry.value(kwargs);
            case "convert" -> entry.convert(kwargs);
            case "unit" -> entry.unit();
            case "name" -> entry.name();
            case "counter" -> entry.counter();
            case "specialisation" -> entry.specialisation();
            default -> throw new AssertionError("unknown method " + input.get("method"));
        };
        Object expected = JSON.convertValue(vector.get("expected"), Object.class);
        if (expected instanceof Number number && actual instanceof Double d) {
            assertEquals(number.doubleValue(), d);
        } else {
            assertEquals(expected, actual);
        }
        assertTrue(vector.has("expected"));
    }
}

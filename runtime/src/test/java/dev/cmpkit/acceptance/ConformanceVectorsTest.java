package dev.cmpkit.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The conformance vectors are on the test class path, and every file among them belongs
 * to an area that a conformance test runs (so a new vector file cannot be silently skipped).
 */
class ConformanceVectorsTest {

    /** The areas run by ConformanceTest, StandardTypeVectorsTest, ConformanceParserTest, MetricMappingConformanceTest and TimeIntervalVectorsTest. */
    private static final Set<String> RUN = Set.of(
            "account.json",
            "connections.json",
            "image_detail.json",
            "ip_address.json",
            "locations.json",
            "metadata.json",
            "parse_mappings.json",
            "parser.json",
            "resources.json",
            "rfc3339.json",
            "time_interval.json");

    private static final Set<String> ERRORS = Set.of("ValueError", "VariableLookupError");

    @Test
    void everyVectorFileIsKnownAndWellFormed() throws IOException, URISyntaxException {
        URL readme = getClass().getResource("/conformance/README.md");
        assertNotNull(readme, "conformance vectors must be test resources");
        Path dir = Path.of(readme.toURI()).getParent();
        Set<String> files = new TreeSet<>();
        try (Stream<Path> listing = Files.list(dir)) {
            listing.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .forEach(files::add);
        }

        assertEquals(new TreeSet<>(RUN), files);
        ObjectMapper json = new ObjectMapper();
        for (String file : files) {
            JsonNode root;
            try (InputStream in = Files.newInputStream(dir.resolve(file))) {
                root = json.readTree(in);
            }
            JsonNode cases = root.get("cases");
            assertTrue(cases != null && cases.isArray() && cases.size() > 0, file);
            for (JsonNode vector : cases) {
                assertTrue(vector.hasNonNull("name") && vector.has("input"), file + ": " + vector);
                assertTrue(vector.has("expected") != vector.has("error"), file + ": " + vector.get("name"));
                if (vector.has("error")) {
                    assertTrue(ERRORS.contains(vector.get("error").asText()), file + ": " + vector.get("error"));
                }
            }
        }
    }

    @Test
    void theTestsThatRunTheVectorsExist() {
        List<String> runners = List.of(
                "dev.cmpkit.runtime.ConformanceTest",
                "dev.cmpkit.resources.StandardTypeVectorsTest",
                "dev.cmpkit.runtime.expr.ConformanceParserTest",
                "dev.cmpkit.runtime.metrics.MetricMappingConformanceTest",
                "dev.cmpkit.runtime.time.TimeIntervalVectorsTest");
        for (String runner : runners) {
            assertFalse(getClass().getClassLoader().getResource(runner.replace('.', '/') + ".class") == null, runner);
        }
    }
}

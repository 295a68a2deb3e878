package dev.cmpkit.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.cmpkit.runtime.expr.EvaluationException;
import dev.cmpkit.runtime.expr.VariableLookupException;
import dev.cmpkit.runtime.metrics.MetricMapping;
import dev.cmpkit.runtime.metrics.MetricMappingException;
import dev.cmpkit.runtime.metrics.ParsedEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading YAML metric mappings and converting values with them. */
class MetricMappingsTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("mapping.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void entriesKeepTheFileOrderWithTheirFieldsAndDefaults() throws IOException {
        Map<String, ParsedEntry> mapping = MetricMapping.load(write("""
                zeta:
                  name: Zeta
                  unit: "%"
                  counter: true
                  specialisation: cpu
                  conversion_expr: value * 100
                alpha: {}
                mid:
                  conversion_expr: value / 1024 if value > 0 else 0
                """));

        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(mapping.keySet()));
        ParsedEntry zeta = mapping.get("zeta");
        assertEquals(List.of("Zeta", "%", "cpu"), List.of(zeta.name(), zeta.unit(), zeta.specialisation()));
        assertTrue(zeta.counter());
        assertEquals(25.0, zeta.value(Map.of("value", 0.25)));
        assertEquals(25.0, zeta.convert(Map.of("value", "0.25")));
        ParsedEntry alpha = mapping.get("alpha");
        assertEquals(List.of("", "", ""), List.of(alpha.name(), alpha.unit(), alpha.specialisation()));
        assertFalse(alpha.counter());
        assertEquals(2.0, mapping.get("mid").value(Map.of("value", 2048)));
        assertEquals(0.0, mapping.get("mid").value(Map.of("value", -1)));
    }

    @Test
    void withoutAConversionTheValueIsTheValueVariableAsADouble() throws IOException {
        ParsedEntry entry = MetricMapping.load(write("m:\n  name: m\n")).get("m");

        assertEquals(Double.valueOf(7.0), entry.value(Map.of("value", 7)));
        assertEquals(Double.valueOf(7.5), entry.convert(Map.of("value", "7.5", "other", 1)));
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("value", null);
        assertNull(entry.value(nullValue));
        VariableLookupException missing = assertThrows(VariableLookupException.class, () -> entry.value(Map.of()));
        assertTrue(missing.getMessage().contains("value"), missing.getMessage());
    }

    @Test
    void conversionsUseTheSimpleGrammarAndReportMissingVariables() throws IOException {
        ParsedEntry entry = MetricMapping.load(write("m:\n  conversion_expr: used / total * 100\n"))
                .get("m");

        assertEquals(50.0, entry.value(Map.of("used", 1, "total", 2)));
        VariableLookupException e = assertThrows(VariableLookupException.class, () -> entry.value(Map.of("used", 1)));
        assertTrue(e.getMessage().contains("total"), e.getMessage());
        assertThrows(EvaluationException.class, () -> entry.value(Map.of("used", "x", "total", 1)));
    }

    @Test
    void aBadExpressionFailsTheLoadWithTheKeyTheExpressionAndThePosition() throws IOException {
        Path file = write("ok:\n  conversion_expr: value\nbroken:\n  conversion_expr: value * * 2\n");

        MetricMappingException e = assertThrows(MetricMappingException.class, () -> MetricMapping.load(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("broken"), e.getMessage());
        assertTrue(e.getMessage().contains("value * * 2"), e.getMessage());
        assertTrue(e.getMessage().contains("position 8"), e.getMessage());
    }

    @Test
    void caseExpressionsAreNotPartOfTheMappingGrammar() throws IOException {
        Path file = write("m:\n  conversion_expr: CASE WHEN value > 1 THEN 1 END\n");

        MetricMappingException e = assertThrows(MetricMappingException.class, () -> MetricMapping.load(file));
        assertTrue(e.getMessage().contains("position 0"), e.getMessage());
    }

    @Test
    void everyLoadFailureIsAMetricMappingExceptionNamingTheFile() throws IOException {
        Path missing = dir.resolve("absent.yaml");
        List<Path> files = List.of(
                missing,
                dir,
                write("m: [unclosed\n"),
                write("- a\n- b\n"),
                write("m:\n  counter: \"yes\"\n"),
                write("m:\n  name: [1, 2]\n"),
                write("m: 5\n"));
        for (Path file : files) {
            MetricMappingException e =
                    assertThrows(MetricMappingException.class, () -> MetricMapping.load(file), file.toString());
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        }
    }

    @Test
    void loadWithoutAPathReadsMappingYamlInTheWorkingDirectory() {
        assumeFalse(Files.exists(Path.of("mapping.yaml")), "the module directory has no mapping.yaml");
        MetricMappingException e = assertThrows(MetricMappingException.class, MetricMapping::load);
        assertTrue(e.getMessage().contains("mapping.yaml"), e.getMessage());
    }

    @Test
    void yamlIsLoadedSafely() throws IOException {
        Path tagged = write(
                "m: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n");
        assertThrows(MetricMappingException.class, () -> MetricMapping.load(tagged));

        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(previous)
                    .append(", *")
                    .append(previous)
                    .append(", *")
                    .append(previous)
                    .append(", *")
                    .append(previous)
                    .append(", *")
                    .append(previous)
                    .append(", *")
                    .append(previous)
                    .append(", *")
                    .append(previous)
                    .append(", *")
                    .append(previous)
                    .append("]\n");
        }
        Path aliases = write(bomb.toString());
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThrows(MetricMappingException.class, () -> MetricMapping.load(aliases)));
    }
}

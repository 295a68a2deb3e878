package dev.cmpkit.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.runtime.expr.EvaluationException;
import dev.cmpkit.runtime.expr.ExpressionSyntaxException;
import dev.cmpkit.runtime.expr.VariableLookupException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Loading mapping files: defaults, order, conversions, and every way a file can be wrong. */
class MetricMappingTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("mapping.yaml"), yaml, StandardCharsets.UTF_8);
    }

    private MetricMappingException failure(String yaml) throws IOException {
        Path file = write(yaml);
        MetricMappingException e = assertThrows(MetricMappingException.class, () -> MetricMapping.load(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        return e;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"m:\n  ~: x\n", "m:\n  null: x\n", "m:\n  ? ~\n  : x\n", "~:\n  name: x\n", "? ~\n: {name: x}\n"
            })
    void aNullKeyAnywhereNamesTheFile(String yaml) throws IOException {
        MetricMappingException e = failure(yaml);
        assertTrue(e.getMessage().contains("nothing (null)"), e.getMessage());
    }

    @Test
    void aScalarYamlTakesForANumberButCannotConvertNamesTheFile() throws IOException {
        MetricMappingException e = failure("._:\n  name: x\n");
        assertTrue(e.getMessage().contains("cannot convert"), e.getMessage());
    }

    @Test
    void aDocumentThatDoublesAtEveryAliasIsQuotedShortly() throws IOException {
        // 49 aliases, within the limit of 50, yet printing the value whole would take 2^25 leaves.
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i <= 24; i++) {
            yaml.append("a")
                    .append(i)
                    .append(": &a")
                    .append(i)
                    .append(" [*a")
                    .append(i - 1)
                    .append(", *a")
                    .append(i - 1)
                    .append("]\n");
        }
        yaml.append("m: *a24\n");
        MetricMappingException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> failure(yaml.toString()));
        assertTrue(
                e.getMessage().length() < 1000,
                () -> "message of " + e.getMessage().length() + " chars");
    }

    @Test
    void entriesKeepTheFilesOrderAndTheMapIsUnmodifiable() throws IOException {
        Map<String, ParsedEntry> mapping = MetricMapping.load(write("zeta: {}\nalpha: {}\nmid: {}\n"));
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(mapping.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> mapping.put("x", mapping.get("zeta")));
    }

    @Test
    void missingFieldsTakeTheirDefaults() throws IOException {
        ParsedEntry entry = MetricMapping.load(write("m:\n  name:\n")).get("m");
        assertEquals("", entry.name());
        assertEquals("", entry.unit());
        assertEquals(false, entry.counter());
        assertEquals("", entry.specialisation());
        assertEquals(Optional.empty(), entry.conversion());
    }

    @Test
    void allFieldsAreRead() throws IOException {
        ParsedEntry entry = MetricMapping.load(write("""
                                cpu:
                                  name: CPU
                                  unit: "%"
                                  counter: yes
                                  specialisation: vm
                                  conversion_expr: value * 100 if value < 1 else value
                                """)).get("cpu");
        assertEquals("CPU", entry.name());
        assertEquals("%", entry.unit());
        assertEquals(true, entry.counter());
        assertEquals("vm", entry.specialisation());
        assertEquals(50.0, entry.value(Map.of("value", 0.5)));
        assertEquals(7.0, entry.convert(Map.of("value", 7)));
        assertEquals(List.of("value"), entry.conversion().orElseThrow().variables());
    }

    @Test
    void withoutAConversionTheValueIsTheVariableValueAsADouble() throws IOException {
        ParsedEntry entry = MetricMapping.load(write("m: {name: m}\n")).get("m");
        assertEquals(10.0, entry.value(Map.of("value", 10)));
        assertEquals(2.5, entry.value(Map.of("value", "2.5")));
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("value", null);
        assertNull(entry.value(nullValue));
        VariableLookupException e = assertThrows(VariableLookupException.class, () -> entry.value(Map.of("other", 1)));
        assertEquals("value", e.variable());
        assertThrows(EvaluationException.class, () -> entry.value(Map.of("value", "ten")));
    }

    @Test
    void aConversionNeedingAMissingVariableRaisesVariableLookupException() throws IOException {
        ParsedEntry entry = MetricMapping.load(write("m:\n  conversion_expr: value / total\n"))
                .get("m");
        assertEquals(
                "total",
                assertThrows(VariableLookupException.class, () -> entry.value(Map.of("value", 1)))
                        .variable());
    }

    @Test
    void aBadExpressionNamesTheMetricTheExpressionAndThePosition() throws IOException {
        MetricMappingException e = failure("good:\n  conversion_expr: value\nbad:\n  conversion_expr: value *\n");
        assertEquals(Optional.of("bad"), e.metricKey());
        assertTrue(
                e.getMessage()
                        .contains(": metric 'bad': conversion_expr 'value *' is not a valid expression: "
                                + "Syntax error at position 7"),
                e.getMessage());
        assertEquals(7, ((ExpressionSyntaxException) e.getCause()).position());
    }

    @Test
    void caseIsNotPartOfTheMappingGrammar() throws IOException {
        MetricMappingException e = failure("m:\n  conversion_expr: CASE WHEN value = 0 THEN 0 ELSE 1 END\n");
        assertTrue(e.getMessage().contains("CaseExpressionParser"), e.getMessage());
    }

    @Test
    void wrongValueTypesNameTheMetricAndWhatWasExpected() throws IOException {
        assertEquals("m", failure("m:\n  counter: \"yes\"\n").metricKey().orElseThrow());
        assertTrue(failure("m:\n  counter: \"yes\"\n")
                .getMessage()
                .endsWith("metric 'm': expected true or false for 'counter', found the string \"yes\""));
        assertTrue(failure("m:\n  counter: 1\n")
                .getMessage()
                .contains("expected true or false for 'counter', found a Integer 1"));
        assertTrue(failure("m:\n  name: [a, b]\n")
                .getMessage()
                .contains("expected a string for 'name', found a list [a, b]"));
        assertTrue(failure("m:\n  unit: 5\n").getMessage().contains("expected a string for 'unit'"));
        assertTrue(failure("m:\n  conversion_expr: 10\n")
                .getMessage()
                .contains("expected a string for 'conversion_expr'"));
    }

    @Test
    void entriesMustBeMappings() throws IOException {
        assertTrue(
                failure("m: value * 10\n")
                        .getMessage()
                        .contains(
                                "metric 'm': expected a mapping with any of [name, unit, counter, specialisation, conversion_expr], found the string \"value * 10\""));
        assertTrue(failure("m:\n").getMessage().contains("metric 'm': expected a mapping"));
        assertTrue(failure("m: [1, 2]\n").getMessage().contains("found a list"));
    }

    @Test
    void unknownEntryKeysAreRejectedRatherThanIgnored() throws IOException {
        MetricMappingException e = failure("m:\n  conversion: value * 10\n");
        assertTrue(
                e.getMessage().contains("unknown key the string \"conversion\"; expected any of [name, unit, counter"),
                e.getMessage());
    }

    @Test
    void theDocumentMustBeAMappingWithStringKeys() throws IOException {
        assertTrue(failure("- a\n- b\n")
                .getMessage()
                .contains("expected a mapping from metric key to entry, found a list"));
        assertTrue(failure("just text\n").getMessage().contains("found the string \"just text\""));
        assertTrue(failure("").getMessage().contains("found nothing (null)"));
        assertTrue(failure("123:\n  name: x\n")
                .getMessage()
                .contains("expected every metric key to be a string, found a Integer 123 (quote it)"));
        assertEquals(
                List.of("123"),
                List.copyOf(MetricMapping.load(write("'123':\n  name: x\n")).keySet()));
    }

    @Test
    void invalidYamlAndDuplicateKeysFailWithTheFile() throws IOException {
        assertTrue(failure("m:\n  name: [unclosed\n").getMessage().contains("is not valid YAML"));
        assertTrue(failure("m: {}\nm: {}\n").getMessage().contains("duplicate key m"));
    }

    @Test
    void globalAndUnknownTagsAreRefused() throws IOException {
        MetricMappingException global = failure(
                "m: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n");
        assertTrue(global.getMessage().contains("is not valid YAML"), global.getMessage());
        assertTrue(failure("m: !custom {name: x}\n").getMessage().contains("is not valid YAML"));
    }

    @Test
    void anAliasBombIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        MetricMappingException e = failure(yaml.toString());
        assertTrue(e.getMessage().contains("aliases"), e.getMessage());
    }

    @Test
    void aFewAliasesAndMergeKeysAreFine() throws IOException {
        Map<String, ParsedEntry> mapping =
                MetricMapping.load(write("base: &base {unit: B, counter: true}\nm:\n  <<: *base\n  name: m\n"));
        assertEquals("B", mapping.get("m").unit());
        assertEquals(true, mapping.get("m").counter());
    }

    @Test
    void anOversizedFileIsRefused() throws IOException {
        // Comments too: snakeyaml's own code point limit does not count them.
        String yaml = "m: {}\n" + "#".repeat(MetricMapping.MAX_BYTES) + "\n";
        MetricMappingException e = failure(yaml);
        assertTrue(
                e.getMessage().endsWith("is larger than 1048576 bytes; expected a mapping file of at most that size"),
                e.getMessage());
    }

    @Test
    void missingFilesAndDirectoriesFailWithThePath() {
        Path missing = dir.resolve("nope.yaml");
        MetricMappingException e = assertThrows(MetricMappingException.class, () -> MetricMapping.load(missing));
        assertEquals(missing + ": file not found; expected a YAML metric mapping file there", e.getMessage());
        MetricMappingException directory = assertThrows(MetricMappingException.class, () -> MetricMapping.load(dir));
        assertTrue(directory.getMessage().startsWith(dir + ": could not be read"), directory.getMessage());
        assertTrue(assertThrows(MetricMappingException.class, () -> MetricMapping.load(null))
                .getMessage()
                .contains("expected the path of a mapping file"));
    }

    @Test
    void loadWithoutArgumentsReadsMappingYamlInTheWorkingDirectory() {
        // The module directory (Maven's working directory for tests) has no mapping.yaml.
        MetricMappingException e = assertThrows(MetricMappingException.class, MetricMapping::load);
        assertEquals(Path.of("mapping.yaml"), e.file());
    }
}

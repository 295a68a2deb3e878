package dev.cmpkit.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every vector of {@code conformance/parser.json} (and {@code expressions.json}, if present). */
class ConformanceParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> vectors() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String file : List.of("/conformance/parser.json", "/conformance/expressions.json")) {
            try (InputStream in = ConformanceParserTest.class.getResourceAsStream(file)) {
                if (in == null) {
                    continue;
                }
                for (JsonNode vector : JSON.readTree(in).get("cases")) {
                    all.add(Arguments.of(vector.get("name").asText(), vector));
                }
            }
        }
        assertTrue(all.size() >= 78, "parser.json has 78 vectors");
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void parserAgreesWithTheVector(String name, JsonNode vector) {
        JsonNode input = vector.get("input");
        ExpressionGrammar parser = GoldenCorpusTest.parser(input.get("parser").asText());
        String text = input.get("expression").asText();
        Map<String, Object> variables = input.has("variables")
                ? JSON.convertValue(
                        input.get("variables"),
                        JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class))
                : Map.of();
        if (vector.has("error")) {
            assertEquals("VariableLookupError", vector.get("error").asText());
            Expression expression = parser.parse(text);
            assertThrows(VariableLookupException.class, () -> expression.evaluate(variables));
            return;
        }
        JsonNode expected = vector.get("expected");
        if (!expected.get("valid").asBoolean()) {
            assertThrows(ExpressionSyntaxException.class, () -> parser.parse(text));
            assertTrue(parser.tryParse(text).isEmpty());
            return;
        }
        Double value = parser.parse(text).evaluate(variables);
        JsonNode want = expected.get("value");
        if (want.isNull()) {
            assertEquals(null, value);
        } else {
            assertEquals(want.asDouble(), value);
        }
    }
}

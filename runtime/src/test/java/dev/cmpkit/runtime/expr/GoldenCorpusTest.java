package dev.cmpkit.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the golden corpus under {@code src/test/resources/expr}: one file per feature, one
 * expression per line with its expected outcome in a trailing comment, in the style of jlox's
 * test suite.
 *
 * <pre>
 * # parser: CaseExpressionParser       which parser the following lines use (default ExpressionParser)
 * # vars: a=1 s="2.5" n=null           variables for the following lines (default none)
 * 1 + 2 * 3          # expect: 7
 * NULL               # expect: null
 * 1 +                # expect error at 3: an operand-ish fragment of the expectation
 * x                  # expect lookup error: x
 * NULL + 1           # expect eval error: fragment of the message
 * </pre>
 */
class GoldenCorpusTest {

    record Case(String file, int line, String parser, Map<String, Object> vars, String expression, String expectation) {
        @Override
        public String toString() {
            return file + ":" + line + "  " + expression + "  # " + expectation;
        }
    }

    static Stream<Arguments> corpus() throws IOException, URISyntaxException {
        URL root = GoldenCorpusTest.class.getResource("/expr");
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".expr")).sorted().toList()) {
                cases.addAll(read(file));
            }
        }
        assertTrue(cases.size() > 100, "the corpus should not be empty");
        return cases.stream().map(c -> Arguments.of(c));
    }

    private static List<Case> read(Path file) throws IOException {
        List<Case> cases = new ArrayList<>();
        String parser = "ExpressionParser";
        Map<String, Object> vars = Map.of();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                String directive = trimmed.substring(1).strip();
                if (directive.startsWith("parser:")) {
                    parser = directive.substring("parser:".length()).strip();
                } else if (directive.startsWith("vars:")) {
                    vars = parseVars(directive.substring("vars:".length()));
                }
                continue;
            }
            int marker = line.indexOf("# expect");
            if (marker < 0) {
                fail(file.getFileName() + ":" + (i + 1) + " has no '# expect' comment");
            }
            String expression = line.substring(0, marker).stripTrailing();
            String expectation = line.substring(marker + 2).strip();
            cases.add(new Case(file.getFileName().toString(), i + 1, parser, vars, expression, expectation));
        }
        return cases;
    }

    /** {@code a=1 s="2.5" n=null}: numbers, quoted strings (no spaces inside) and null. */
    private static Map<String, Object> parseVars(String text) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (String pair : text.strip().split("\\s+", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (value.equals("null")) {
                vars.put(name, null);
            } else if (value.startsWith("\"")) {
                vars.put(name, value.substring(1, value.length() - 1));
            } else if (value.matches("-?\\d+")) {
                vars.put(name, Long.parseLong(value));
            } else {
                vars.put(name, Double.parseDouble(value));
            }
        }
        return vars;
    }

    static ExpressionGrammar parser(String name) {
        return switch (name) {
            case "ExpressionParser" -> new ExpressionParser();
            case "TernaryExpressionParser" -> new TernaryExpressionParser();
            case "CaseExpressionParser" -> new CaseExpressionParser();
            case "SimpleExpressionParser" -> new SimpleExpressionParser();
            default -> throw new IllegalArgumentException("unknown parser " + name);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void expressionBehavesAsTheCorpusSays(Case c) {
        ExpressionGrammar parser = parser(c.parser());
        String expectation = c.expectation();
        if (expectation.startsWith("expect error at ")) {
            String rest = expectation.substring("expect error at ".length());
            int colon = rest.indexOf(':');
            int position = Integer.parseInt(rest.substring(0, colon).strip());
            String fragment = rest.substring(colon + 1).strip();
            ExpressionSyntaxException e =
                    assertThrows(ExpressionSyntaxException.class, () -> parser.parse(c.expression()));
            assertEquals(position, e.position(), () -> "position of: " + e.getMessage());
            assertTrue(
                    e.description().contains(fragment),
                    () -> "message '" + e.getMessage() + "' should contain '" + fragment + "'");
            assertTrue(parser.tryParse(c.expression()).isEmpty());
            return;
        }
        Expression expression = parser.parse(c.expression());
        if (expectation.startsWith("expect lookup error:")) {
            String variable =
                    expectation.substring("expect lookup error:".length()).strip();
            VariableLookupException e =
                    assertThrows(VariableLookupException.class, () -> expression.evaluate(c.vars()));
            assertEquals(variable, e.variable());
        } else if (expectation.startsWith("expect eval error:")) {
            String fragment =
                    expectation.substring("expect eval error:".length()).strip();
            EvaluationException e = assertThrows(EvaluationException.class, () -> expression.evaluate(c.vars()));
            assertTrue(
                    e.getMessage().contains(fragment),
                    () -> "message '" + e.getMessage() + "' should contain '" + fragment + "'");
        } else if (expectation.startsWith("expect:")) {
            String value = expectation.substring("expect:".length()).strip();
            Double actual = expression.evaluate(c.vars());
            if (value.equals("null")) {
                assertEquals(null, actual);
            } else {
                assertEquals(Double.parseDouble(value), actual);
            }
        } else {
            fail("unknown expectation: " + expectation);
        }
    }
}

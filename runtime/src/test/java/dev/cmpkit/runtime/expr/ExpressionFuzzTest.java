package dev.cmpkit.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Fuzz targets for the four parsers: any input either parses to an expression that evaluates to
 * a Double, null or one of the language's evaluation exceptions, or is rejected with an
 * {@link ExpressionSyntaxException} whose position lies inside the input. Anything else (a
 * {@code NullPointerException}, a {@code StackOverflowError}, a hang) fails the target.
 *
 * <p>Under {@code mvn verify} each target replays its committed corpus
 * ({@code ExpressionFuzzTestInputs/<method>/}); see docs/FUZZING.md to fuzz one.
 */
class ExpressionFuzzTest {

    /** Numbers, null, a numeric string and a string that is not a number. */
    private static final Map<String, Object> VARIABLES = new HashMap<>();

    static {
        VARIABLES.put("a", 2);
        VARIABLES.put("b", -3.5);
        VARIABLES.put("c", 0);
        VARIABLES.put("value", 42.0);
        VARIABLES.put("x", "1e3");
        VARIABLES.put("s", "not a number");
        VARIABLES.put("n", null);
        VARIABLES.put("null", 7L);
    }

    @FuzzTest(maxDuration = "10m")
    void expressionParser(byte[] input) {
        parseAndEvaluate(new ExpressionParser(), input);
    }

    @FuzzTest(maxDuration = "10m")
    void ternaryExpressionParser(byte[] input) {
        parseAndEvaluate(new TernaryExpressionParser(), input);
    }

    @FuzzTest(maxDuration = "10m")
    void caseExpressionParser(byte[] input) {
        parseAndEvaluate(new CaseExpressionParser(), input);
    }

    @FuzzTest(maxDuration = "10m")
    void simpleExpressionParser(byte[] input) {
        parseAndEvaluate(new SimpleExpressionParser(), input);
    }

    private static void parseAndEvaluate(ExpressionGrammar parser, byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Expression expression;
        try {
            expression = parser.parse(text);
        } catch (ExpressionSyntaxException e) {
            assertTrue(e.position() >= 0 && e.position() <= text.length(), e::getMessage);
            assertTrue(parser.tryParse(text).isEmpty(), text);
            return;
        }
        assertTrue(parser.tryParse(text).isPresent(), text);
        try {
            Double first = expression.evaluate(VARIABLES);
            // A parsed expression is a pure function of its variables.
            assertEquals(first, expression.evaluate(VARIABLES), text);
        } catch (EvaluationException expected) {
            // The language's only evaluation failure (VariableLookupException is one).
        }
    }
}

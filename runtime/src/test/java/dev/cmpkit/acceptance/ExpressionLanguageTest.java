package dev.cmpkit.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.runtime.expr.CaseExpressionParser;
import dev.cmpkit.runtime.expr.EvaluationException;
import dev.cmpkit.runtime.expr.Expression;
import dev.cmpkit.runtime.expr.ExpressionParser;
import dev.cmpkit.runtime.expr.ExpressionSyntaxException;
import dev.cmpkit.runtime.expr.SimpleExpressionParser;
import dev.cmpkit.runtime.expr.TernaryExpressionParser;
import dev.cmpkit.runtime.expr.VariableLookupException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The four parsers, the grammar, evaluation semantics and failures. */
class ExpressionLanguageTest {

    private static final ExpressionParser ARITHMETIC = new ExpressionParser();
    private static final TernaryExpressionParser TERNARY = new TernaryExpressionParser();
    private static final CaseExpressionParser CASE = new CaseExpressionParser();
    private static final SimpleExpressionParser SIMPLE = new SimpleExpressionParser();

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("arithmetic", "-2^2", vars(), 4.0),
                Arguments.of("arithmetic", "2^3^2", vars(), 512.0),
                Arguments.of("arithmetic", "2-3-4", vars(), -5.0),
                Arguments.of("arithmetic", "8/4/2", vars(), 1.0),
                Arguments.of("arithmetic", "1+2*3^2", vars(), 19.0),
                Arguments.of("arithmetic", "(1+2)*3", vars(), 9.0),
                Arguments.of("arithmetic", "2^-1", vars(), 0.5),
                Arguments.of("arithmetic", "1.", vars(), 1.0),
                Arguments.of("arithmetic", "1.5e1", vars(), 15.0),
                Arguments.of("arithmetic", "-1e-6", vars(), -1e-6),
                Arguments.of("arithmetic", "1E+2", vars(), 100.0),
                Arguments.of("arithmetic", "5/0", vars(), 0.0),
                Arguments.of("arithmetic", "0/0", vars(), 0.0),
                Arguments.of("arithmetic", "0^-2", vars(), 0.0),
                Arguments.of("arithmetic", "0^0", vars(), 1.0),
                Arguments.of("arithmetic", "+NULL", vars(), null),
                Arguments.of("arithmetic", "NULL", vars("NULL", 5), null),
                Arguments.of("arithmetic", "null + Null", vars("null", 1, "Null", 2), 3.0),
                Arguments.of("arithmetic", "value * 10", vars("value", "2.5", "extra", "ignored"), 25.0),
                Arguments.of("arithmetic", "a_1\t+\r\nB2", vars("a_1", 1, "B2", 2L), 3.0),
                Arguments.of("ternary", "1 if a >= 1 else 2", vars("a", 1), 1.0),
                Arguments.of("ternary", "1 if a == 1 else 2", vars("a", 2), 2.0),
                Arguments.of("ternary", "1 if a = NULL else 2", vars("a", null), 1.0),
                Arguments.of("ternary", "1 if NULL != a else 2", vars("a", 0), 1.0),
                Arguments.of("ternary", "x + 1 if a < 1 else missing", vars("a", 0, "x", 1), 2.0),
                Arguments.of("ternary", "(a - 1) * 2 if a - 1 > 0 else -a", vars("a", 3), 4.0),
                Arguments.of("case", "CASE WHEN a > 1 THEN 1 END", vars("a", 0), null),
                Arguments.of("case", "case when a = 1 then 10 when a = 1 then missing else 0 end", vars("a", 1), 10.0),
                Arguments.of(
                        "case",
                        "CaSe WhEn not a = 1 and b = 1 or c = 1 ThEn 1 ElSe 0 EnD",
                        vars("a", 1, "b", 1, "c", 0),
                        0.0),
                Arguments.of("case", "CASE WHEN not (a = 1 or b = 1) THEN 1 ELSE 0 END", vars("a", 0, "b", 0), 1.0),
                Arguments.of("case", "CASE WHEN a = 1 or missing = 1 THEN 1 ELSE 0 END", vars("a", 1), 1.0),
                Arguments.of("case", "CASE WHEN a = 2 and missing = 1 THEN 1 ELSE 0 END", vars("a", 1), 0.0),
                Arguments.of("case", "CASE WHEN(a=1)THEN(1)ELSE(2)END", vars("a", 1), 1.0),
                Arguments.of("case", "CASE WHEN a=1 THEN 2ELSE 3 END", vars("a", 2), 3.0),
                Arguments.of("case", "CASE WHEN a = NULL THEN 1 ELSE 0 END", vars("a", null), 1.0),
                Arguments.of(
                        "case",
                        "CASE WHEN (a + 1) * 2 >= 4 THEN 2 * CASE WHEN b = 1 THEN 5 END END",
                        vars("a", 1, "b", 1),
                        10.0),
                Arguments.of(
                        "case",
                        "CASE WHEN a <= 1 THEN 1 - CASE WHEN a != 0 THEN CASE WHEN a < 0 THEN 1 ELSE 2 END END END",
                        vars("a", -1),
                        0.0),
                Arguments.of("simple", "value / 1024", vars("value", 2048), 2.0),
                Arguments.of("simple", "value * 100 if value < 1 else value", vars("value", 0.5), 50.0));
    }

    private static Function<String, Expression> parser(String name) {
        return switch (name) {
            case "arithmetic" -> ARITHMETIC::parse;
            case "ternary" -> TERNARY::parse;
            case "case" -> CASE::parse;
            default -> SIMPLE::parse;
        };
    }

    @ParameterizedTest(name = "{0}: {1} = {3}")
    @MethodSource("values")
    void evaluatesAsTheSpecSays(String parser, String text, Map<String, Object> variables, Double expected) {
        assertEquals(expected, parser(parser).apply(text).evaluate(variables));
    }

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("arithmetic", "", 0),
                Arguments.of("arithmetic", " \t", 2),
                Arguments.of("arithmetic", ".5", 0),
                Arguments.of("arithmetic", "1 +", 3),
                Arguments.of("arithmetic", "(1", 2),
                Arguments.of("arithmetic", "_a", 0),
                Arguments.of("arithmetic", "1 if a > 1 else 2", 2),
                Arguments.of("arithmetic", "a > 1", 2),
                Arguments.of("arithmetic", "CASE WHEN a = 1 THEN 1 END", 0),
                Arguments.of("ternary", "1 + 1", 5),
                Arguments.of("ternary", "1 if (a > 1) else 2", 8),
                Arguments.of("ternary", "1 if a > 1 and b > 1 else 2", 11),
                Arguments.of("ternary", "1 if a > 1 else 2 if b > 1 else 3", 18),
                Arguments.of("ternary", "1 if a > = 1 else 2", 9),
                Arguments.of("case", "1 + 1", 0),
                Arguments.of("case", "CASEWHEN a = 1 THEN 1 END", 0),
                Arguments.of("case", "CASE WHEN a == 1 THEN 1 END", 12),
                Arguments.of("case", "CASE WHEN a THEN 1 END", 12),
                Arguments.of("case", "CASE WHEN a = 1 THEN 1", 22),
                Arguments.of("case", "CASE WHEN a = 1 THEN 1 END + 1", 27),
                Arguments.of("case", "CASE WHEN a ! = 1 THEN 1 END", 12),
                Arguments.of("simple", "CASE WHEN a = 1 THEN 1 END", 0),
                Arguments.of("simple", "if", 0),
                Arguments.of("simple", "1 2", 2));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" fails at {2}")
    @MethodSource("syntaxErrors")
    void rejectsWithThePositionAndWhatWasExpected(String parser, String text, int position) {
        ExpressionSyntaxException e = assertThrows(
                ExpressionSyntaxException.class, () -> parser(parser).apply(text));

        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains("position " + position), e.getMessage());
        assertTrue(e.getMessage().contains("expected"), e.getMessage());
    }

    @Test
    void tryParseAnswersWithAnOptional() {
        assertTrue(CASE.tryParse("1 + 1").isEmpty());
        assertTrue(TERNARY.tryParse(null).isEmpty());
        assertEquals(2.0, ARITHMETIC.tryParse("1 + 1").orElseThrow().evaluate(Map.of()));
    }

    @Test
    void aMissingVariableIsAVariableLookupExceptionNamingIt() {
        VariableLookupException e = assertThrows(
                VariableLookupException.class,
                () -> ARITHMETIC.parse("first + second").evaluate(Map.of("first", 1)));

        assertTrue(e.getMessage().contains("second"), e.getMessage());
        assertTrue(EvaluationException.class.isInstance(e));
    }

    static Stream<Arguments> evaluationErrors() {
        return Stream.of(
                Arguments.of("arithmetic", "NULL + 1", vars()),
                Arguments.of("arithmetic", "-x", vars("x", null)),
                Arguments.of("arithmetic", "10^400", vars()),
                Arguments.of("arithmetic", "(-8)^0.5", vars()),
                Arguments.of("arithmetic", "x * 2", vars("x", "ten")),
                Arguments.of("arithmetic", "x * 2", vars("x", true)),
                Arguments.of("arithmetic", "x * 2", vars("x", Double.NaN)),
                Arguments.of("ternary", "1 if x < 1 else 2", vars("x", null)),
                Arguments.of("case", "CASE WHEN NULL >= 1 THEN 1 END", vars()),
                Arguments.of("arithmetic", "1e308 * 10", vars()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("evaluationErrors")
    void failuresDuringEvaluationAreEvaluationExceptions(String parser, String text, Map<String, Object> variables) {
        Expression expression = parser(parser).apply(text);

        EvaluationException e = assertThrows(EvaluationException.class, () -> expression.evaluate(variables));
        assertTrue(!(e instanceof VariableLookupException), e.getMessage());
    }

    @Test
    void arithmeticEvaluatesOperandsLeftToRightAndTheFirstFailureWins() {
        VariableLookupException e = assertThrows(
                VariableLookupException.class,
                () -> ARITHMETIC.parse("a + b * c").evaluate(Map.of("c", 1)));

        assertEquals("a", e.variable());
    }

    @Test
    void onlyTheChosenTernaryBranchIsEvaluated() {
        Expression expression = TERNARY.parse("yes if flag = 1 else no");

        assertEquals(5.0, expression.evaluate(Map.of("flag", 1, "yes", 5)));
        assertEquals(7.0, expression.evaluate(Map.of("flag", 0, "no", 7)));
    }

    @Test
    void variablesAreCaseSensitive() {
        assertThrows(
                VariableLookupException.class, () -> ARITHMETIC.parse("Value").evaluate(Map.of("value", 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"case", "when", "then", "else", "end", "if", "and", "or", "not", "IF", "Not"})
    void keywordsAreReservedInAnyCase(String keyword) {
        assertThrows(ExpressionSyntaxException.class, () -> ARITHMETIC.parse(keyword + " + 1"));
    }

    @Test
    void deepNestingAndLongInputEndInAResultOrASyntaxErrorQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            String parens = "(".repeat(10_000) + "1" + ")".repeat(10_000);
            assertThrowsSyntaxOrEvaluates(() -> ARITHMETIC.parse(parens).evaluate(Map.of()));
            String cases = "CASE WHEN a = 1 THEN ".repeat(10_000) + "1" + " END".repeat(10_000);
            assertThrowsSyntaxOrEvaluates(() -> CASE.parse(cases).evaluate(Map.of("a", 1)));
            String powers = "2" + "^1".repeat(10_000);
            assertThrowsSyntaxOrEvaluates(() -> ARITHMETIC.parse(powers).evaluate(Map.of()));
            String signs = "-".repeat(1_000_000) + "1";
            assertEquals(1.0, ARITHMETIC.parse(signs).evaluate(Map.of()));
            String sum = "1" + "+1".repeat(500_000);
            assertEquals(500_001.0, ARITHMETIC.parse(sum).evaluate(Map.of()));
            String unclosed = "(".repeat(1_000_000);
            assertThrows(ExpressionSyntaxException.class, () -> ARITHMETIC.parse(unclosed));
        });
    }

    private static void assertThrowsSyntaxOrEvaluates(Runnable run) {
        try {
            run.run();
        } catch (ExpressionSyntaxException expected) {
            assertTrue(expected.getMessage().contains("position"), expected.getMessage());
        }
    }

    @Test
    void evaluationReturnsNullForNullAndADoubleOtherwise() {
        Expression expression = SIMPLE.parse("x");

        assertNull(expression.evaluate(vars("x", null)));
        assertEquals(Double.valueOf(3.0), expression.evaluate(Map.of("x", 3)));
    }
}

package dev.cmpkit.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deep nesting and megabyte inputs end in a value or a syntax error, never a stack overflow.
 * Nothing here asserts on time; the suite's run time shows any non-linear blow-up.
 */
class DeepInputTest {
    private static final int MEGABYTE = 1 << 20;
    private static final Map<String, Object> VARS = Map.of("a", 1, "x", 2);

    @Test
    void tenThousandNestedParenthesesAreASyntaxErrorAtTheNestingLimit() {
        String text = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        ExpressionSyntaxException e =
                assertThrows(ExpressionSyntaxException.class, () -> new ExpressionParser().parse(text));
        assertEquals(Parser.MAX_NESTING, e.position());
        assertTrue(e.expected().contains("at most 128 levels of nesting"), e.getMessage());
    }

    @Test
    void nestingUpToTheLimitParsesAndEvaluates() {
        int depth = Parser.MAX_NESTING;
        String text = "(".repeat(depth) + "x" + ")".repeat(depth);
        assertEquals(2.0, new ExpressionParser().parse(text).evaluate(VARS));
    }

    @Test
    void tenThousandNestedCasesAreASyntaxErrorAtTheNestingLimit() {
        String text = nestedCase(10_000);
        ExpressionSyntaxException e =
                assertThrows(ExpressionSyntaxException.class, () -> new CaseExpressionParser().parse(text));
        assertTrue(e.expected().contains("levels of nesting"), e.getMessage());
    }

    @Test
    void nestedCasesUpToTheLimitParseAndEvaluate() {
        // The innermost CASE yields 7; every enclosing one takes its ELSE branch.
        assertEquals(
                7.0,
                new CaseExpressionParser().parse(nestedCase(Parser.MAX_NESTING)).evaluate(VARS));
    }

    @Test
    void nestedCasesInsideParenthesizedConditionsStayWithinTheStack() {
        // The deepest recursion per level: a condition in parentheses holding a CASE.
        StringBuilder text = new StringBuilder();
        int depth = Parser.MAX_NESTING / 2;
        for (int i = 0; i < depth; i++) {
            text.append("CASE WHEN (");
        }
        text.append("a");
        for (int i = 0; i < depth; i++) {
            text.append(" = 1) THEN 1 END");
        }
        // Innermost: CASE WHEN (a = 1) THEN 1 END = 1 ...: every level compares the inner CASE's 1.
        assertEquals(1.0, new CaseExpressionParser().parse(text.toString()).evaluate(VARS));
    }

    @Test
    void aMegabyteOfAdditionsEvaluatesWithoutDeepRecursion() {
        String text = "1" + "+1".repeat(MEGABYTE / 2);
        assertEquals(MEGABYTE / 2 + 1.0, new ExpressionParser().parse(text).evaluate(VARS));
    }

    @Test
    void aMegabyteOfMixedSameLevelOperatorsEvaluates() {
        String text = "x" + "*x/x-x+x".repeat(MEGABYTE / 8);
        assertEquals(2.0, new SimpleExpressionParser().parse(text).evaluate(VARS));
    }

    @Test
    void aMegabyteOfUnarySignsCollapsesToOneNode() {
        assertEquals(
                -2.0,
                new ExpressionParser().parse("-".repeat(MEGABYTE - 1) + "x").evaluate(VARS));
        assertEquals(
                2.0,
                new ExpressionParser().parse("-+".repeat(MEGABYTE / 2) + "x").evaluate(VARS));
    }

    @Test
    void aMegabyteOfNotsCollapses() {
        String text = "CASE WHEN " + "not ".repeat(MEGABYTE / 4) + "a = 1 THEN 1 ELSE 0 END";
        assertEquals(1.0, new CaseExpressionParser().parse(text).evaluate(VARS));
    }

    @Test
    void aMegabyteOfConditionsAndWhenClausesEvaluates() {
        String ands = "CASE WHEN a = 1" + " and a = 1".repeat(MEGABYTE / 10) + " THEN 1 END";
        assertEquals(1.0, new CaseExpressionParser().parse(ands).evaluate(VARS));
        String whens = "CASE" + " WHEN a = 2 THEN 2".repeat(MEGABYTE / 18) + " ELSE 3 END";
        assertEquals(3.0, new CaseExpressionParser().parse(whens).evaluate(VARS));
    }

    @Test
    void aLongPowerChainIsASyntaxErrorBecauseEachCaretNests() {
        String text = "1" + "^1".repeat(MEGABYTE / 2);
        ExpressionSyntaxException e =
                assertThrows(ExpressionSyntaxException.class, () -> new ExpressionParser().parse(text));
        assertEquals(2 * Parser.MAX_NESTING + 1, e.position());
    }

    @Test
    void aMegabyteIdentifierOrNumberIsOneToken() {
        String name = "v" + "a".repeat(MEGABYTE);
        Expression expression = new ExpressionParser().parse(name + " * 2");
        assertEquals(6.0, expression.evaluate(Map.of(name, 3)));
        assertEquals(
                1.0, new ExpressionParser().parse("0".repeat(MEGABYTE) + "1").evaluate(VARS));
        assertEquals(
                1.0, new ExpressionParser().parse("1." + "0".repeat(MEGABYTE)).evaluate(VARS));
    }

    @Test
    void megabyteInputsThatAreWrongEndInASyntaxErrorWithAShortExcerpt() {
        String[] bad = {
            "(".repeat(MEGABYTE),
            ")".repeat(MEGABYTE),
            "1+".repeat(MEGABYTE / 2),
            " ".repeat(MEGABYTE),
            "\u00e9".repeat(MEGABYTE),
            "a ".repeat(MEGABYTE / 2),
            "CASE ".repeat(MEGABYTE / 5),
        };
        for (String text : bad) {
            for (ExpressionGrammar parser : new ExpressionGrammar[] {
                new ExpressionParser(),
                new CaseExpressionParser(),
                new TernaryExpressionParser(),
                new SimpleExpressionParser()
            }) {
                ExpressionSyntaxException e = assertThrows(ExpressionSyntaxException.class, () -> parser.parse(text));
                assertTrue(
                        e.getMessage().length() < 400,
                        () -> "message is short: " + e.getMessage().length());
            }
        }
    }

    @Test
    void parsingNearTheLimitFitsInASmallThreadStack() throws InterruptedException {
        // 512 KiB is half the default thread stack on 64-bit Linux; the JVM keeps about 100 KiB of
        // any stack for its guard zones. Interpreted frames are the largest.
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(
                null,
                () -> {
                    try {
                        new CaseExpressionParser()
                                .parse(nestedCase(Parser.MAX_NESTING))
                                .evaluate(VARS);
                        new ExpressionParser()
                                .parse("(".repeat(Parser.MAX_NESTING) + "x" + ")".repeat(Parser.MAX_NESTING))
                                .evaluate(VARS);
                    } catch (Throwable t) {
                        failure[0] = t;
                    }
                },
                "small-stack",
                512 * 1024);
        thread.start();
        thread.join();
        assertEquals(null, failure[0]);
    }

    /** {@code CASE WHEN a = 2 THEN 0 ELSE CASE ... CASE WHEN a = 1 THEN 7 END ... END}, depth CASEs. */
    private static String nestedCase(int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < depth; i++) {
            text.append("CASE WHEN a = 2 THEN 0 ELSE ");
        }
        text.append("CASE WHEN a = 1 THEN 7 END");
        for (int i = 1; i < depth; i++) {
            text.append(" END");
        }
        return text.toString();
    }
}

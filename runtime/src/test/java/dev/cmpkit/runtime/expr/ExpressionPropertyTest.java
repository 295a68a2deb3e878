package dev.cmpkit.runtime.expr;

import static dev.cmpkit.testing.RandomCases.check;
import static dev.cmpkit.testing.RandomCases.oneOf;
import static dev.cmpkit.testing.RandomCases.stringOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.runtime.expr.ModelTree.ModelCond;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Property tests: the parser and evaluator agree with an independent model interpreter
 * ({@link ModelTree}) on thousands of seeded random trees, and no input, however broken, raises
 * anything but the language's two exception types.
 */
class ExpressionPropertyTest {
    private static final Map<String, Object> VARS = new HashMap<>();

    static {
        VARS.put("a", 2);
        VARS.put("b", -3.5);
        VARS.put("c", 0);
        VARS.put("d", 0.5);
        VARS.put("n", null);
        // "m" is never given, so trees that reach it must raise VariableLookupException.
    }

    @Test
    void printedTreesEvaluateAsTheModelInterpreterDoes() {
        check(5000, random -> {
            ModelTree tree = tree(random, 4);
            String text = spaced(random, tree.print());
            boolean hasCase = text.contains("CASE");
            // The CASE parser takes one CASE as a whole input, so other trees are wrapped in one.
            Expression parsed = hasCase
                    ? new CaseExpressionParser().parse("CASE WHEN 1 = 1 THEN " + text + " END")
                    : new ExpressionParser().parse(text);
            Double expected;
            try {
                expected = tree.eval(VARS);
            } catch (ModelTree.ModelError e) {
                EvaluationException actual = assertThrows(EvaluationException.class, () -> parsed.evaluate(VARS), text);
                if (e.missingVariable != null) {
                    assertTrue(actual instanceof VariableLookupException, () -> text + " -> " + actual);
                    assertEquals(e.missingVariable, ((VariableLookupException) actual).variable(), text);
                } else {
                    assertTrue(!(actual instanceof VariableLookupException), () -> text + " -> " + actual);
                }
                return;
            }
            assertEquals(expected, parsed.evaluate(VARS), text);
        });
    }

    @Test
    void printedTernariesEvaluateAsTheModelInterpreterDoes() {
        check(5000, random -> {
            ModelTree chosen = tree(random, 3, false);
            ModelTree other = tree(random, 3, false);
            String relop = oneOf(random, List.of("=", "==", "!=", "<", "<=", ">", ">="));
            // The model knows "=" only; "==" is the same comparison.
            ModelCond.Compare condition = new ModelCond.Compare(
                    relop.equals("==") ? "=" : relop, tree(random, 2, false), tree(random, 2, false));
            String text = spaced(
                    random,
                    chosen.print() + " if " + condition.left().print() + " " + relop + " "
                            + condition.right().print() + " else " + other.print());
            for (ExpressionGrammar parser : List.of(new TernaryExpressionParser(), new SimpleExpressionParser())) {
                Expression parsed = parser.parse(text);
                Double expected;
                try {
                    // Only the branch the condition chooses is evaluated.
                    expected = condition.test(VARS) ? chosen.eval(VARS) : other.eval(VARS);
                } catch (ModelTree.ModelError e) {
                    EvaluationException actual =
                            assertThrows(EvaluationException.class, () -> parsed.evaluate(VARS), text);
                    assertEquals(e.missingVariable != null, actual instanceof VariableLookupException, text);
                    continue;
                }
                assertEquals(expected, parsed.evaluate(VARS), text);
            }
        });
    }

    @Test
    void randomTokenSoupRaisesOnlyTheLanguagesExceptions() {
        check(500, random -> {
            List<String> tokens = new ArrayList<>();
            for (int i = random.nextInt(31); i > 0; i--) {
                tokens.add(oneOf(random, SOUP));
            }
            parseAndEvaluateWithEveryParser(String.join(tokens.size() % 2 == 0 ? " " : "", tokens));
        });
    }

    @Test
    void randomCharactersRaiseOnlyTheLanguagesExceptions() {
        check(
                500,
                random -> parseAndEvaluateWithEveryParser(
                        stringOf(random, "0123456789.eE+-*/^()=<>! \t\r\nabnmNULCASEWHTif_$\u00e9\u0000", 0, 40)));
    }

    @Test
    void mutatedValidExpressionsRaiseOnlyTheLanguagesExceptions() {
        check(500, random -> {
            StringBuilder text = new StringBuilder("CASE WHEN a = 1 THEN ")
                    .append(tree(random, 4).print())
                    .append(" ELSE 0 END");
            String alphabet = "()+-*/^=<>! 0123456789.eNULaCASEWHENDTHiforand";
            for (int mutations = 1 + random.nextInt(3); mutations > 0; mutations--) {
                int at = random.nextInt(text.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, c);
                    case 1 -> {
                        if (at < text.length()) {
                            text.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < text.length()) {
                            text.setCharAt(at, c);
                        }
                    }
                }
            }
            parseAndEvaluateWithEveryParser(text.toString());
        });
    }

    @Test
    void numericStringVariablesReadExactlyAsDoubleParseDouble() {
        Expression x = new ExpressionParser().parse("x");
        check(500, random -> {
            String text = numericString(random);
            double expected = Double.parseDouble(text);
            if (Double.isFinite(expected)) {
                assertEquals(expected, x.evaluate(Map.of("x", text)), text);
            } else {
                assertThrows(EvaluationException.class, () -> x.evaluate(Map.of("x", text)), text);
            }
        });
    }

    @Test
    void variablesAreListedInOrderOfFirstAppearance() {
        check(300, random -> {
            String text = tree(random, 4).print();
            java.util.LinkedHashSet<String> expected = new java.util.LinkedHashSet<>();
            java.util.regex.Matcher names =
                    java.util.regex.Pattern.compile("\\b[a-dmn]\\b").matcher(text);
            while (names.find()) {
                expected.add(names.group());
            }
            Expression parsed = text.contains("CASE")
                    ? new CaseExpressionParser().parse("CASE WHEN 1 = 1 THEN " + text + " END")
                    : new ExpressionParser().parse(text);
            assertEquals(List.copyOf(expected), parsed.variables(), text);
        });
    }

    /** A number as the language writes it: sign, digits, an optional fraction and exponent. */
    private static String numericString(SplittableRandom random) {
        while (true) {
            String sign = oneOf(random, List.of("", "+", "-"));
            String whole = stringOf(random, "0123456789", 0, 20);
            String fraction = random.nextBoolean() ? "." + stringOf(random, "0123456789", 0, 20) : "";
            String exponent = random.nextBoolean()
                    ? ""
                    : oneOf(random, List.of("e", "E")) + oneOf(random, List.of("", "+", "-")) + random.nextInt(401);
            String text = sign + whole + fraction + exponent;
            if (text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                return text;
            }
        }
    }

    /** Replaces each space of a printed tree with a random run of the language's whitespace. */
    private static String spaced(SplittableRandom random, String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == ' ' ? stringOf(random, " \t\r\n", 1, 3) : String.valueOf(c));
        }
        return out.toString();
    }

    private static void parseAndEvaluateWithEveryParser(String text) {
        for (ExpressionGrammar parser : List.of(
                new ExpressionParser(),
                new TernaryExpressionParser(),
                new CaseExpressionParser(),
                new SimpleExpressionParser())) {
            Expression expression;
            try {
                expression = parser.parse(text);
            } catch (ExpressionSyntaxException e) {
                assertTrue(e.position() >= 0 && e.position() <= text.length(), e::getMessage);
                assertTrue(parser.tryParse(text).isEmpty());
                continue;
            }
            assertTrue(parser.tryParse(text).isPresent());
            try {
                expression.evaluate(VARS);
            } catch (EvaluationException expected) {
                // The only exception evaluation may raise.
            }
        }
    }

    private static final List<String> SOUP = List.of(
            "CASE", "WHEN", "THEN", "ELSE", "END", "case", "if", "else", "and", "or", "not", "(", ")", "+", "-", "*",
            "/", "^", "=", "==", "!=", "<", "<=", ">", ">=", "a", "m", "n", "NULL", "1", "0", "2.5", "1e3", "1e999",
            " ", "\t", "\n");

    private static final List<Double> LITERALS = List.of(0.0, 1.0, 2.0, 3.0, 0.5, 10.0, 1e3, 1.5e-3, 1e300);

    /** A random tree at most {@code depth} levels deep: leaves, unary chains, binaries and CASEs. */
    private static ModelTree tree(SplittableRandom random, int depth) {
        return tree(random, depth, true);
    }

    /** As {@link #tree(SplittableRandom, int)}, without CASE where the grammar allows none. */
    private static ModelTree tree(SplittableRandom random, int depth, boolean withCase) {
        int pick = random.nextInt(depth == 0 ? 3 : withCase ? 11 : 10);
        if (pick < 3) {
            return leaf(random);
        }
        if (pick < 5) {
            return new ModelTree.Unary(oneOf(random, List.of('+', '-')), tree(random, depth - 1, withCase));
        }
        if (pick < 10) {
            return new ModelTree.Binary(
                    oneOf(random, List.of('+', '-', '*', '/', '^')),
                    tree(random, depth - 1, withCase),
                    tree(random, depth - 1, withCase));
        }
        List<ModelCond> conditions = new ArrayList<>();
        List<ModelTree> values = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            conditions.add(condition(random, depth - 1));
            values.add(tree(random, depth - 1));
        }
        ModelTree otherwise = random.nextInt(5) < 2 ? null : tree(random, depth - 1);
        return new ModelTree.Case(conditions, values, otherwise);
    }

    private static ModelTree leaf(SplittableRandom random) {
        int pick = random.nextInt(10);
        if (pick < 4) {
            return new ModelTree.Lit(oneOf(random, LITERALS));
        }
        if (pick < 8) {
            return new ModelTree.Var(oneOf(random, List.of("a", "b", "c", "d")));
        }
        // "n" is bound to null and "m" is never bound.
        return pick < 9 ? new ModelTree.Var(oneOf(random, List.of("n", "m"))) : new ModelTree.Null();
    }

    private static ModelCond condition(SplittableRandom random, int depth) {
        int pick = depth == 0 ? 0 : random.nextInt(6);
        if (pick < 3) {
            ModelTree left = tree(random, Math.max(0, depth - 1));
            ModelTree right = tree(random, Math.max(0, depth - 1));
            return new ModelCond.Compare(oneOf(random, List.of("=", "!=", "<", "<=", ">", ">=")), left, right);
        }
        if (pick < 4) {
            return new ModelCond.Not(condition(random, depth - 1));
        }
        return new ModelCond.Logic(
                oneOf(random, List.of("and", "or")), condition(random, depth - 1), condition(random, depth - 1));
    }
}

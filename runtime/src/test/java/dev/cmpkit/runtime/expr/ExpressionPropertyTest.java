package dev.cmpkit.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.runtime.expr.ModelTree.ModelCond;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests: the parser and evaluator agree with an independent model on random trees,
 * and no input, however broken, raises anything but the language's two exception types.
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

    @Property(tries = 500)
    void printedTreesParseBackToTheSameValue(@ForAll("trees") ModelTree tree) {
        String text = tree.print();
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
    }

    @Property(tries = 500)
    void randomTokenSoupRaisesOnlyTheLanguagesExceptions(@ForAll("tokenSoup") String text) {
        parseAndEvaluateWithEveryParser(text);
    }

    @Property(tries = 500)
    void randomCharactersRaiseOnlyTheLanguagesExceptions(@ForAll("characters") String text) {
        parseAndEvaluateWithEveryParser(text);
    }

    @Property(tries = 500)
    void mutatedValidExpressionsRaiseOnlyTheLanguagesExceptions(
            @ForAll("trees") ModelTree tree, @ForAll("mutations") List<int[]> mutations) {
        StringBuilder text = new StringBuilder("CASE WHEN a = 1 THEN ").append(tree.print()).append(" ELSE 0 END");
        String alphabet = "()+-*/^=<>! 0123456789.eNULaCASEWHENDTHiforand";
        for (int[] mutation : mutations) {
            int at = Math.floorMod(mutation[1], text.length() + 1);
            char c = alphabet.charAt(Math.floorMod(mutation[2], alphabet.length()));
            switch (Math.floorMod(mutation[0], 3)) {
                case 0: text.insert(at, c); break;
                case 1: if (at < text.length()) { text.deleteCharAt(at); } break;
                default: if (at < text.length()) { text.setCharAt(at, c); } break;
            }
        }
        parseAndEvaluateWithEveryParser(text.toString());
    }

    @Property(tries = 500)
    void numericStringVariablesReadExactlyAsDoubleParseDouble(@ForAll("numericStrings") String text) {
        double expected = Double.parseDouble(text);
        Expression x = new ExpressionParser().parse("x");
        if (Double.isFinite(expected)) {
            assertEquals(expected, x.evaluate(Map.of("x", text)), text);
        } else {
            assertThrows(EvaluationException.class, () -> x.evaluate(Map.of("x", text)), text);
        }
    }

    @Property(tries = 300)
    void variablesAreListedInOrderOfFirstAppearance(@ForAll("trees") ModelTree tree) {
        String text = tree.print();
        java.util.LinkedHashSet<String> expected = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\b[a-dmn]\\b").matcher(text);
        while (names.find()) {
            expected.add(names.group());
        }
        Expression parsed = text.contains("CASE")
                ? new CaseExpressionParser().parse("CASE WHEN 1 = 1 THEN " + text + " END")
                : new ExpressionParser().parse(text);
        assertEquals(List.copyOf(expected), parsed.variables(), text);
    }

    @Provide
    Arbitrary<String> numericStrings() {
        Arbitrary<String> sign = Arbitraries.of("", "+", "-");
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(20);
        Arbitrary<String> exponent = Combinators.combine(Arbitraries.of("e", "E"), sign,
                Arbitraries.integers().between(0, 400)).as((e, s, v) -> e + s + v).injectNull(0.5);
        return Combinators.combine(sign, digits, Arbitraries.of(true, false), digits, exponent)
                .as((s, whole, point, fraction, e) -> s + whole + (point ? "." + fraction : "") + (e == null ? "" : e))
                .filter(t -> t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?"));
    }

    private static void parseAndEvaluateWithEveryParser(String text) {
        for (ExpressionGrammar parser : List.of(new ExpressionParser(), new TernaryExpressionParser(),
                new CaseExpressionParser(), new SimpleExpressionParser())) {
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

    @Provide
    Arbitrary<ModelTree> trees() {
        return tree(4);
    }

    private Arbitrary<ModelTree> tree(int depth) {
        Arbitrary<ModelTree> leaf = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(0.0, 1.0, 2.0, 3.0, 0.5, 10.0, 1e3, 1.5e-3, 1e300).map(ModelTree.Lit::new)),
                net.jqwik.api.Tuple.of(4, Arbitraries.of("a", "b", "c", "d").map(ModelTree.Var::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("n", "m").map(ModelTree.Var::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new ModelTree.Null())));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<ModelTree> sub = Arbitraries.lazy(() -> tree(depth - 1));
        Arbitrary<ModelTree> unary = Combinators.combine(Arbitraries.of('+', '-'), sub).as(ModelTree.Unary::new);
        Arbitrary<ModelTree> binary = Combinators.combine(Arbitraries.of('+', '-', '*', '/', '^'), sub, sub)
                .as(ModelTree.Binary::new);
        Arbitrary<ModelTree> caseTree = Combinators.combine(
                        condition(depth - 1).list().ofMinSize(1).ofMaxSize(3),
                        sub.list().ofSize(3),
                        sub.injectNull(0.4))
                .as((conditions, values, otherwise) ->
                        new ModelTree.Case(conditions, values.subList(0, conditions.size()), otherwise));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(2, unary),
                net.jqwik.api.Tuple.of(5, binary),
                net.jqwik.api.Tuple.of(1, caseTree));
    }

    private Arbitrary<ModelCond> condition(int depth) {
        Arbitrary<ModelTree> operand = tree(Math.max(0, depth - 1));
        Arbitrary<ModelCond> compare = Combinators.combine(Arbitraries.of("=", "!=", "<", "<=", ">", ">="), operand, operand)
                .as(ModelCond.Compare::new);
        if (depth == 0) {
            return compare;
        }
        Arbitrary<ModelCond> sub = Arbitraries.lazy(() -> condition(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, compare),
                net.jqwik.api.Tuple.of(1, sub.map(ModelCond.Not::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of("and", "or"), sub, sub).as(ModelCond.Logic::new)));
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of("CASE", "WHEN", "THEN", "ELSE", "END", "case", "if", "else", "and", "or", "not",
                        "(", ")", "+", "-", "*", "/", "^", "=", "==", "!=", "<", "<=", ">", ">=",
                        "a", "m", "n", "NULL", "1", "0", "2.5", "1e3", "1e999", " ", "\t", "\n")
                .list().ofMaxSize(30)
                .map(tokens -> String.join(tokens.size() % 2 == 0 ? " " : "", tokens));
    }

    @Provide
    Arbitrary<String> characters() {
        return Arbitraries.strings().withChars("0123456789.eE+-*/^()=<>! \t\r\nabnmNULCASEWHTif_$\u00e9\u0000")
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<List<int[]>> mutations() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(any, any, any).as((kind, at, c) -> new int[] {kind, at, c}).list().ofMinSize(1).ofMaxSize(3);
    }
}

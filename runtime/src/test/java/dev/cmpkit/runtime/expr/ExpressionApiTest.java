package dev.cmpkit.runtime.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The public API around parsing and evaluation: exceptions, variables, value types, sharing. */
class ExpressionApiTest {

    @Test
    void syntaxErrorCarriesPositionOffendingTextExpectationAndACaretExcerpt() {
        ExpressionSyntaxException e =
                assertThrows(ExpressionSyntaxException.class, () -> new ExpressionParser().parse("value * (2 +"));
        assertEquals(12, e.position());
        assertEquals("end of input", e.offendingText());
        assertEquals("a number, a variable, NULL or '('", e.expected());
        assertEquals("value * (2 +", e.input());
        assertEquals("value * (2 +\n            ^", e.excerpt());
        assertEquals(
                "Syntax error at position 12: expected a number, a variable, NULL or '(', found end of input\n"
                        + "value * (2 +\n            ^",
                e.getMessage());
    }

    @Test
    void excerptOfALongMultiLineInputIsOneShortLineWithTheCaretAligned() {
        String text = "a +\n".repeat(100) + "+ )" + " + b".repeat(100);
        ExpressionSyntaxException e =
                assertThrows(ExpressionSyntaxException.class, () -> new ExpressionParser().parse(text));
        assertEquals(402, e.position());
        String[] lines = e.excerpt().split("\n", -1);
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("...") && lines[0].endsWith("..."), lines[0]);
        assertEquals(')', lines[0].charAt(lines[1].indexOf('^')));
        assertEquals("')'", e.offendingText());
    }

    @Test
    void nullEmptyAndBlankInputsAreSyntaxErrors() {
        for (ExpressionGrammar parser : List.of(
                new ExpressionParser(),
                new TernaryExpressionParser(),
                new CaseExpressionParser(),
                new SimpleExpressionParser())) {
            assertEquals(
                    "null",
                    assertThrows(ExpressionSyntaxException.class, () -> parser.parse(null))
                            .offendingText());
            assertEquals(
                    "empty input",
                    assertThrows(ExpressionSyntaxException.class, () -> parser.parse(""))
                            .offendingText());
            ExpressionSyntaxException blank =
                    assertThrows(ExpressionSyntaxException.class, () -> parser.parse(" \t\r\n"));
            assertEquals("blank input", blank.offendingText());
            assertEquals("an expression", blank.expected());
            assertEquals(Optional.empty(), parser.tryParse(null));
        }
    }

    @Test
    void tryParseReturnsTheExpressionOrEmpty() {
        assertEquals(4.0, new ExpressionParser().tryParse("2 * 2").orElseThrow().evaluate(Map.of()));
        assertEquals(Optional.empty(), new ExpressionParser().tryParse("2 *"));
    }

    @Test
    void variablesAreListedInOrderOfFirstAppearanceWithoutNull() {
        Expression e = new CaseExpressionParser()
                .parse("CASE WHEN total = 0 THEN NULL WHEN used > total THEN 1 ELSE used / total * scale END");
        assertEquals(List.of("total", "used", "scale"), e.variables());
        assertThrows(UnsupportedOperationException.class, () -> e.variables().add("x"));
        assertEquals(List.of(), new ExpressionParser().parse("NULL").variables());
        assertEquals(
                List.of("b", "a"),
                new SimpleExpressionParser().parse("b if a > b else a").variables());
    }

    @Test
    void variableLookupExceptionNamesTheVariableAndTheGivenNames() {
        Map<String, Object> given = new java.util.LinkedHashMap<>();
        given.put("value", 1);
        given.put("total", 2);
        VariableLookupException e = assertThrows(
                VariableLookupException.class,
                () -> new ExpressionParser().parse("value / cpu_used").evaluate(given));
        assertEquals("cpu_used", e.variable());
        assertEquals(List.of("value", "total"), e.givenNames());
        assertEquals(
                "Variable 'cpu_used' was not given; expected it among the given variables [value, total]",
                e.getMessage());
    }

    @Test
    void aNullMapMeansNoVariables() {
        assertEquals(3.0, new ExpressionParser().parse("1 + 2").evaluate(null));
        assertEquals(
                List.of(),
                assertThrows(
                                VariableLookupException.class,
                                () -> new ExpressionParser().parse("x").evaluate(null))
                        .givenNames());
    }

    @Test
    void variablesMayBeAnyNumberTypeOrANumericString() {
        Expression e = new ExpressionParser().parse("x * 2");
        assertEquals(6.0, e.evaluate(Map.of("x", 3)));
        assertEquals(6.0, e.evaluate(Map.of("x", 3L)));
        assertEquals(5.0, e.evaluate(Map.of("x", 2.5f)));
        assertEquals(7.0, e.evaluate(Map.of("x", new BigDecimal("3.5"))));
        assertEquals(8.0, e.evaluate(Map.of("x", BigInteger.valueOf(4))));
        assertEquals(10.0, e.evaluate(Map.of("x", new AtomicLong(5))));
        assertEquals(25.0, e.evaluate(Map.of("x", "12.5")));
        assertEquals(-3.0, e.evaluate(Map.of("x", " -1.5 ")));
        assertEquals(1.0, e.evaluate(Map.of("x", ".5")));
        assertEquals(2000.0, e.evaluate(Map.of("x", "1e3")));
        assertEquals(2.0, e.evaluate(Map.of("x", new StringBuilder("1"))));
    }

    @Test
    void aVariableBoundToNullIsNull() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("x", null);
        assertNull(new ExpressionParser().parse("x").evaluate(vars));
        assertNull(new ExpressionParser().parse("+x").evaluate(vars));
    }

    @Test
    void nullCannotBeBoundByAVariable() {
        assertNull(new ExpressionParser().parse("NULL").evaluate(Map.of("NULL", 5)));
        assertEquals(5.0, new ExpressionParser().parse("null").evaluate(Map.of("null", 5)));
    }

    @Test
    void nonNumericValuesAreEvaluationErrorsThatNameTheVariable() {
        Expression e = new ExpressionParser().parse("x + 1");
        for (Object bad : new Object[] {
            "abc",
            "",
            "1.2.3",
            "NaN",
            "Infinity",
            "0x10",
            "1e",
            "1d",
            "1e999",
            true,
            'c',
            List.of(1),
            Double.NaN,
            Double.POSITIVE_INFINITY,
            new Object()
        }) {
            EvaluationException ex =
                    assertThrows(EvaluationException.class, () -> e.evaluate(Map.of("x", bad)), String.valueOf(bad));
            assertTrue(ex.getMessage().startsWith("Variable 'x' is "), ex.getMessage());
            assertTrue(!(ex instanceof VariableLookupException));
        }
    }

    @Test
    void aMapThatCannotBeSearchedByNameIsAnEvaluationError() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, Object> integers = (Map) new TreeMap<Integer, Object>(Map.of(1, 1));
        EvaluationException e = assertThrows(
                EvaluationException.class,
                () -> new ExpressionParser().parse("x").evaluate(integers));
        assertTrue(e.getMessage().contains("could not be looked up"), e.getMessage());
    }

    @Test
    void extraVariablesAreIgnoredAndNamesAreCaseSensitive() {
        Expression e = new ExpressionParser().parse("Value");
        assertEquals(1.0, e.evaluate(Map.of("Value", 1, "value", 2, "unused", "not a number")));
        assertThrows(VariableLookupException.class, () -> e.evaluate(Map.of("value", 2)));
    }

    @Test
    void resultIsAlwaysADoubleOrNull() {
        Object result = new ExpressionParser().parse("2").evaluate(Map.of());
        assertEquals(Double.class, result.getClass());
        assertEquals(-0.0, new ExpressionParser().parse("-0").evaluate(Map.of()));
    }

    @Test
    void expressionRemembersItsSource() {
        Expression e = new ExpressionParser().parse(" value * 10 ");
        assertEquals(" value * 10 ", e.source());
        assertEquals(" value * 10 ", e.toString());
    }

    @Test
    void oneParsedExpressionIsSafeToShareBetweenThreads() throws Exception {
        Expression e = new CaseExpressionParser().parse("CASE WHEN x > 0 THEN x * 2 WHEN x = 0 THEN NULL ELSE -x END");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int i = -1000; i < 1000; i++) {
                        int x = i * 4 + offset;
                        Double expected = x > 0 ? Double.valueOf(x * 2.0) : x == 0 ? null : Double.valueOf(-x);
                        if (!java.util.Objects.equals(expected, e.evaluate(Map.of("x", x)))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void parsersAreStatelessAndReusable() {
        ExpressionGrammar parser = new SimpleExpressionParser();
        assertThrows(ExpressionSyntaxException.class, () -> parser.parse("1 +"));
        Expression first = parser.parse("a");
        Expression second = parser.parse("b + c");
        assertEquals(List.of("a"), first.variables());
        assertEquals(List.of("b", "c"), second.variables());
        assertSame(first.variables(), first.variables());
    }
}

package dev.cmpkit.benchmarks;

import dev.cmpkit.runtime.expr.CaseExpressionParser;
import dev.cmpkit.runtime.expr.Expression;
import dev.cmpkit.runtime.expr.ExpressionParser;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.operator.Operator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Comparison 4: expressions parsed once and evaluated many times, against exp4j and a hand-built
 * node tree, plus the parse cost. exp4j has no CASE, so its nested CASE is written with a
 * three-argument {@code if} function and {@code <}/{@code >} operators defined here (exp4j
 * evaluates every argument of a function, so it does more work than a lazy CASE). Every variant
 * reads the same {@code Map<String, Double>} of variables per evaluation and the setup fails
 * unless all agree.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ExpressionBenchmark {
    static final String SIMPLE = "value * 10";
    static final String CASE = "CASE WHEN value < 0 THEN 0 WHEN value < 100 THEN "
            + "CASE WHEN total > 0 THEN value / total * 100 ELSE 0 END ELSE 100 END";
    static final String EXP4J_CASE = "if(value < 0, 0, if(value < 100, if(total > 0, value / total * 100, 0), 100))";

    private static final Function IF = new Function("if", 3) {
        @Override
        public double apply(double... args) {
            return args[0] != 0 ? args[1] : args[2];
        }
    };
    private static final int COMPARISON_PRECEDENCE = Operator.PRECEDENCE_ADDITION - 100;
    private static final Operator LESS = new Operator("<", 2, true, COMPARISON_PRECEDENCE) {
        @Override
        public double apply(double... args) {
            return args[0] < args[1] ? 1 : 0;
        }
    };
    private static final Operator GREATER = new Operator(">", 2, true, COMPARISON_PRECEDENCE) {
        @Override
        public double apply(double... args) {
            return args[0] > args[1] ? 1 : 0;
        }
    };

    private final ExpressionParser arithmetic = new ExpressionParser();
    private final CaseExpressionParser caseParser = new CaseExpressionParser();
    private final Map<String, Double> vars = new HashMap<>();

    private Expression cmpkitSimple;
    private Expression cmpkitCase;
    private net.objecthunter.exp4j.Expression exp4jSimple;
    private net.objecthunter.exp4j.Expression exp4jCase;
    private HandTree.Num treeSimple;
    private HandTree.Num treeCase;

    /** Parses each expression once per variant and checks that all variants agree. */
    @Setup
    public void setUp() {
        vars.put("value", 42.5);
        vars.put("total", 200.0);
        cmpkitSimple = arithmetic.parse(SIMPLE);
        cmpkitCase = caseParser.parse(CASE);
        exp4jSimple = exp4jSimple();
        exp4jCase = exp4jCase();
        treeSimple = HandTree.times10();
        treeCase = HandTree.nestedCase();
        check(SIMPLE, 425.0, evalSimpleCmpkit(), evalSimpleExp4j(), evalSimpleHandTree());
        check(CASE, 21.25, evalCaseCmpkit(), evalCaseExp4j(), evalCaseHandTree());
    }

    private static void check(String expression, double expected, double... results) {
        for (double result : results) {
            if (result != expected) {
                throw new IllegalStateException(expression + ": expected " + expected + " from every variant, got "
                        + java.util.Arrays.toString(results));
            }
        }
    }

    /** cmpkit evaluates {@code value * 10}. */
    @Benchmark
    public Double evalSimpleCmpkit() {
        return cmpkitSimple.evaluate(vars);
    }

    /** exp4j evaluates {@code value * 10}. */
    @Benchmark
    public Double evalSimpleExp4j() {
        return exp4jSimple.setVariables(vars).evaluate();
    }

    /** The hand-built tree evaluates {@code value * 10}. */
    @Benchmark
    public Double evalSimpleHandTree() {
        return treeSimple.eval(vars);
    }

    /** cmpkit evaluates the nested CASE. */
    @Benchmark
    public Double evalCaseCmpkit() {
        return cmpkitCase.evaluate(vars);
    }

    /** exp4j evaluates the nested {@code if}. */
    @Benchmark
    public Double evalCaseExp4j() {
        return exp4jCase.setVariables(vars).evaluate();
    }

    /** The hand-built tree evaluates the nested CASE. */
    @Benchmark
    public Double evalCaseHandTree() {
        return treeCase.eval(vars);
    }

    /** cmpkit parses {@code value * 10}. */
    @Benchmark
    public Expression parseSimpleCmpkit() {
        return arithmetic.parse(SIMPLE);
    }

    /** exp4j parses {@code value * 10}. */
    @Benchmark
    public net.objecthunter.exp4j.Expression parseSimpleExp4j() {
        return exp4jSimple();
    }

    /** cmpkit parses the nested CASE. */
    @Benchmark
    public Expression parseCaseCmpkit() {
        return caseParser.parse(CASE);
    }

    /** exp4j parses the nested {@code if}. */
    @Benchmark
    public net.objecthunter.exp4j.Expression parseCaseExp4j() {
        return exp4jCase();
    }

    private static net.objecthunter.exp4j.Expression exp4jSimple() {
        return new ExpressionBuilder(SIMPLE).variables("value").build();
    }

    private static net.objecthunter.exp4j.Expression exp4jCase() {
        return new ExpressionBuilder(EXP4J_CASE)
                .variables("value", "total")
                .function(IF)
                .operator(LESS, GREATER)
                .build();
    }
}

package dev.cmpkit.benchmarks;

import java.util.Map;

/**
 * The baseline for expression evaluation: the two benchmark expressions built by hand as trees
 * of small node objects with primitive {@code double} evaluation, the practical limit for a
 * tree-walking interpreter. It knows only {@link Number} variables and throws on a missing one.
 *
 * <p>It is the floor, not a conforming implementation of the language: it skips the
 * checks cmpkit must make on every evaluation. It does not tell a missing variable from a null
 * one, reads no numeric strings, accepts NaN and infinite variable values, lets null (NaN) and
 * overflow flow silently through {@code *} and {@code /} and through {@code <} and {@code >}
 * (which then answer false instead of throwing), and checks no result for finiteness. Only its
 * division by zero (0.0) matches the language. Its variable names are the same string
 * instances as the benchmark's map keys, so {@code HashMap.get} matches them by identity.
 */
final class HandTree {

    /** A numeric node. */
    interface Num {
        double eval(Map<String, ?> vars);
    }

    /** A condition node. */
    interface Cond {
        boolean test(Map<String, ?> vars);
    }

    private HandTree() {}

    /** {@return {@code value * 10}} */
    static Num times10() {
        return mul(var("value"), constant(10));
    }

    /**
     * {@return the nested CASE of {@link ExpressionBenchmark#CASE}: {@code CASE WHEN value < 0
     * THEN 0 WHEN value < 100 THEN CASE WHEN total > 0 THEN value / total * 100 ELSE 0 END ELSE
     * 100 END}}
     */
    static Num nestedCase() {
        Num inner = caseOf(
                new Cond[] {gt(var("total"), constant(0))},
                new Num[] {mul(div(var("value"), var("total")), constant(100))},
                constant(0));
        return caseOf(
                new Cond[] {lt(var("value"), constant(0)), lt(var("value"), constant(100))},
                new Num[] {constant(0), inner},
                constant(100));
    }

    static Num constant(double value) {
        return vars -> value;
    }

    static Num var(String name) {
        return vars -> {
            Object value = vars.get(name);
            if (value instanceof Number number) {
                return number.doubleValue();
            }
            throw new IllegalArgumentException("variable " + name + " must be a number, got " + value);
        };
    }

    static Num mul(Num left, Num right) {
        return vars -> left.eval(vars) * right.eval(vars);
    }

    static Num div(Num left, Num right) {
        return vars -> {
            double dividend = left.eval(vars);
            double divisor = right.eval(vars);
            return divisor == 0 ? 0.0 : dividend / divisor;
        };
    }

    static Cond lt(Num left, Num right) {
        return vars -> left.eval(vars) < right.eval(vars);
    }

    static Cond gt(Num left, Num right) {
        return vars -> left.eval(vars) > right.eval(vars);
    }

    static Num caseOf(Cond[] whens, Num[] thens, Num otherwise) {
        return vars -> {
            for (int i = 0; i < whens.length; i++) {
                if (whens[i].test(vars)) {
                    return thens[i].eval(vars);
                }
            }
            return otherwise.eval(vars);
        };
    }
}

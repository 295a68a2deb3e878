package dev.cmpkit.runtime.expr;

import java.util.List;
import java.util.Map;

/**
 * A number-valued node; evaluation returns a double in which {@link Values#NULL} (a NaN) stands
 * for null, so that evaluating allocates nothing.
 *
 * <p>No finite arithmetic produces NaN here: every operation whose result is not finite throws,
 * and variable values are checked when read, so NaN can only mean null.
 */
sealed interface Num extends Node {

    double eval(Map<String, ?> variables);

    /** A number written in the expression. */
    record Literal(double value) implements Num {
        @Override
        public double eval(Map<String, ?> variables) {
            return value;
        }
    }

    /** The identifier {@code NULL}. */
    record NullLiteral() implements Num {
        @Override
        public double eval(Map<String, ?> variables) {
            return Values.NULL;
        }
    }

    /**
     * A variable, read from the caller's map on every evaluation. A finite {@code Double}, the
     * common case, is read here; every other value goes to {@link Values#read}.
     */
    record Variable(String name) implements Num {
        @Override
        public double eval(Map<String, ?> variables) {
            Object value;
            try {
                value = variables.get(name);
            } catch (ClassCastException | NullPointerException e) {
                // A null map stands for no variables (see Expression.evaluate).
                throw variables == null ? new VariableLookupException(name, List.of()) : Values.unsearchable(name, e);
            }
            if (value instanceof Double number && Double.isFinite(number)) {
                return number;
            }
            return Values.read(variables, name, value);
        }
    }

    /**
     * A run of unary signs with at least one minus in front of an operand; {@code negate} is
     * true for an odd number of minus signs. Unary plus alone passes null through and builds no
     * node, but any minus rejects null.
     */
    record Negate(Num operand, boolean negate, int position) implements Num {
        @Override
        public double eval(Map<String, ?> variables) {
            double value = operand.eval(variables);
            if (Values.isNull(value)) {
                throw new EvaluationException(
                        "Unary '-' at position " + position + " cannot negate null; expected a number");
            }
            return negate ? -value : value;
        }
    }

    // One node class per operator, so that evaluating an operation calls its checked arithmetic
    // directly, with no dispatch on the operator (see Operator for the checks).

    /** {@code left + right}. */
    record Add(Num left, Num right, int position) implements Num {
        @Override
        public double eval(Map<String, ?> variables) {
            return Operator.add(left.eval(variables), right.eval(variables), position);
        }
    }

    /** {@code left - right}. */
    record Subtract(Num left, Num right, int position) implements Num {
        @Override
        public double eval(Map<String, ?> variables) {
            return Operator.subtract(left.eval(variables), right.eval(variables), position);
        }
    }

    /** {@code left * right}. */
    record Multiply(Num left, Num right, int position) implements Num {
        @Override
        public double eval(Map<String, ?> variables) {
            return Operator.multiply(left.eval(variables), right.eval(variables), position);
        }
    }

    /** {@code left / right}; division by zero gives 0.0. */
    record Divide(Num left, Num right, int position) implements Num {
        @Override
        public double eval(Map<String, ?> variables) {
            return Operator.divide(left.eval(variables), right.eval(variables), position);
        }
    }

    /** {@code left ^ right}; 0 to a negative power gives 0.0. */
    record Power(Num left, Num right, int position) implements Num {
        @Override
        public double eval(Map<String, ?> variables) {
            return Operator.power(left.eval(variables), right.eval(variables), position);
        }
    }

    /**
     * Many operands joined by left-associative operators of one precedence level
     * ({@code a + b - c + ...}); a flat chain instead of a left-deep tree keeps evaluation
     * iterative, however long the chain. (Short chains are left-deep trees of the nodes above.) {@code operators[i]} joins the running result with
     * {@code operands[i + 1]}.
     */
    // Arrays, not lists, on the evaluation path; nodes are never compared with equals.
    @SuppressWarnings("ArrayRecordComponent")
    record Chain(Num[] operands, Operator[] operators, int[] positions) implements Num {
        @Override
        public double eval(Map<String, ?> variables) {
            double result = operands[0].eval(variables);
            for (int i = 0; i < operators.length; i++) {
                result = operators[i].apply(result, operands[i + 1].eval(variables), positions[i]);
            }
            return result;
        }
    }

    /** {@code CASE WHEN c THEN v ... [ELSE e] END}; null when nothing matches and there is no ELSE. */
    // Arrays, not lists, on the evaluation path; nodes are never compared with equals.
    @SuppressWarnings("ArrayRecordComponent")
    record Case(Cond[] conditions, Num[] values, Num otherwise) implements Num {
        @Override
        public double eval(Map<String, ?> variables) {
            for (int i = 0; i < conditions.length; i++) {
                if (conditions[i].test(variables)) {
                    return values[i].eval(variables);
                }
            }
            return otherwise == null ? Values.NULL : otherwise.eval(variables);
        }
    }

    /** {@code a if condition else b}; only the chosen branch is evaluated. */
    record Ternary(Cond condition, Num whenTrue, Num whenFalse) implements Num {
        @Override
        public double eval(Map<String, ?> variables) {
            return condition.test(variables) ? whenTrue.eval(variables) : whenFalse.eval(variables);
        }
    }
}

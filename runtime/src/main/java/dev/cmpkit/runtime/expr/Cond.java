package dev.cmpkit.runtime.expr;

import java.util.Map;

/** A truth-valued node: a comparison, or conditions joined by NOT, AND and OR. */
sealed interface Cond extends Node {

    boolean test(Map<String, ?> variables);

    /** {@code left op right}; both sides are evaluated, left first. */
    record Compare(Relation relation, Num left, Num right, int position) implements Cond {
        @Override
        public boolean test(Map<String, ?> variables) {
            double l = left.eval(variables);
            double r = right.eval(variables);
            return relation.test(l, r, position);
        }
    }

    /** {@code not c}; a run of NOTs collapses to one node or none. */
    record Not(Cond operand) implements Cond {
        @Override
        public boolean test(Map<String, ?> variables) {
            return !operand.test(variables);
        }
    }

    /** {@code a and b and ...}, short-circuiting from the left. */
    record All(Cond[] operands) implements Cond {
        @Override
        public boolean test(Map<String, ?> variables) {
            for (Cond operand : operands) {
                if (!operand.test(variables)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code a or b or ...}, short-circuiting from the left. */
    record Any(Cond[] operands) implements Cond {
        @Override
        public boolean test(Map<String, ?> variables) {
            for (Cond operand : operands) {
                if (operand.test(variables)) {
                    return true;
                }
            }
            return false;
        }
    }
}

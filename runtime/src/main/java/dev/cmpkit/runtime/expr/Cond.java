package dev.cmpkit.runtime.expr;

import java.util.Map;

/** A truth-valued node: a comparison, or conditions joined by NOT, AND and OR. */
sealed interface Cond extends Node {

    boolean test(Map<String, ?> variables);

    // One node class per relation, so that testing a comparison is a direct comparison of two
    // doubles with no dispatch on the relation. Both sides are evaluated, left first. An ordering
    // relation tries the relation and its negation: when neither holds, a side is NaN (null).

    /** {@code left = right} (and {@code ==}); null equals only null. */
    record Equal(Num left, Num right) implements Cond {
        @Override
        public boolean test(Map<String, ?> variables) {
            double l = left.eval(variables);
            double r = right.eval(variables);
            return l == r || (Values.isNull(l) && Values.isNull(r));
        }
    }

    /** {@code left != right}; null differs from every number and equals null. */
    record NotEqual(Num left, Num right) implements Cond {
        @Override
        public boolean test(Map<String, ?> variables) {
            double l = left.eval(variables);
            double r = right.eval(variables);
            return !(l == r || (Values.isNull(l) && Values.isNull(r)));
        }
    }

    /** {@code left < right}; null throws. */
    record Less(Num left, Num right, int position) implements Cond {
        @Override
        public boolean test(Map<String, ?> variables) {
            double l = left.eval(variables);
            double r = right.eval(variables);
            if (l < r) {
                return true;
            }
            if (l >= r) {
                return false;
            }
            throw Relation.LESS.nullOperand(l, position);
        }
    }

    /** {@code left <= right}; null throws. */
    record LessEqual(Num left, Num right, int position) implements Cond {
        @Override
        public boolean test(Map<String, ?> variables) {
            double l = left.eval(variables);
            double r = right.eval(variables);
            if (l <= r) {
                return true;
            }
            if (l > r) {
                return false;
            }
            throw Relation.LESS_EQUAL.nullOperand(l, position);
        }
    }

    /** {@code left > right}; null throws. */
    record Greater(Num left, Num right, int position) implements Cond {
        @Override
        public boolean test(Map<String, ?> variables) {
            double l = left.eval(variables);
            double r = right.eval(variables);
            if (l > r) {
                return true;
            }
            if (l <= r) {
                return false;
            }
            throw Relation.GREATER.nullOperand(l, position);
        }
    }

    /** {@code left >= right}; null throws. */
    record GreaterEqual(Num left, Num right, int position) implements Cond {
        @Override
        public boolean test(Map<String, ?> variables) {
            double l = left.eval(variables);
            double r = right.eval(variables);
            if (l >= r) {
                return true;
            }
            if (l < r) {
                return false;
            }
            throw Relation.GREATER_EQUAL.nullOperand(l, position);
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
    // Arrays, not lists, on the evaluation path; nodes are never compared with equals.
    @SuppressWarnings("ArrayRecordComponent")
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
    // Arrays, not lists, on the evaluation path; nodes are never compared with equals.
    @SuppressWarnings("ArrayRecordComponent")
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

package dev.cmpkit.runtime.expr;

import java.util.List;
import java.util.Map;

/**
 * An independent model of the language for property tests: a tree that evaluates itself by the
 * rules of the expression language and prints itself with as few parentheses as precedence allows.
 */
sealed interface ModelTree {

    /** Thrown by the model where the real evaluator must throw {@link EvaluationException}. */
    final class ModelError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String missingVariable;

        ModelError(String missingVariable) {
            super(missingVariable == null ? "evaluation error" : "missing " + missingVariable, null, false, false);
            this.missingVariable = missingVariable;
        }
    }

    /** Binding strength: 1 sum, 2 product, 3 power, 4 unary, 5 atom. */
    int precedence();

    Double eval(Map<String, ?> vars);

    void print(StringBuilder out);

    default String print() {
        StringBuilder out = new StringBuilder();
        print(out);
        return out.toString();
    }

    record Lit(double value) implements ModelTree {
        @Override
        public int precedence() {
            return 5;
        }

        @Override
        public Double eval(Map<String, ?> vars) {
            return value;
        }

        @Override
        public void print(StringBuilder out) {
            out.append(Double.toString(value));
        }
    }

    record Null() implements ModelTree {
        @Override
        public int precedence() {
            return 5;
        }

        @Override
        public Double eval(Map<String, ?> vars) {
            return null;
        }

        @Override
        public void print(StringBuilder out) {
            out.append("NULL");
        }
    }

    record Var(String name) implements ModelTree {
        @Override
        public int precedence() {
            return 5;
        }

        @Override
        public Double eval(Map<String, ?> vars) {
            if (!vars.containsKey(name)) {
                throw new ModelError(name);
            }
            Object v = vars.get(name);
            return v == null ? null : ((Number) v).doubleValue();
        }

        @Override
        public void print(StringBuilder out) {
            out.append(name);
        }
    }

    record Unary(char sign, ModelTree operand) implements ModelTree {
        @Override
        public int precedence() {
            return 4;
        }

        @Override
        public Double eval(Map<String, ?> vars) {
            Double v = operand.eval(vars);
            if (sign == '+') {
                return v;
            }
            if (v == null) {
                throw new ModelError(null);
            }
            return -v;
        }

        @Override
        public void print(StringBuilder out) {
            out.append(sign);
            // "- -1" rather than "--1" would also do; both lex the same.
            parenthesize(out, operand, operand.precedence() < 4);
        }
    }

    record Binary(char op, ModelTree left, ModelTree right) implements ModelTree {
        @Override
        public int precedence() {
            return op == '+' || op == '-' ? 1 : op == '^' ? 3 : 2;
        }

        @Override
        public Double eval(Map<String, ?> vars) {
            Double l = left.eval(vars);
            Double r = right.eval(vars);
            if (l == null || r == null) {
                throw new ModelError(null);
            }
            double result = switch (op) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                case '/' -> r == 0 ? 0.0 : l / r;
                default -> l == 0 && r < 0 ? 0.0 : Math.pow(l, r);
            };
            if (Double.isNaN(result) || Double.isInfinite(result)) {
                throw new ModelError(null);
            }
            return result;
        }

        @Override
        public void print(StringBuilder out) {
            int p = precedence();
            // '^' is right-associative: its left operand needs parentheses at equal strength.
            parenthesize(out, left, op == '^' ? left.precedence() <= p : left.precedence() < p);
            out.append(' ').append(op).append(' ');
            parenthesize(out, right, op == '^' ? right.precedence() < p : right.precedence() <= p);
        }
    }

    record Case(List<ModelCond> conditions, List<ModelTree> values, ModelTree otherwise) implements ModelTree {
        @Override
        public int precedence() {
            return 5;
        }

        @Override
        public Double eval(Map<String, ?> vars) {
            for (int i = 0; i < conditions.size(); i++) {
                if (conditions.get(i).test(vars)) {
                    return values.get(i).eval(vars);
                }
            }
            return otherwise == null ? null : otherwise.eval(vars);
        }

        @Override
        public void print(StringBuilder out) {
            out.append("CASE");
            for (int i = 0; i < conditions.size(); i++) {
                out.append(" WHEN ");
                conditions.get(i).print(out);
                out.append(" THEN ");
                values.get(i).print(out);
            }
            if (otherwise != null) {
                out.append(" ELSE ");
                otherwise.print(out);
            }
            out.append(" END");
        }
    }

    private static void parenthesize(StringBuilder out, ModelTree tree, boolean needed) {
        if (needed) {
            out.append('(');
        }
        tree.print(out);
        if (needed) {
            out.append(')');
        }
    }

    /** Conditions: binding strength 1 or, 2 and, 3 not, 4 comparison. */
    sealed interface ModelCond {
        int precedence();

        boolean test(Map<String, ?> vars);

        void print(StringBuilder out);

        record Compare(String op, ModelTree left, ModelTree right) implements ModelCond {
            @Override
            public int precedence() {
                return 4;
            }

            @Override
            public boolean test(Map<String, ?> vars) {
                Double l = left.eval(vars);
                Double r = right.eval(vars);
                // Null equals null and differs from every number.
                if (op.equals("=")) {
                    return (l == null || r == null) ? (l == null && r == null) : l.doubleValue() == r.doubleValue();
                }
                if (op.equals("!=")) {
                    return (l == null || r == null) ? (l != null || r != null) : l.doubleValue() != r.doubleValue();
                }
                if (l == null || r == null) {
                    throw new ModelError(null);
                }
                return switch (op) {
                    case "<" -> l < r;
                    case "<=" -> l <= r;
                    case ">" -> l > r;
                    default -> l >= r;
                };
            }

            @Override
            public void print(StringBuilder out) {
                left.print(out);
                out.append(' ').append(op).append(' ');
                right.print(out);
            }
        }

        record Not(ModelCond operand) implements ModelCond {
            @Override
            public int precedence() {
                return 3;
            }

            @Override
            public boolean test(Map<String, ?> vars) {
                return !operand.test(vars);
            }

            @Override
            public void print(StringBuilder out) {
                out.append("not ");
                parenthesize(out, operand, operand.precedence() < 3);
            }
        }

        record Logic(String op, ModelCond left, ModelCond right) implements ModelCond {
            @Override
            public int precedence() {
                return op.equals("or") ? 1 : 2;
            }

            @Override
            public boolean test(Map<String, ?> vars) {
                return op.equals("or") ? left.test(vars) || right.test(vars) : left.test(vars) && right.test(vars);
            }

            @Override
            public void print(StringBuilder out) {
                parenthesize(out, left, left.precedence() < precedence());
                out.append(' ').append(op).append(' ');
                parenthesize(out, right, right.precedence() <= precedence());
            }
        }

        private static void parenthesize(StringBuilder out, ModelCond cond, boolean needed) {
            if (needed) {
                out.append('(');
            }
            cond.print(out);
            if (needed) {
                out.append(')');
            }
        }
    }
}

package dev.cmpkit.runtime.expr;

/**
 * The binary arithmetic operators: their null-, zero- and overflow-checked semantics, and the
 * tree node of each.
 *
 * <p>The static methods are the hot path, one per operator, small enough for the JIT to inline
 * into each node. They check once, after the operation, that the result is finite: operands are
 * always finite or null (NaN), and NaN propagates through {@code + - * /}, so a non-finite
 * result means a null operand, a division by zero or an overflow, which {@link #notFinite}
 * tells apart off the hot path. {@code ^} checks null first because {@code Math.pow(NaN, 0)} is 1.
 */
enum Operator {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    POWER("^");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    static Operator of(TokenType type) {
        return switch (type) {
            case PLUS -> ADD;
            case MINUS -> SUBTRACT;
            case STAR -> MULTIPLY;
            case SLASH -> DIVIDE;
            case CARET -> POWER;
            default -> throw new IllegalArgumentException("not an arithmetic operator: " + type);
        };
    }

    /** The node applying this operator to two operands. */
    Num node(Num left, Num right, int position) {
        return switch (this) {
            case ADD -> new Num.Add(left, right, position);
            case SUBTRACT -> new Num.Subtract(left, right, position);
            case MULTIPLY -> new Num.Multiply(left, right, position);
            case DIVIDE -> new Num.Divide(left, right, position);
            case POWER -> new Num.Power(left, right, position);
        };
    }

    /** Applies the operator; used by flat chains, where the operator varies along the chain. */
    double apply(double left, double right, int position) {
        return switch (this) {
            case ADD -> add(left, right, position);
            case SUBTRACT -> subtract(left, right, position);
            case MULTIPLY -> multiply(left, right, position);
            case DIVIDE -> divide(left, right, position);
            case POWER -> power(left, right, position);
        };
    }

    static double add(double left, double right, int position) {
        double result = left + right;
        return Double.isFinite(result) ? result : ADD.notFinite(left, right, position);
    }

    static double subtract(double left, double right, int position) {
        double result = left - right;
        return Double.isFinite(result) ? result : SUBTRACT.notFinite(left, right, position);
    }

    static double multiply(double left, double right, int position) {
        double result = left * right;
        return Double.isFinite(result) ? result : MULTIPLY.notFinite(left, right, position);
    }

    static double divide(double left, double right, int position) {
        double result = left / right;
        return Double.isFinite(result) ? result : DIVIDE.notFinite(left, right, position);
    }

    static double power(double left, double right, int position) {
        if (!Values.isNull(left) && !Values.isNull(right)) {
            // The language defines 0 to a negative power as 0.0.
            double result = left == 0 && right < 0 ? 0.0 : Math.pow(left, right);
            if (Double.isFinite(result)) {
                return result;
            }
        }
        return POWER.notFinite(left, right, position);
    }

    /**
     * The cold path of an operation whose plain result is not finite: null operands throw,
     * division by zero is 0.0 by the language's definition, anything else overflowed and throws.
     */
    private double notFinite(double left, double right, int position) {
        if (Values.isNull(left) || Values.isNull(right)) {
            throw new EvaluationException("'" + symbol + "' at position " + position + " got null as its "
                    + (Values.isNull(left) ? "left" : "right") + " operand; expected a number");
        }
        if (this == DIVIDE && right == 0) {
            return 0.0;
        }
        double result = switch (this) {
            case ADD -> left + right;
            case SUBTRACT -> left - right;
            case MULTIPLY -> left * right;
            case DIVIDE -> left / right;
            case POWER -> Math.pow(left, right);
        };
        throw new EvaluationException("'" + symbol + "' at position " + position + " on "
                + Values.format(left) + " and " + Values.format(right) + " gives " + result
                + "; expected a finite result");
    }
}

package dev.cmpkit.runtime.expr;

/** The binary arithmetic operators and their null-, zero- and overflow-checked semantics. */
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
        switch (type) {
            case PLUS: return ADD;
            case MINUS: return SUBTRACT;
            case STAR: return MULTIPLY;
            case SLASH: return DIVIDE;
            case CARET: return POWER;
            default: throw new IllegalArgumentException("not an arithmetic operator: " + type);
        }
    }

    double apply(double left, double right, int position) {
        if (Values.isNull(left) || Values.isNull(right)) {
            throw new EvaluationException("'" + symbol + "' at position " + position + " got null as its "
                    + (Values.isNull(left) ? "left" : "right") + " operand; expected a number");
        }
        double result;
        switch (this) {
            case ADD: result = left + right; break;
            case SUBTRACT: result = left - right; break;
            case MULTIPLY: result = left * right; break;
            // The language defines any division by zero, and 0 to a negative power, as 0.0.
            case DIVIDE: result = right == 0 ? 0.0 : left / right; break;
            default: result = left == 0 && right < 0 ? 0.0 : Math.pow(left, right); break;
        }
        if (!Double.isFinite(result)) {
            throw new EvaluationException("'" + symbol + "' at position " + position + " on "
                    + Values.format(left) + " and " + Values.format(right) + " gives " + result
                    + "; expected a finite result");
        }
        return result;
    }
}

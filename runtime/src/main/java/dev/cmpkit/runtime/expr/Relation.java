package dev.cmpkit.runtime.expr;

/** The comparison operators; equality compares null like a value, ordering rejects it. */
enum Relation {
    EQUAL("="),
    NOT_EQUAL("!="),
    LESS("<"),
    LESS_EQUAL("<="),
    GREATER(">"),
    GREATER_EQUAL(">=");

    private final String symbol;

    Relation(String symbol) {
        this.symbol = symbol;
    }

    /** The relation of a token, or null when the token is no comparison operator. */
    static Relation of(TokenType type) {
        switch (type) {
            case EQUAL:
            case EQUAL_EQUAL: return EQUAL;
            case BANG_EQUAL: return NOT_EQUAL;
            case LESS: return LESS;
            case LESS_EQUAL: return LESS_EQUAL;
            case GREATER: return GREATER;
            case GREATER_EQUAL: return GREATER_EQUAL;
            default: return null;
        }
    }

    boolean test(double left, double right, int position) {
        boolean leftNull = Values.isNull(left);
        boolean rightNull = Values.isNull(right);
        switch (this) {
            // Null equals only null.
            case EQUAL: return leftNull || rightNull ? leftNull && rightNull : left == right;
            case NOT_EQUAL: return leftNull || rightNull ? leftNull != rightNull : left != right;
            default: break;
        }
        if (leftNull || rightNull) {
            throw new EvaluationException("'" + symbol + "' at position " + position + " got null as its "
                    + (leftNull ? "left" : "right") + " operand; expected a number (only =, == and != accept null)");
        }
        switch (this) {
            case LESS: return left < right;
            case LESS_EQUAL: return left <= right;
            case GREATER: return left > right;
            default: return left >= right;
        }
    }
}

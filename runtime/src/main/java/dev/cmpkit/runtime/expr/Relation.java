package dev.cmpkit.runtime.expr;

/**
 * The comparison operators and the tree node of each; equality compares null like a value,
 * ordering rejects it (see the nodes in {@link Cond}).
 */
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
        return switch (type) {
            case EQUAL, EQUAL_EQUAL -> EQUAL;
            case BANG_EQUAL -> NOT_EQUAL;
            case LESS -> LESS;
            case LESS_EQUAL -> LESS_EQUAL;
            case GREATER -> GREATER;
            case GREATER_EQUAL -> GREATER_EQUAL;
            default -> null;
        };
    }

    /** The node comparing two operands with this relation. */
    Cond node(Num left, Num right, int position) {
        return switch (this) {
            case EQUAL -> new Cond.Equal(left, right);
            case NOT_EQUAL -> new Cond.NotEqual(left, right);
            case LESS -> new Cond.Less(left, right, position);
            case LESS_EQUAL -> new Cond.LessEqual(left, right, position);
            case GREATER -> new Cond.Greater(left, right, position);
            case GREATER_EQUAL -> new Cond.GreaterEqual(left, right, position);
        };
    }

    /**
     * The error of an ordering relation that met null; called only when neither the relation
     * nor its negation held, which for doubles means one side is NaN, that is null.
     */
    EvaluationException nullOperand(double left, int position) {
        return new EvaluationException("'" + symbol + "' at position " + position + " got null as its "
                + (Values.isNull(left) ? "left" : "right")
                + " operand; expected a number (only =, == and != accept null)");
    }
}

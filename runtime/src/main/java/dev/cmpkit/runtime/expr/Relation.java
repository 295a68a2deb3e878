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
        switch (type) {
            case EQUAL:
            case EQUAL_EQUAL:
                return EQUAL;
            case BANG_EQUAL:
                return NOT_EQUAL;
            case LESS:
                return LESS;
            case LESS_EQUAL:
                return LESS_EQUAL;
            case GREATER:
                return GREATER;
            case GREATER_EQUAL:
                return GREATER_EQUAL;
            default:
                return null;
        }
    }

    /** The node comparing two operands with this relation. */
    Cond node(Num left, Num right, int position) {
        switch (this) {
            case EQUAL:
                return new Cond.Equal(left, right);
            case NOT_EQUAL:
                return new Cond.NotEqual(left, right);
            case LESS:
                return new Cond.Less(left, right, position);
            case LESS_EQUAL:
                return new Cond.LessEqual(left, right, position);
            case GREATER:
                return new Cond.Greater(left, right, position);
            default:
                return new Cond.GreaterEqual(left, right, position);
        }
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

package dev.cmpkit.runtime.expr;

/**
 * Parses exactly one ternary, {@code value if left relop right else value}, with relops
 * {@code >= <= != > < = ==} and arithmetic (without CASE) on every side; plain arithmetic, nested
 * ternaries and parenthesized or combined conditions are rejected.
 */
public final class TernaryExpressionParser implements ExpressionGrammar {

    /** Creates the parser; it holds no state and may be shared between threads. */
    public TernaryExpressionParser() {}

    @Override
    public Expression parse(String text) {
        return Parser.parse(text, Grammar.TERNARY);
    }
}

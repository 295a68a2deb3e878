package dev.cmpkit.runtime.expr;

/**
 * Parses either arithmetic (as {@link ExpressionParser}) or one ternary (as
 * {@link TernaryExpressionParser}), never CASE: the grammar of metric-mapping conversions.
 */
public final class SimpleExpressionParser implements ExpressionGrammar {

    /** Creates the parser; it holds no state and may be shared between threads. */
    public SimpleExpressionParser() {}

    @Override
    public Expression parse(String text) {
        return Parser.parse(text, Grammar.SIMPLE);
    }
}

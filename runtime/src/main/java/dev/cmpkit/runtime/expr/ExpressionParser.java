package dev.cmpkit.runtime.expr;

/**
 * Parses arithmetic: numbers, variables, NULL, parentheses, unary {@code + -}, {@code ^}
 * (right-associative, binding looser than unary minus: {@code -2^2} is 4), {@code * /} and
 * {@code + -}. CASE is not part of this grammar; see {@link CaseExpressionParser}.
 */
public final class ExpressionParser implements ExpressionGrammar {

    /** Creates the parser; it holds no state and may be shared between threads. */
    public ExpressionParser() {}

    @Override
    public Expression parse(String text) {
        return Parser.parse(text, Grammar.ARITHMETIC);
    }
}

package dev.cmpkit.runtime.expr;

/**
 * Parses exactly one {@code CASE WHEN condition THEN value ... [ELSE value] END}; conditions
 * combine comparisons ({@code >= <= != > < =}) with {@code not}, {@code and}, {@code or} and
 * parentheses, and CASE may be an operand of arithmetic inside it at any nesting level up to
 * 128. Plain arithmetic at the top level is rejected.
 */
public final class CaseExpressionParser implements ExpressionGrammar {

    /** Creates the parser; it holds no state and may be shared between threads. */
    public CaseExpressionParser() {}

    @Override
    public Expression parse(String text) {
        return Parser.parse(text, Grammar.CASE);
    }
}

package dev.cmpkit.runtime.expr;

import java.util.Optional;

/**
 * A parser for one of the four grammars of the expression language; implementations are
 * stateless, thread-safe and reusable.
 */
public sealed interface ExpressionGrammar
        permits ExpressionParser, TernaryExpressionParser, CaseExpressionParser, SimpleExpressionParser {

    /**
     * Parses a whole input.
     *
     * @param text the expression text
     * @return the parsed expression, ready to be evaluated many times
     * @throws ExpressionSyntaxException if the text does not follow the grammar (including a null,
     *     empty or blank text), with the 0-based position and what was expected there
     */
    Expression parse(String text);

    /**
     * Parses a whole input, answering a syntax error with an empty result.
     *
     * @param text the expression text
     * @return the parsed expression, or empty if {@link #parse} would throw
     */
    default Optional<Expression> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (ExpressionSyntaxException e) {
            return Optional.empty();
        }
    }
}

package dev.cmpkit.runtime.expr;

/**
 * A node of the parsed tree: a number-valued {@link Num} or a truth-valued {@link Cond}.
 *
 * <p>The parser builds both kinds in CASE conditions, where a parenthesis may hold either,
 * and checks the kind where an operator consumes a node.
 */
sealed interface Node permits Num, Cond {}

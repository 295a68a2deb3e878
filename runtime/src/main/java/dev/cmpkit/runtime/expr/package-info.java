/**
 * The metric-conversion expression language: four parsers ({@link
 * dev.cmpkit.runtime.expr.ExpressionParser}, {@link dev.cmpkit.runtime.expr.TernaryExpressionParser},
 * {@link dev.cmpkit.runtime.expr.CaseExpressionParser}, {@link
 * dev.cmpkit.runtime.expr.SimpleExpressionParser}) that turn text into immutable, thread-safe
 * {@link dev.cmpkit.runtime.expr.Expression}s.
 *
 * <p>All arithmetic is in doubles. Division by zero, and zero to a negative power, give 0.0; any
 * other result that is not finite throws {@link dev.cmpkit.runtime.expr.EvaluationException}.
 * {@code NULL} is SQL-like: {@code =}, {@code ==} and {@code !=} compare it as a value, while
 * arithmetic and ordering comparisons on it throw. Nesting (parentheses, CASE, {@code ^}) is
 * limited to 128 levels, so no input can exhaust the stack.
 */
package dev.cmpkit.runtime.expr;

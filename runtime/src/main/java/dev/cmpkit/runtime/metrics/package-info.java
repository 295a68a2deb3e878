/**
 * Metric mappings: YAML files that name each provider metric and convert its value with an
 * expression of the simple grammar ({@link dev.cmpkit.runtime.expr.SimpleExpressionParser}),
 * loaded by {@link dev.cmpkit.runtime.metrics.MetricMapping}.
 */
package dev.cmpkit.runtime.metrics;

/**
 * The conformance suite every connector can reuse ({@link
 * dev.cmpkit.test.conformance.ConformanceSuite}): resources listed with the expected counts,
 * credentials accepted and refused as CMP expects, errors that carry a type, metrics, logs,
 * status and spend of the right shape.
 *
 * <p>Depends on {@code dev.cmpkit.test} and the runner.
 */
package dev.cmpkit.test.conformance;

/**
 * JMH benchmarks of cmpkit side by side with its peers (Jackson databind, DSL-JSON, exp4j, Immutables), and the memory and processor-cost harnesses. Not published.
 *
 * <p>Depends on the runtime and the peers; nothing depends on it.
 */
package dev.cmpkit.benchmarks;

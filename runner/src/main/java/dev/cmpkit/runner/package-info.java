/**
 * Runs a connector's handlers as CMP's runner does: the {@code Connector} interface found through {@code ServiceLoader}, the {@code CmpRunner} command line, the result checks against JSON Schemas, and the envelope.
 *
 * <p>Depends on the runtime's packages.
 */
package dev.cmpkit.runner;

/**
 * The annotation processor's entry point, {@code CmpProcessor}, which only wires the steps: read templates, validate them against the schema catalog, write the generated classes.
 *
 * <p>May depend on every processor package; none depends on it.
 */
package dev.cmpkit.processor;

/**
 * Checks a template declaration against the schema catalog and builds the model: wire names, type fit, defaults, allowed values.
 *
 * <p>May depend on {@code processor.reader} (its declarations), {@code processor.catalog}, {@code processor.model} and {@code processor.diagnostics}.
 */
package dev.cmpkit.processor.validation;

/**
 * Reads a {@code @CmpResource} element into a declaration, reporting the mistakes that need no schema (template shape, unsupported member types).
 *
 * <p>May depend on {@code processor.model} and {@code processor.diagnostics}.
 */
package dev.cmpkit.processor.reader;

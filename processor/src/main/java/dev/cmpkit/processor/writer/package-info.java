/**
 * Writes a resource model as Java source with JavaPoet: the immutable class, its builder, object methods and streaming serializer.
 *
 * <p>May depend on {@code processor.model} only.
 */
package dev.cmpkit.processor.writer;

/**
 * Writes a resource model as Java source with JavaPoet: the immutable class, its builder, object methods, streaming
 * serializer and reader.
 *
 * <p>The generated class reads as hand-written: its class-level names are allocated once ({@code ClassNames}) and
 * handed to every writer, a detail field is always written {@code this.name}, code wraps at {@code $W} and the
 * finished text goes through {@code SourceLayout}, so no line passes 100 columns.
 *
 * <p>May depend on {@code processor.model} only.
 */
package dev.cmpkit.processor.writer;

package dev.cmpkit.processor.reader;

import javax.lang.model.element.AnnotationValue;

/**
 * One annotation attribute as the processor uses it: its value (the default when none was
 * written) and, for errors about it, the value as written in source.
 *
 * @param value the attribute's value, or null where the declaration says so
 * @param source the value as written, or null when the attribute was not written
 * @param <T> the value's type
 */
public record Attribute<T>(T value, AnnotationValue source) {

    /** Whether the attribute was written in source rather than left to its default. */
    public boolean written() {
        return source != null;
    }
}

package dev.cmpkit.processor.diagnostics;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic goes: an element, one attribute of an annotation on it, or nowhere in source.
 * Each part may be null; the reporter uses the narrowest part it has.
 *
 * @param element the element, or null for no source position
 * @param annotation the annotation on {@code element}, or null for the element itself
 * @param value the attribute's value as written, or null for the whole annotation
 */
public record Position(Element element, AnnotationMirror annotation, AnnotationValue value) {

    private static final Position NONE = new Position(null, null, null);

    /** The position of {@code element} itself. */
    public static Position on(Element element) {
        return new Position(element, null, null);
    }

    /**
     * The position of one attribute value of an annotation on {@code element}; a null
     * {@code value} (the attribute was not written, so its default applies) falls back to the
     * annotation, a null {@code annotation} to the element.
     */
    public static Position onAttribute(Element element, AnnotationMirror annotation, AnnotationValue value) {
        return new Position(element, annotation, value);
    }

    /** No source position, for problems outside any source file (such as the schema catalog). */
    public static Position none() {
        return NONE;
    }
}

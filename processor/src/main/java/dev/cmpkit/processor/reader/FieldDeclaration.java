package dev.cmpkit.processor.reader;

import dev.cmpkit.processor.diagnostics.Position;
import dev.cmpkit.processor.model.ValueType;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One {@code @CmpField} member as written, with the source positions errors are reported on.
 *
 * @param element the field or record component
 * @param annotation the {@code @CmpField} annotation
 * @param memberName the member's name for messages ({@code Template.member})
 * @param type the member's type, or null when it is not supported (already reported)
 * @param name the {@code name} attribute; its value is null when not given or empty
 * @param required the {@code required} attribute
 * @param include the {@code include} attribute
 * @param defaultValue the {@code defaultValue} attribute; its value is null when not given
 */
public record FieldDeclaration(
        Element element,
        AnnotationMirror annotation,
        String memberName,
        ValueType type,
        Attribute<String> name,
        Attribute<Boolean> required,
        Attribute<Include> include,
        Attribute<String> defaultValue) {

    /** The member's Java name. */
    public String javaName() {
        return element.getSimpleName().toString();
    }

    /** The member's type as written, for messages. */
    public String typeDisplay() {
        return element.asType().toString();
    }

    /** The position of the member, for errors about the member as a whole. */
    public Position position() {
        return Position.on(element);
    }

    /** The position of one of this member's {@code @CmpField} attributes. */
    public Position at(Attribute<?> attribute) {
        return Position.onAttribute(element, annotation, attribute.source());
    }
}

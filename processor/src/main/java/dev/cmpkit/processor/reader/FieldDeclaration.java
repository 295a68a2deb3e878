package dev.cmpkit.processor.reader;

import dev.cmpkit.processor.model.ValueType;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One {@code @CmpField} member as written, with the source positions errors are reported on.
 *
 * @param element the field or record component
 * @param annotation the {@code @CmpField} annotation
 * @param javaName the member's name
 * @param memberName the member's name for messages ({@code Template.member})
 * @param type the member's type, or null when it is not supported (already reported)
 * @param typeDisplay the member's type as written, for messages
 * @param explicitKey the {@code name} attribute when given (non-empty), else null
 * @param keyValue the {@code name} attribute's value, or null when not given
 * @param required the {@code required} attribute
 * @param requiredValue the {@code required} attribute's value, or null when not given
 * @param include the {@code include} attribute's constant name
 * @param defaultValue the {@code defaultValue} attribute, or null when not given
 * @param defaultValueValue the {@code defaultValue} attribute's value, or null when not given
 */
public record FieldDeclaration(
        Element element,
        AnnotationMirror annotation,
        String javaName,
        String memberName,
        ValueType type,
        String typeDisplay,
        String explicitKey,
        AnnotationValue keyValue,
        boolean required,
        AnnotationValue requiredValue,
        String include,
        String defaultValue,
        AnnotationValue defaultValueValue) {}

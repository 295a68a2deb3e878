package dev.cmpkit.processor.reader;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @CmpResource} template as written, with the source positions errors are reported on.
 *
 * @param element the template class or record
 * @param annotation the {@code @CmpResource} annotation
 * @param packageName the template's package
 * @param templateName the template's name without package ({@code Outer.InnerSpec})
 * @param type the {@code type} attribute
 * @param typeValue the {@code type} attribute's value
 * @param generatedName the {@code generatedName} attribute, or empty
 * @param generatedNameValue the {@code generatedName} attribute's value, or null when not given
 * @param fields the {@code @CmpField} members in declaration order
 */
public record TemplateDeclaration(
        TypeElement element,
        AnnotationMirror annotation,
        String packageName,
        String templateName,
        String type,
        AnnotationValue typeValue,
        String generatedName,
        AnnotationValue generatedNameValue,
        List<FieldDeclaration> fields) {

    public TemplateDeclaration {
        fields = List.copyOf(fields);
    }

    /** The simple name of the template class. */
    public String simpleName() {
        return element.getSimpleName().toString();
    }
}

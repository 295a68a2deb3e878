package dev.cmpkit.processor.reader;

import dev.cmpkit.processor.diagnostics.Position;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @CmpResource} template as written, with the source positions errors are reported on.
 *
 * @param element the template class or record
 * @param annotation the {@code @CmpResource} annotation
 * @param packageName the template's package
 * @param templateName the template's name without package ({@code Outer.InnerSpec})
 * @param type the {@code type} attribute
 * @param generatedName the {@code generatedName} attribute; its value is empty when not given
 * @param fields the {@code @CmpField} members in declaration order
 */
public record TemplateDeclaration(
        TypeElement element,
        AnnotationMirror annotation,
        String packageName,
        String templateName,
        Attribute<String> type,
        Attribute<String> generatedName,
        List<FieldDeclaration> fields) {

    /** Copies {@code fields}, so that the declaration stays as read. */
    public TemplateDeclaration {
        fields = List.copyOf(fields);
    }

    /** The simple name of the template class. */
    public String simpleName() {
        return element.getSimpleName().toString();
    }

    /** The position of one of the template's {@code @CmpResource} attributes. */
    public Position at(Attribute<?> attribute) {
        return Position.onAttribute(element, annotation, attribute.source());
    }
}

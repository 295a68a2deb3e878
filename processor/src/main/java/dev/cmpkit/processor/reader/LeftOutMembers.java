package dev.cmpkit.processor.reader;

import dev.cmpkit.processor.diagnostics.Message;
import dev.cmpkit.processor.diagnostics.Position;
import dev.cmpkit.processor.diagnostics.Reporter;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Finds what a template declares but the generated resource would drop without a word: instance
 * fields without {@code @CmpField} (warning CMP021, unless marked {@code @CmpIgnore} or suppressed
 * with {@code @SuppressWarnings("cmpkit")}) and abstract accessor methods (error CMP022).
 */
final class LeftOutMembers {

    /** The {@code @SuppressWarnings} token that silences cmpkit's warnings. */
    static final String SUPPRESSION = "cmpkit";

    private final Reporter reporter;

    LeftOutMembers(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Reports every left-out member of {@code template}. */
    void check(TypeElement template, String templateName) {
        for (VariableElement field : ElementFilter.fieldsIn(template.getEnclosedElements())) {
            if (leftOutSilently(field)) {
                reporter.warning(
                        Message.MEMBER_LEFT_OUT, Position.on(field), templateName + "." + field.getSimpleName());
            }
        }
        for (ExecutableElement method : ElementFilter.methodsIn(template.getEnclosedElements())) {
            if (method.getModifiers().contains(Modifier.ABSTRACT)) {
                reporter.error(Message.ABSTRACT_ACCESSOR, Position.on(method), templateName, method.getSimpleName());
            }
        }
    }

    /**
     * Whether {@code field} holds per-instance data that nothing writes: static fields are constants
     * and transient ones are marked as not part of the value already.
     */
    private static boolean leftOutSilently(VariableElement field) {
        if (field.getModifiers().contains(Modifier.STATIC)
                || field.getModifiers().contains(Modifier.TRANSIENT)
                || TemplateReader.annotation(field, TemplateReader.CMP_FIELD).isPresent()
                || TemplateReader.annotation(field, TemplateReader.CMP_IGNORE).isPresent()) {
            return false;
        }
        return !suppressed(field);
    }

    /** Whether {@code @SuppressWarnings("cmpkit")} is on the member or on a type enclosing it. */
    private static boolean suppressed(Element member) {
        for (Element e = member; e != null; e = e.getEnclosingElement()) {
            if (TemplateReader.annotation(e, SuppressWarnings.class.getName())
                    .map(LeftOutMembers::names)
                    .orElse(List.of())
                    .contains(SUPPRESSION)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(AnnotationMirror suppressWarnings) {
        for (var entry : suppressWarnings.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("value")
                    && entry.getValue().getValue() instanceof List<?> values) {
                return values.stream()
                        .map(v -> ((AnnotationValue) v).getValue().toString())
                        .toList();
            }
        }
        return List.of();
    }
}

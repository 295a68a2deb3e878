package dev.cmpkit.processor.reader;

import dev.cmpkit.processor.diagnostics.Message;
import dev.cmpkit.processor.diagnostics.Position;
import dev.cmpkit.processor.diagnostics.Reporter;
import dev.cmpkit.processor.model.ValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @CmpResource} element into a {@link TemplateDeclaration}, reporting the mistakes that
 * need no schema: the template's shape (kind, visibility, nesting, type parameters) and unsupported
 * member types.
 */
public final class TemplateReader {

    /** The annotations' qualified names; the processor refers to them by name like to runtime types. */
    public static final String CMP_RESOURCE = "dev.cmpkit.annotations.CmpResource";

    /** The qualified name of {@code @CmpField}. */
    public static final String CMP_FIELD = "dev.cmpkit.annotations.CmpField";

    /** The qualified name of {@code @CmpIgnore}. */
    public static final String CMP_IGNORE = "dev.cmpkit.annotations.CmpIgnore";

    /** The value of {@code CmpField.NO_DEFAULT}. */
    private static final String NO_DEFAULT = "\u0000";

    private final Elements elements;
    private final Reporter reporter;
    private final TypeClassifier classifier;

    /** Creates a reader over the compilation's elements and types, reporting to {@code reporter}. */
    public TemplateReader(Elements elements, Types types, Reporter reporter) {
        this.elements = elements;
        this.reporter = reporter;
        this.classifier = new TypeClassifier(types, elements);
    }

    /**
     * The declaration of {@code element}, or empty when it is no class or record or the runtime is
     * missing. Every problem found is reported and reading goes on, so that one compile shows all of
     * a template's mistakes; the caller writes nothing for a template with errors.
     */
    public Optional<TemplateDeclaration> read(Element element) {
        if (!(element instanceof TypeElement template)
                || (element.getKind() != ElementKind.CLASS && element.getKind() != ElementKind.RECORD)) {
            reporter.error(
                    Message.NOT_A_CLASS,
                    Position.on(element),
                    element.getSimpleName(),
                    element.getKind()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' '));
            return Optional.empty();
        }
        String templateName = templateName(template);
        if (!classifier.runtimePresent()) {
            reporter.error(
                    Message.RUNTIME_MISSING, Position.on(template), templateName, TypeClassifier.CMP_SERIALIZABLE);
            return Optional.empty();
        }
        checkShape(template, templateName);
        new LeftOutMembers(reporter).check(template, templateName);
        AnnotationMirror annotation = annotation(template, CMP_RESOURCE).orElseThrow();
        List<FieldDeclaration> fields = new ArrayList<>();
        for (Element member : members(template)) {
            annotation(member, CMP_FIELD)
                    .ifPresent(mirror -> readField(member, mirror, templateName).ifPresent(fields::add));
        }
        String packageName = elements.getPackageOf(template).getQualifiedName().toString();
        return Optional.of(new TemplateDeclaration(
                template,
                annotation,
                packageName,
                templateName,
                stringAttribute(annotation, "type"),
                stringAttribute(annotation, "generatedName"),
                fields));
    }

    /**
     * Whether a {@code @CmpField} member's type is not resolved yet: another processor may generate
     * it in a later round, so the template waits for that round instead of failing now.
     */
    public static boolean waitsForOtherTypes(Element template) {
        if (!(template instanceof TypeElement type)
                || (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD)) {
            return false;
        }
        return members(type).stream()
                .anyMatch(member ->
                        annotation(member, CMP_FIELD).isPresent() && TypeClassifier.unresolved(member.asType()));
    }

    /** Reports a {@code @CmpField} on a member of a type that is not a template. */
    public void reportStrayField(Element member) {
        Element owner = member.getEnclosingElement();
        reporter.error(
                Message.FIELD_OUTSIDE_TEMPLATE,
                Position.on(member),
                (owner instanceof TypeElement type ? templateName(type) : owner.getSimpleName()) + "."
                        + member.getSimpleName());
    }

    private void checkShape(TypeElement template, String templateName) {
        if (template.getModifiers().contains(Modifier.PRIVATE)) {
            reporter.error(Message.PRIVATE_TEMPLATE, Position.on(template), templateName);
        }
        if (template.getNestingKind() == NestingKind.MEMBER
                && !template.getModifiers().contains(Modifier.STATIC)
                && template.getKind() == ElementKind.CLASS) {
            reporter.error(Message.NON_STATIC_NESTED, Position.on(template), templateName);
        }
        if (template.getNestingKind() == NestingKind.LOCAL || template.getNestingKind() == NestingKind.ANONYMOUS) {
            reporter.error(Message.NON_STATIC_NESTED, Position.on(template), templateName);
        }
        if (!template.getTypeParameters().isEmpty()) {
            reporter.error(
                    Message.GENERIC_TEMPLATE,
                    Position.on(template),
                    templateName,
                    template.getTypeParameters().stream()
                            .map(p -> p.getSimpleName().toString())
                            .collect(Collectors.joining(", ", "<", ">")));
        }
    }

    /**
     * The fields, for records too: a record's fields carry copies of its components' annotations and,
     * unlike the components (on JDK 17), a source position that errors can be reported on.
     */
    private static List<? extends Element> members(TypeElement template) {
        return ElementFilter.fieldsIn(template.getEnclosedElements());
    }

    private Optional<FieldDeclaration> readField(Element member, AnnotationMirror annotation, String templateName) {
        String javaName = member.getSimpleName().toString();
        String memberName = templateName + "." + javaName;
        if (member.getModifiers().contains(Modifier.STATIC)) {
            reporter.error(Message.STATIC_FIELD, Position.on(member), memberName);
            return Optional.empty();
        }
        TypeMirror typeMirror = member.asType();
        if (TypeClassifier.unresolved(typeMirror)) {
            // Still unresolved in the last round: javac reports the missing type itself, and a second
            // error would only be noise; the count keeps the template from being generated.
            reporter.silentFailure();
            return Optional.empty();
        }
        ValueType type = classifier.classify(typeMirror);
        if (type == null) {
            Object shown = TypeClassifier.involvesPrivateType(typeMirror)
                    ? typeMirror + " (private, so the generated class cannot name it)"
                    : typeMirror;
            reporter.error(Message.UNSUPPORTED_FIELD_TYPE, Position.on(member), memberName, shown);
        }
        Attribute<String> key = stringAttribute(annotation, "name");
        Attribute<String> defaultValue = stringAttribute(annotation, "defaultValue");
        return Optional.of(new FieldDeclaration(
                member,
                annotation,
                memberName,
                type,
                new Attribute<>(key.value().isEmpty() ? null : key.value(), key.source()),
                new Attribute<>(
                        Boolean.TRUE.equals(value(annotation, "required")), explicitValue(annotation, "required")),
                new Attribute<>(include(annotation), explicitValue(annotation, "include")),
                new Attribute<>(
                        NO_DEFAULT.equals(defaultValue.value()) ? null : defaultValue.value(), defaultValue.source())));
    }

    static String templateName(TypeElement template) {
        String qualified = template.getQualifiedName().toString();
        Element enclosing = template.getEnclosingElement();
        while (enclosing != null && enclosing.getKind() != ElementKind.PACKAGE) {
            enclosing = enclosing.getEnclosingElement();
        }
        String packageName = enclosing == null ? "" : enclosing.toString();
        if (qualified.isEmpty()) {
            return template.getSimpleName().toString();
        }
        return packageName.isEmpty() || !qualified.startsWith(packageName + ".")
                ? qualified
                : qualified.substring(packageName.length() + 1);
    }

    static Optional<AnnotationMirror> annotation(Element element, String name) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(name)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The value written in source for {@code attribute}, or null when the default applies. */
    private static AnnotationValue explicitValue(AnnotationMirror annotation, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                annotation.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The attribute's value, written or default. */
    private Object value(AnnotationMirror annotation, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                elements.getElementValuesWithDefaults(annotation).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                Object value = entry.getValue().getValue();
                return value instanceof VariableElement constant ? constant.getSimpleName() : value;
            }
        }
        throw new IllegalStateException("@" + annotation.getAnnotationType() + " has no attribute " + attribute);
    }

    /** The {@code include} attribute; a value javac could not resolve (and reports) counts as the default. */
    private Include include(AnnotationMirror annotation) {
        String constant = value(annotation, "include").toString();
        return Arrays.stream(Include.values())
                .filter(include -> include.name().equals(constant))
                .findFirst()
                .orElse(Include.SCHEMA);
    }

    /** A string attribute, empty when its value is not a string (an error javac reports). */
    private Attribute<String> stringAttribute(AnnotationMirror annotation, String attribute) {
        Object value = value(annotation, attribute);
        return new Attribute<>(value instanceof String text ? text : "", explicitValue(annotation, attribute));
    }
}

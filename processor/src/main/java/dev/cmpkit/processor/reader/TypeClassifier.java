package dev.cmpkit.processor.reader;

import com.palantir.javapoet.TypeName;
import dev.cmpkit.processor.model.ValueKind;
import dev.cmpkit.processor.model.ValueType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Sorts a template member's Java type into one of the supported {@link ValueKind}s. */
final class TypeClassifier {

    /** The runtime interface of every object-shaped value; referred to by name, never linked. */
    static final String CMP_SERIALIZABLE = "dev.cmpkit.runtime.CmpSerializable";

    private static final Map<String, ValueKind> SCALARS = Map.of(
            "java.lang.String", ValueKind.STRING,
            "java.lang.Integer", ValueKind.INT,
            "java.lang.Long", ValueKind.LONG,
            "java.lang.Double", ValueKind.DOUBLE,
            "java.lang.Boolean", ValueKind.BOOLEAN);
    private static final Set<String> TEMPORALS = Set.of(
            "java.time.Instant",
            "java.time.OffsetDateTime",
            "java.time.ZonedDateTime",
            "java.time.LocalDateTime",
            "java.time.LocalDate");
    private static final Set<ValueKind> LIST_ELEMENTS = Set.of(
            ValueKind.STRING,
            ValueKind.INT,
            ValueKind.LONG,
            ValueKind.DOUBLE,
            ValueKind.BOOLEAN,
            ValueKind.SERIALIZABLE);

    private final Types types;
    private final TypeMirror serializable;

    TypeClassifier(Types types, Elements elements) {
        this.types = types;
        TypeElement element = elements.getTypeElement(CMP_SERIALIZABLE);
        this.serializable = element == null ? null : types.erasure(element.asType());
    }

    /** Whether the runtime's types are visible to this compilation. */
    boolean runtimePresent() {
        return serializable != null;
    }

    /** Whether {@code type} could not be resolved (javac reports that itself). */
    static boolean unresolved(TypeMirror type) {
        return type.getKind() == TypeKind.ERROR;
    }

    /** The value type of {@code type}, or null when the processor does not support it. */
    ValueType classify(TypeMirror type) {
        return switch (type.getKind()) {
            case INT -> simple(ValueKind.INT, type, "int");
            case LONG -> simple(ValueKind.LONG, type, "long");
            case DOUBLE -> simple(ValueKind.DOUBLE, type, "double");
            case BOOLEAN -> simple(ValueKind.BOOLEAN, type, "boolean");
            case DECLARED -> declared((DeclaredType) type);
            default -> null;
        };
    }

    private ValueType declared(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        if (!accessible(element)) {
            return null;
        }
        ValueKind scalar = SCALARS.get(name);
        if (scalar != null) {
            return simple(scalar, type, name);
        }
        if (element.getKind() == ElementKind.ENUM) {
            List<String> constants = element.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(e -> e.getSimpleName().toString())
                    .toList();
            return ValueType.enumOf(TypeName.get(type), name, constants);
        }
        if (TEMPORALS.contains(name)) {
            return simple(ValueKind.TEMPORAL, type, name);
        }
        if (name.equals("java.util.List")) {
            return list(type);
        }
        if (serializable != null
                && type.getTypeArguments().isEmpty()
                && types.isAssignable(types.erasure(type), serializable)) {
            return simple(ValueKind.SERIALIZABLE, type, name);
        }
        return null;
    }

    private ValueType list(DeclaredType type) {
        if (type.getTypeArguments().size() != 1) {
            return null;
        }
        TypeMirror argument = type.getTypeArguments().get(0);
        if (argument.getKind() != TypeKind.DECLARED) {
            return null;
        }
        ValueType element = declared((DeclaredType) argument);
        if (element == null || !LIST_ELEMENTS.contains(element.kind())) {
            return null;
        }
        return ValueType.listOf(element);
    }

    /** Whether {@code type}, or a type argument of it, is private: the reason it would not be supported. */
    static boolean involvesPrivateType(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        DeclaredType declared = (DeclaredType) type;
        return !accessible((TypeElement) declared.asElement())
                || declared.getTypeArguments().stream().anyMatch(TypeClassifier::involvesPrivateType);
    }

    /** Generated code lives in the template's package, so private types (or their enclosers) are out of reach. */
    private static boolean accessible(TypeElement element) {
        for (javax.lang.model.element.Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return false;
            }
        }
        return true;
    }

    private static ValueType simple(ValueKind kind, TypeMirror type, String name) {
        return ValueType.of(kind, TypeName.get(type), name);
    }
}

package dev.cmpkit.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A template field's Java type as the writer needs it.
 *
 * @param kind how the value is written
 * @param typeName the declared type
 * @param element for lists, the element type; else null
 * @param enumConstants for enums, the constant names in declaration order; else empty
 * @param qualifiedName the declared type's qualified name without type arguments
 */
public record ValueType(
        ValueKind kind, TypeName typeName, ValueType element, List<String> enumConstants, String qualifiedName) {

    /** Copies {@code enumConstants}, so that the type stays as classified. */
    public ValueType {
        enumConstants = List.copyOf(enumConstants);
    }

    /** A type with neither elements nor constants: a scalar, temporal or serializable type. */
    public static ValueType of(ValueKind kind, TypeName typeName, String qualifiedName) {
        return new ValueType(kind, typeName, null, List.of(), qualifiedName);
    }

    /** An enum type with its constant names in declaration order. */
    public static ValueType enumOf(TypeName typeName, String qualifiedName, List<String> constants) {
        return new ValueType(ValueKind.ENUM, typeName, null, constants, qualifiedName);
    }

    /** {@code java.util.List} of {@code element}, a declared (so never primitive) type. */
    public static ValueType listOf(ValueType element) {
        TypeName list = ParameterizedTypeName.get(ClassName.get("java.util", "List"), element.typeName());
        return new ValueType(ValueKind.LIST, list, element, List.of(), "java.util.List");
    }

    /** Whether the type is a primitive ({@code int}, {@code long}, {@code double}, {@code boolean}). */
    public boolean primitive() {
        return typeName.isPrimitive();
    }

    /** The type a builder holds, so that "not set" can be told from a value: primitives boxed. */
    public TypeName nullableTypeName() {
        return typeName.box();
    }
}

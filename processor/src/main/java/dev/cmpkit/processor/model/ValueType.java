package dev.cmpkit.processor.model;

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

    public ValueType {
        enumConstants = List.copyOf(enumConstants);
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

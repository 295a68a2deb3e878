package dev.cmpkit.processor.model;

import java.util.List;

/**
 * One detail field of a generated resource, checked and ready to write.
 *
 * @param javaName the template member's name: accessor, setter and field name
 * @param key the wire key
 * @param type the Java type
 * @param required whether {@code build()} fails without a value
 * @param fill the value assigned at {@code build()} when none was set, or null
 * @param nullPolicy how a null value is written
 * @param schemaDefault the schema's default, used with {@link NullPolicy#WRITE_SCHEMA_DEFAULT}; else null
 * @param allowed the only string values accepted at {@code build()}; empty when any value is
 * @param timestampString whether a String value holds a timestamp, normalised to RFC 3339 at build time
 * @param description one sentence for Javadoc; may be empty
 */
public record FieldModel(
        String javaName,
        String key,
        ValueType type,
        boolean required,
        JsonLiteral fill,
        NullPolicy nullPolicy,
        JsonLiteral schemaDefault,
        List<String> allowed,
        boolean timestampString,
        String description) {

    /** Copies the lists, so that the value stays as created. */
    public FieldModel {
        allowed = List.copyOf(allowed);
    }

    /** Whether a built resource always holds a value: primitive, defaulted, or required. */
    public boolean neverNull() {
        return type.primitive() || fill != null || required;
    }
}

package dev.cmpkit.processor.model;

/**
 * A schema key the template does not declare, written with the schema's default (or null) so that
 * every template of a type has the type's full wire shape.
 *
 * @param key the wire key
 * @param value the schema default, or null for JSON null
 * @param omit whether the key is left out (unset, no default, omitted when unset)
 */
public record ConstantKey(String key, JsonLiteral value, boolean omit) {}

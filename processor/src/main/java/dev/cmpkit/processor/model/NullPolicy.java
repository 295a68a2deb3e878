package dev.cmpkit.processor.model;

/** What the wire shows for a key whose value is null. */
public enum NullPolicy {
    /** The key with a JSON null. */
    WRITE_NULL,
    /** No key at all. */
    OMIT,
    /** The schema's default, which the field's Java type cannot hold. */
    WRITE_SCHEMA_DEFAULT
}

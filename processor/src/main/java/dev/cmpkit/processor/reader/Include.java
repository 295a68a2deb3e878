package dev.cmpkit.processor.reader;

/**
 * The processor's copy of {@code CmpField.Include}: how a field whose value is null is written.
 * The processor reads annotations by name, so it names the constants itself.
 */
public enum Include {
    /** The schema's setting for the key decides. */
    SCHEMA,
    /** The key is written with a JSON null. */
    ALWAYS,
    /** The key is left out. */
    NON_NULL
}

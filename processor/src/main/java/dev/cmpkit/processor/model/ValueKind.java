package dev.cmpkit.processor.model;

/** The supported kinds of Java field types, each with its own way of being written as JSON. */
public enum ValueKind {
    STRING,
    INT,
    LONG,
    DOUBLE,
    BOOLEAN,
    /** An enum, written as its constant's name in lower case. */
    ENUM,
    /** A {@code java.time} value, written as an RFC 3339 string. */
    TEMPORAL,
    /** A {@code CmpSerializable}, written as its own JSON object. */
    SERIALIZABLE,
    /** A {@code java.util.List} of one of the other kinds. */
    LIST
}

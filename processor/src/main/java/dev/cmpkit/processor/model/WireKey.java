package dev.cmpkit.processor.model;

/** One entry of a resource's details in wire order: a template field or an undeclared schema key. */
public sealed interface WireKey {

    /** A key backed by a template field. */
    record Field(FieldModel field) implements WireKey {}

    /** A key the template does not declare. */
    record Constant(ConstantKey constant) implements WireKey {}
}

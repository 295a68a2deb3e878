package dev.cmpkit.processor.model;

/** A constant JSON value the generated code writes or assigns: a schema default or a parsed {@code defaultValue}. */
public sealed interface JsonLiteral {

    /** A JSON string. */
    record Text(String value) implements JsonLiteral {}

    /** A JSON integer. */
    record Integral(long value) implements JsonLiteral {}

    /** A JSON number with a fraction or exponent. */
    record Decimal(double value) implements JsonLiteral {}

    /** A JSON boolean. */
    record Bool(boolean value) implements JsonLiteral {}

    /** The empty JSON array. */
    record EmptyArray() implements JsonLiteral {}

    /** How the literal reads in a message or in Javadoc. */
    default String display() {
        if (this instanceof Text text) {
            return '"' + text.value() + '"';
        } else if (this instanceof Integral integral) {
            return Long.toString(integral.value());
        } else if (this instanceof Decimal decimal) {
            return Double.toString(decimal.value());
        } else if (this instanceof Bool bool) {
            return Boolean.toString(bool.value());
        }
        return "[]";
    }
}

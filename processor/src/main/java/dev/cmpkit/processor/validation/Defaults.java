package dev.cmpkit.processor.validation;

import dev.cmpkit.processor.model.JsonLiteral;
import dev.cmpkit.processor.model.ValueType;
import java.util.Locale;
import java.util.Optional;

/** Turns default values (a {@code defaultValue} literal, a schema default) into values of a field's type. */
final class Defaults {

    private Defaults() {}

    /**
     * The {@code defaultValue} literal as a value of {@code type}, or empty when it does not parse; enum
     * constants come back as {@link JsonLiteral.Text} holding the constant's name.
     */
    static Optional<JsonLiteral> parse(String literal, ValueType type) {
        try {
            return switch (type.kind()) {
                case STRING -> Optional.of(new JsonLiteral.Text(literal));
                case INT -> Optional.of(new JsonLiteral.Integral(Integer.parseInt(literal)));
                case LONG -> Optional.of(new JsonLiteral.Integral(Long.parseLong(literal)));
                case DOUBLE -> finite(Double.parseDouble(literal));
                case BOOLEAN ->
                    literal.equals("true") || literal.equals("false")
                            ? Optional.of(new JsonLiteral.Bool(Boolean.parseBoolean(literal)))
                            : Optional.empty();
                case ENUM ->
                    type.enumConstants().contains(literal)
                            ? Optional.of(new JsonLiteral.Text(literal))
                            : Optional.empty();
                case LIST -> literal.equals("[]") ? Optional.of(new JsonLiteral.EmptyArray()) : Optional.empty();
                case TEMPORAL, SERIALIZABLE -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What a {@code defaultValue} of {@code type} must look like, for CMP005. */
    static String expected(ValueType type) {
        return switch (type.kind()) {
            case STRING -> "any text";
            case INT -> "an int literal such as \"0\" or \"-42\"";
            case LONG -> "a long literal such as \"0\" or \"1073741824\"";
            case DOUBLE -> "a finite decimal such as \"0.5\"";
            case BOOLEAN -> "\"true\" or \"false\"";
            case ENUM -> "the name of a constant of " + type.qualifiedName() + ": " + type.enumConstants();
            case LIST -> "\"[]\" (the empty list)";
            case TEMPORAL, SERIALIZABLE -> "no defaultValue: a " + type.typeName() + " field takes none";
        };
    }

    /**
     * The schema default as a value of {@code type}, or empty when the type cannot hold it (then the
     * wire shows the schema default whenever the value is null).
     */
    static Optional<JsonLiteral> fromSchema(JsonLiteral schemaDefault, ValueType type) {
        if (schemaDefault == null) {
            return Optional.empty();
        }
        return switch (type.kind()) {
            case STRING -> schemaDefault instanceof JsonLiteral.Text ? Optional.of(schemaDefault) : Optional.empty();
            case INT ->
                schemaDefault instanceof JsonLiteral.Integral i && i.value() == (int) i.value()
                        ? Optional.of(schemaDefault)
                        : Optional.empty();
            case LONG -> schemaDefault instanceof JsonLiteral.Integral ? Optional.of(schemaDefault) : Optional.empty();
            case DOUBLE ->
                schemaDefault instanceof JsonLiteral.Decimal
                        ? Optional.of(schemaDefault)
                        : schemaDefault instanceof JsonLiteral.Integral i
                                ? Optional.of(new JsonLiteral.Decimal(i.value()))
                                : Optional.empty();
            case BOOLEAN -> schemaDefault instanceof JsonLiteral.Bool ? Optional.of(schemaDefault) : Optional.empty();
            case ENUM ->
                schemaDefault instanceof JsonLiteral.Text text
                        ? type.enumConstants().stream()
                                .filter(c -> wireName(c).equals(text.value()))
                                .findFirst()
                                .map(JsonLiteral.Text::new)
                        : Optional.empty();
            case LIST ->
                schemaDefault instanceof JsonLiteral.EmptyArray ? Optional.of(schemaDefault) : Optional.empty();
            case TEMPORAL, SERIALIZABLE -> Optional.empty();
        };
    }

    /** The wire value of an enum constant: its name in lower case ({@code LOAD_BALANCER} → {@code load_balancer}). */
    static String wireName(String constant) {
        return constant.toLowerCase(Locale.ROOT);
    }

    private static Optional<JsonLiteral> finite(double value) {
        return Double.isFinite(value) ? Optional.of(new JsonLiteral.Decimal(value)) : Optional.empty();
    }
}

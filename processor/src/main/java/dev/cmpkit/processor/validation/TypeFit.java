package dev.cmpkit.processor.validation;

import dev.cmpkit.processor.catalog.JsonType;
import dev.cmpkit.processor.catalog.KeySchema;
import dev.cmpkit.processor.model.ValueKind;
import dev.cmpkit.processor.model.ValueType;

/** Which Java types can carry which JSON types, and how to say so in a message. */
final class TypeFit {

    static final String IP_ADDRESS = "dev.cmpkit.runtime.IpAddress";
    static final String IMAGE_DETAIL = "dev.cmpkit.runtime.ImageDetail";

    private TypeFit() {}

    /** Whether a value of {@code type} can be written as the JSON type of {@code key}. */
    static boolean fits(ValueType type, KeySchema key) {
        if (key.type() == JsonType.ARRAY) {
            return type.kind() == ValueKind.LIST && fits(type.element(), key.items());
        }
        return fits(type, key.type());
    }

    private static boolean fits(ValueType type, JsonType json) {
        ValueKind kind = type.kind();
        return switch (json) {
            case STRING -> kind == ValueKind.STRING || kind == ValueKind.ENUM || kind == ValueKind.TEMPORAL;
            case TIMESTAMP -> kind == ValueKind.STRING || kind == ValueKind.TEMPORAL;
            case INTEGER -> kind == ValueKind.INT || kind == ValueKind.LONG;
            case NUMBER -> kind == ValueKind.INT || kind == ValueKind.LONG || kind == ValueKind.DOUBLE;
            case BOOLEAN -> kind == ValueKind.BOOLEAN;
            case OBJECT -> kind == ValueKind.SERIALIZABLE;
            case IP_ADDRESS ->
                kind == ValueKind.SERIALIZABLE && type.qualifiedName().equals(IP_ADDRESS);
            case IMAGE_DETAIL ->
                kind == ValueKind.SERIALIZABLE && type.qualifiedName().equals(IMAGE_DETAIL);
            case ANY -> kind != ValueKind.LIST;
            case ARRAY -> false;
        };
    }

    /** The Java types that fit {@code key}, as a message lists them. */
    static String allowedJavaTypes(KeySchema key) {
        if (key.type() == JsonType.ARRAY) {
            return switch (key.items()) {
                case ANY -> "a List of String, Integer, Long, Double, Boolean or a CmpSerializable type";
                case OBJECT -> "a List of a CmpSerializable type";
                default -> "List<" + element(key.items()) + ">";
            };
        }
        return switch (key.type()) {
            case STRING -> "String, an enum or a java.time value";
            case TIMESTAMP ->
                "String or a java.time value (Instant, OffsetDateTime, ZonedDateTime," + " LocalDateTime, LocalDate)";
            case INTEGER -> "int, Integer, long or Long";
            case NUMBER -> "double, Double, int, Integer, long or Long";
            case BOOLEAN -> "boolean or Boolean";
            case OBJECT -> "a type implementing CmpSerializable";
            case IP_ADDRESS -> "IpAddress";
            case IMAGE_DETAIL -> "ImageDetail";
            default -> key.type().catalogName();
        };
    }

    private static String element(JsonType items) {
        return switch (items) {
            case STRING, TIMESTAMP -> "String";
            case INTEGER -> "Long";
            case NUMBER -> "Double";
            case BOOLEAN -> "Boolean";
            case IP_ADDRESS -> "IpAddress";
            case IMAGE_DETAIL -> "ImageDetail";
            default -> items.catalogName();
        };
    }
}

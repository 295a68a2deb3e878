package dev.cmpkit.processor.schema;

import static dev.cmpkit.processor.schema.Json.object;
import static dev.cmpkit.processor.schema.Json.orNull;
import static dev.cmpkit.processor.schema.Json.ref;

import dev.cmpkit.processor.catalog.JsonType;
import dev.cmpkit.processor.catalog.KeySchema;
import dev.cmpkit.processor.catalog.TypeSchema;
import dev.cmpkit.processor.model.JsonLiteral;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of each resource type of the catalog, and of the list a
 * {@code resources} handler returns.
 *
 * <p>A type's schema describes what every template of the type writes: the head keys are required,
 * the details object holds only the type's keys, each of its JSON type and allowed values, and every
 * key the catalog does not omit when unset; a key is nullable unless the catalog gives it a default.
 * The schema depends on the catalog alone, so every jar built with the same catalog carries the same
 * file.
 */
public final class ResourceSchemas {

    /** Where the schemas go in the class output, and where the runtime looks for them. */
    public static final String DIRECTORY = "META-INF/cmpkit/schemas/";

    /** The base of every schema's {@code $id}; the list schema refers to the type schemas by name under it. */
    public static final String ID_BASE = "https://cmpkit.dev/schemas/";

    /** The name of the list schema ({@code resources.schema.json}), after the handler command. */
    public static final String LIST = "resources";

    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private ResourceSchemas() {}

    /** {@code server.schema.json}. */
    public static String fileName(String name) {
        return name + ".schema.json";
    }

    /** The schema of one resource type, as JSON text. */
    public static String typeSchema(TypeSchema type) {
        Map<String, Object> schema = object(
                "$schema", DRAFT,
                "$id", ID_BASE + fileName(type.type()),
                "title", "CMP " + type.type() + " resource");
        if (!type.description().isEmpty()) {
            schema.put("description", type.description());
        }
        schema.put("type", "object");
        schema.put(
                "properties",
                object(
                        "id", object("type", "string", "minLength", 1),
                        "type", object("const", type.type()),
                        "base", ref("base"),
                        "connections", ref("connections"),
                        "metadata", ref("metadata"),
                        "details",
                                SharedDefinitions.closed(object(type.type(), ref("details")), List.of(type.type()))));
        schema.put("required", List.of("id", "type", "base", "connections", "metadata", "details"));
        schema.put("additionalProperties", false);
        Map<String, Object> definitions = new LinkedHashMap<>();
        definitions.put("details", details(type));
        definitions.putAll(SharedDefinitions.all());
        schema.put("$defs", definitions);
        return JsonText.print(schema);
    }

    /**
     * The schema of a {@code resources} handler's result: a list of resources, each checked as a
     * resource of any type, and in full by its type's schema when its type is one of {@code types}.
     */
    public static String listSchema(List<String> types) {
        List<Object> checks = new ArrayList<>();
        checks.add(ref("resource"));
        for (String type : types) {
            checks.add(object(
                    "if", object("properties", object("type", object("const", type)), "required", List.of("type")),
                    "then", object("$ref", fileName(type))));
        }
        Map<String, Object> definitions = new LinkedHashMap<>();
        definitions.put("resource", anyResource());
        definitions.putAll(SharedDefinitions.all());
        return JsonText.print(object(
                "$schema",
                DRAFT,
                "$id",
                ID_BASE + fileName(LIST),
                "title",
                "The result of a resources handler: a list of CMP resources",
                "type",
                "array",
                "items",
                object("allOf", checks),
                "$defs",
                definitions));
    }

    /** A resource of a type the schema does not know, such as a generic resource: its head only. */
    private static Map<String, Object> anyResource() {
        return SharedDefinitions.closed(
                object(
                        "id", object("type", "string", "minLength", 1),
                        "type", object("type", "string", "minLength", 1),
                        "base", ref("base"),
                        "connections", ref("connections"),
                        "metadata", ref("metadata"),
                        "details", object("type", "object")),
                List.of("id", "type", "base", "connections", "metadata"));
    }

    /** Every key is written unless the catalog omits it when unset. */
    private static Map<String, Object> details(TypeSchema type) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (KeySchema key : type.keys()) {
            properties.put(key.key(), key(key));
            if (!key.omitWhenUnset()) {
                required.add(key.key());
            }
        }
        return SharedDefinitions.closed(properties, required);
    }

    private static Map<String, Object> key(KeySchema key) {
        boolean nullable = key.defaultValue() == null;
        Map<String, Object> schema;
        if (key.type() == JsonType.STRING && !key.allowed().isEmpty()) {
            List<Object> values = new ArrayList<>(key.allowed());
            if (nullable) {
                values.add(null);
            }
            schema = object("enum", values);
        } else {
            Map<String, Object> value = value(key.type(), key.items());
            schema = nullable ? nullable(value) : value;
        }
        if (!key.description().isEmpty()) {
            schema.put("description", key.description());
        }
        if (!nullable) {
            schema.put("default", literal(key.defaultValue()));
        }
        return schema;
    }

    /** A value of {@code type}, never null; {@code items} is the element type of an array. */
    private static Map<String, Object> value(JsonType type, JsonType items) {
        return switch (type) {
            case STRING -> object("type", "string");
            case INTEGER -> object("type", "integer");
            case NUMBER -> object("type", "number");
            case BOOLEAN -> object("type", "boolean");
            case TIMESTAMP -> ref("timestamp");
            case OBJECT -> object("type", "object");
            case IP_ADDRESS -> ref("ip_address");
            case IMAGE_DETAIL -> ref("image_detail");
            case ARRAY -> object("type", "array", "items", value(items == null ? JsonType.ANY : items, null));
            case ANY -> object("type", List.of("string", "number", "boolean", "object"));
        };
    }

    /** {@code value} or null, as a type list when {@code value} is a plain type, else with anyOf. */
    private static Map<String, Object> nullable(Map<String, Object> value) {
        if (value.get("type") instanceof String plain) {
            Map<String, Object> copy = new LinkedHashMap<>(value);
            copy.put("type", List.of(plain, "null"));
            return copy;
        }
        return orNull(value);
    }

    private static Object literal(JsonLiteral literal) {
        if (literal instanceof JsonLiteral.Text text) {
            return text.value();
        } else if (literal instanceof JsonLiteral.Integral integral) {
            return integral.value();
        } else if (literal instanceof JsonLiteral.Decimal decimal) {
            return decimal.value();
        } else if (literal instanceof JsonLiteral.Bool bool) {
            return bool.value();
        }
        return List.of();
    }
}

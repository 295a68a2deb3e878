package dev.cmpkit.processor.schema;

import static dev.cmpkit.processor.schema.Json.object;
import static dev.cmpkit.processor.schema.Json.orNull;
import static dev.cmpkit.processor.schema.Json.ref;

import java.util.List;
import java.util.Map;

/**
 * The parts every resource shares, as schema definitions: the {@code base} object, timestamps,
 * regions, locations, connections, metadata, IP addresses and image details.
 */
final class SharedDefinitions {

    /**
     * A UTC RFC 3339 timestamp as CMP reads it: seconds, an optional fraction of up to six digits, and
     * {@code Z}. cmpkit always writes either no fraction or exactly six digits.
     */
    static final String TIMESTAMP_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?Z$";

    private SharedDefinitions() {}

    /** Every shared definition, by the name {@code #/$defs/<name>} refers to. */
    static Map<String, Object> all() {
        return object(
                "base", base(),
                "timestamp", object("type", "string", "pattern", TIMESTAMP_PATTERN),
                "region", closed(object("id", object("type", "string")), List.of("id")),
                "locations", object("type", "array", "minItems", 1, "items", ref("location")),
                "location", location(),
                "place", place(),
                "connections", connections(),
                "metadata", metadata(),
                "ip_address", ipAddress(),
                "image_detail", imageDetail());
    }

    /** An object with exactly these properties, of which {@code required} must be present. */
    static Map<String, Object> closed(Map<String, Object> properties, List<String> required) {
        Map<String, Object> schema = object("type", "object", "properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    /** Non-empty locations replace the regions, so exactly one of the two keys is present. */
    private static Map<String, Object> base() {
        Map<String, Object> schema = closed(
                object(
                        "name", object("type", "string"),
                        "provider_created_at", orNull(ref("timestamp")),
                        "last_seen_at", ref("timestamp"),
                        "native_portal_link", object("type", "string"),
                        "locations", ref("locations"),
                        "regions", object("type", "array", "maxItems", 1, "items", ref("region"))),
                List.of("name", "provider_created_at", "last_seen_at"));
        schema.put("oneOf", List.of(object("required", List.of("locations")), object("required", List.of("regions"))));
        return schema;
    }

    private static Map<String, Object> location() {
        return closed(
                object(
                        "location", ref("place"),
                        "city", ref("place"),
                        "state", ref("place"),
                        "country", ref("place"),
                        "region", ref("place"),
                        "type", object("enum", List.of("customer", "provider"))),
                List.of());
    }

    private static Map<String, Object> place() {
        Map<String, Object> schema = closed(
                object(
                        "id", object("type", "string"),
                        "name", object("type", "string"),
                        "latitude", object("type", "number", "minimum", -90, "maximum", 90),
                        "longitude", object("type", "number", "minimum", -180, "maximum", 180)),
                List.of());
        schema.put("anyOf", List.of(object("required", List.of("id")), object("required", List.of("name"))));
        return schema;
    }

    /** Type {@code any} lists raw ids; every other type lists {@code {"id": ...}} objects. */
    private static Map<String, Object> connections() {
        Map<String, Object> byId = closed(object("id", object("type", "string")), List.of("id"));
        return object(
                "type", "object",
                "properties", object("any", object("type", "array", "items", object("type", "string"))),
                "additionalProperties", object("type", "array", "items", byId));
    }

    /** Namespaces of keys to any JSON value. */
    private static Map<String, Object> metadata() {
        return object("type", "object", "additionalProperties", object("type", "object"));
    }

    private static Map<String, Object> ipAddress() {
        return closed(
                object(
                        "ip_address", object("type", "string"),
                        "network",
                                closed(
                                        object("id", object("type", "string"), "name", object("type", "string")),
                                        List.of("id", "name")),
                        "description", object("type", "string")),
                List.of());
    }

    /** All six keys, always; only the id is never null. */
    private static Map<String, Object> imageDetail() {
        List<String> nullableString = List.of("string", "null");
        return closed(
                object(
                        "id", object("type", "string"),
                        "name", object("type", nullableString),
                        "architecture", object("type", nullableString),
                        "distribution", object("type", nullableString),
                        "type", object("type", nullableString),
                        "version", object("type", nullableString)),
                List.of("id", "name", "architecture", "distribution", "type", "version"));
    }
}

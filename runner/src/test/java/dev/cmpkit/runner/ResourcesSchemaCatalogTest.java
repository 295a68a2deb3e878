package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.processor.catalog.CatalogLoader;
import dev.cmpkit.processor.catalog.JsonType;
import dev.cmpkit.processor.catalog.KeySchema;
import dev.cmpkit.processor.catalog.SchemaCatalog;
import dev.cmpkit.processor.catalog.TypeSchema;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The runner's resources schema says of every standard type what the processor's catalog says:
 * the same detail keys, required unless the catalog omits them when unset, each one nullable
 * (an unset key is written as null), of the catalog's JSON type, and limited to the catalog's
 * allowed values.
 */
class ResourcesSchemaCatalogTest {

    @Test
    void everyCatalogTypeHasItsDetailsInTheResourcesSchema() throws Exception {
        SchemaCatalog catalog = CatalogLoader.builtIn();
        JsonNode schema;
        try (InputStream in = ResultSchemas.class.getResourceAsStream("schemas/resources.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        List<String> described = new ArrayList<>();
        for (JsonNode branch : schema.at("/$defs/resource/allOf")) {
            described.add(branch.at("/if/properties/type/const").asText());
        }
        assertEquals(catalog.typeNames(), described, "types described by the schema, in catalog order");

        for (JsonNode branch : schema.at("/$defs/resource/allOf")) {
            String type = branch.at("/if/properties/type/const").asText();
            TypeSchema expected = catalog.type(type).orElseThrow();
            JsonNode details = branch.at("/then/properties/details/properties/" + type);
            assertEquals(Set.copyOf(expected.keyNames()), names(details.get("properties")), type + " keys");
            Set<String> required = new HashSet<>();
            details.get("required").forEach(key -> required.add(key.asText()));
            Set<String> notOmitted = new HashSet<>();
            for (KeySchema key : expected.keys()) {
                if (!key.omitWhenUnset()) {
                    notOmitted.add(key.key());
                }
                check(type, key, details.get("properties").get(key.key()), schema);
            }
            assertEquals(notOmitted, required, type + ": required keys are those never omitted");
        }
    }

    /** The key's schema admits null, has the catalog's JSON type and only its allowed values. */
    private static void check(String type, KeySchema key, JsonNode property, JsonNode schema) {
        String where = type + "." + key.key() + ": " + property;
        if (property.has("$ref")) {
            property = schema.at(property.get("$ref").asText().substring(1));
            assertNotNull(property, where);
        }
        if (!key.allowed().isEmpty()) {
            List<String> values = new ArrayList<>();
            boolean nullAllowed = false;
            for (JsonNode value : property.get("enum")) {
                if (value.isNull()) {
                    nullAllowed = true;
                } else {
                    values.add(value.asText());
                }
            }
            assertEquals(key.allowed(), values, where);
            assertTrue(nullAllowed, where);
            return;
        }
        Set<String> types = new HashSet<>();
        property.get("type").forEach(name -> types.add(name.asText()));
        assertEquals(Set.of(jsonSchemaType(key.type()), "null"), types, where);
    }

    private static String jsonSchemaType(JsonType type) {
        return switch (type) {
            case STRING, TIMESTAMP -> "string";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT, IP_ADDRESS, IMAGE_DETAIL -> "object";
            case ANY -> throw new IllegalArgumentException("a key's type is never " + type);
        };
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package dev.cmpkit.processor.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small constructors for the JSON trees that schemas are built from: objects keep their key order. */
final class Json {

    private Json() {}

    /** An object from alternating keys and values: {@code object("type", "string", "minLength", 1)}. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** {@code {"$ref": "#/$defs/<name>"}}. */
    static Map<String, Object> ref(String definition) {
        return object("$ref", "#/$defs/" + definition);
    }

    /** {@code schema} or null: {@code {"anyOf": [schema, {"type": "null"}]}}. */
    static Map<String, Object> orNull(Map<String, Object> schema) {
        return object("anyOf", List.of(schema, object("type", "null")));
    }
}

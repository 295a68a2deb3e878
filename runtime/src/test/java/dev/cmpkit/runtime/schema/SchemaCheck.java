package dev.cmpkit.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates documents against the exported schemas with networknt's validator, resolving the
 * schemas' {@code $id}s from the class path as a user's validator would.
 */
final class SchemaCheck {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(
                    mappers -> mappers.mapPrefix(CmpSchemas.ID_BASE, "classpath:" + CmpSchemas.DIRECTORY)));

    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private SchemaCheck() {}

    /** The problems of {@code document} against the schema named {@code name}; empty when it fits. */
    static List<String> problems(String name, JsonNode document) {
        JsonSchema schema = LOADED.computeIfAbsent(name, n -> FACTORY.getSchema(CmpSchemas.forType(n)));
        return schema.validate(document).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }
}

package dev.cmpkit.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a handler's result against the JSON Schema of its kind, shipped with the runner as
 * {@code dev/cmpkit/runner/schemas/<command>.schema.json}.
 *
 * <p>Schemas are read on first use only: a run that skips the check never loads the validator.
 */
final class ResultSchemas {

    private static final Map<Operation, JsonSchema> LOADED = new EnumMap<>(Operation.class);

    private ResultSchemas() {}

    /**
     * Validates a result.
     *
     * @param operation the handler kind, which selects the schema
     * @param result the result as JSON
     * @return one message per problem, each starting with the path inside the result (e.g.
     *     {@code result.metrics.0.time}); empty when the result fits
     */
    static List<String> problems(Operation operation, JsonNode result) {
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema(operation).validate(result)) {
            problems.add(path(message) + ": " + describe(message));
        }
        return problems;
    }

    private static synchronized JsonSchema schema(Operation operation) {
        return LOADED.computeIfAbsent(operation, ResultSchemas::load);
    }

    private static JsonSchema load(Operation operation) {
        String resource = "schemas/" + operation.command() + ".schema.json";
        try (InputStream in = ResultSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the runner's schema " + resource + " is missing from its jar");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the runner's schema " + resource, e);
        }
    }

    /** {@code result.metrics.0.time}: the instance location, plus the property a required check misses. */
    private static String path(ValidationMessage message) {
        StringBuilder path = new StringBuilder("result");
        JsonNodePath location = message.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            path.append('.').append(location.getElement(i));
        }
        if ("required".equals(message.getType()) && message.getProperty() != null) {
            path.append('.').append(message.getProperty());
        }
        return path.toString();
    }

    private static String describe(ValidationMessage message) {
        if ("required".equals(message.getType())) {
            return "required, missing";
        }
        String text = message.getMessage();
        // The validator starts its message with its own form of the path, which ours replaces.
        int colon = text.indexOf(": ");
        return text.startsWith("$") && colon > 0 ? text.substring(colon + 2) : text;
    }
}

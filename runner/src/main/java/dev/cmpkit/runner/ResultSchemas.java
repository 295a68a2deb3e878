package dev.cmpkit.runner;

import dev.cmpkit.runner.schema.SchemaCheck;
import dev.cmpkit.runtime.schema.CmpSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a handler's result against the JSON Schema of its kind. A {@code resources} list is
 * checked with the schemas the cmpkit processor exported into the connector's jar
 * ({@link CmpSchemas}), so a resource of a custom catalog type is checked with that type's own
 * schema; the other kinds with the runner's {@code dev/cmpkit/runner/schemas/<command>.schema.json}.
 *
 * <p>Each schema is read and compiled once per class loader, on first use: a run that skips the
 * check reads none.
 */
final class ResultSchemas {

    /** The compiled checks, by class loader and kind: a worker checks many results of one kind. */
    private static final Map<ClassLoader, Map<Operation, SchemaCheck>> COMPILED = new HashMap<>();

    private ResultSchemas() {}

    /**
     * Validates a result.
     *
     * @param operation the handler kind, which selects the schema
     * @param result the result as plain JSON values
     * @param loader where the connector's exported schemas are found
     * @return one message per problem, each starting with the path inside the result (e.g.
     *     {@code result.metrics.0.time}); empty when the result fits
     */
    static List<String> problems(Operation operation, Object result, ClassLoader loader) {
        return check(operation, loader).problems(result, "result");
    }

    private static synchronized SchemaCheck check(Operation operation, ClassLoader loader) {
        return COMPILED.computeIfAbsent(loader, l -> new HashMap<>())
                .computeIfAbsent(operation, o -> compile(o, loader));
    }

    private static SchemaCheck compile(Operation operation, ClassLoader loader) {
        if (operation == Operation.RESOURCES) {
            return SchemaCheck.compile(
                    parse(CmpSchemas.forType(CmpSchemas.RESOURCE_LIST, loader), CmpSchemas.RESOURCE_LIST),
                    file -> exported(file, loader));
        }
        String resource = "schemas/" + operation.command() + ".schema.json";
        try (InputStream in = ResultSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the runner's schema " + resource + " is missing from its jar");
            }
            return SchemaCheck.compile(PlainJson.read(in), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the runner's schema " + resource, e);
        }
    }

    /** An exported schema that another refers to by file name, e.g. {@code server.schema.json}. */
    private static Object exported(String file, ClassLoader loader) {
        String suffix = ".schema.json";
        if (!file.endsWith(suffix)) {
            return null;
        }
        String type = file.substring(0, file.length() - suffix.length());
        return CmpSchemas.find(type, loader).map(text -> parse(text, type)).orElse(null);
    }

    private static Object parse(String schema, String type) {
        try {
            return PlainJson.read(schema);
        } catch (IOException e) {
            throw new IllegalStateException("the exported JSON Schema of " + type + " is not JSON", e);
        }
    }
}

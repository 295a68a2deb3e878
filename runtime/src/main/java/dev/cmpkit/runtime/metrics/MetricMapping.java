package dev.cmpkit.runtime.metrics;

import dev.cmpkit.runtime.expr.ExpressionSyntaxException;
import dev.cmpkit.runtime.expr.SimpleExpressionParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads metric mapping files: YAML maps from metric key to an entry with {@code name},
 * {@code unit}, {@code counter}, {@code specialisation} and {@code conversion_expr}.
 *
 * <pre>{@code
 * # mapping.yaml
 * cpu_usage:
 *   name: CPU usage
 *   unit: "%"
 *   conversion_expr: value * 100
 *
 * Map<String, ParsedEntry> mapping = MetricMapping.load();
 * mapping.get("cpu_usage").value(Map.of("value", 0.25));   // 25.0
 * }</pre>
 *
 * <p>Files are read with snakeyaml's safe constructor: only plain YAML types, no global tags,
 * at most {@value #MAX_ALIASES} aliases, at most {@value #MAX_BYTES} bytes, no duplicate keys.
 */
public final class MetricMapping {
    /** The file {@link #load()} reads, relative to the working directory. */
    public static final String DEFAULT_FILE = "mapping.yaml";

    static final int MAX_ALIASES = 50;
    /** Mapping files are small; this bounds the time and memory a hostile file can take. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final List<String> KEYS = List.of("name", "unit", "counter", "specialisation", "conversion_expr");
    private static final SimpleExpressionParser PARSER = new SimpleExpressionParser();

    private MetricMapping() {}

    /**
     * Loads {@value #DEFAULT_FILE} from the working directory.
     *
     * @return the entries by metric key, in the file's order, unmodifiable
     * @throws MetricMappingException if the file cannot be read or holds anything but valid entries
     */
    public static Map<String, ParsedEntry> load() {
        return load(Path.of(DEFAULT_FILE));
    }

    /**
     * Loads a mapping file.
     *
     * @param file the YAML file
     * @return the entries by metric key, in the file's order, unmodifiable
     * @throws MetricMappingException if the file cannot be read or holds anything but valid
     *     entries; the message names the file and, for a bad entry, the metric key
     */
    public static Map<String, ParsedEntry> load(Path file) {
        if (file == null) {
            throw new MetricMappingException(null, null, "expected the path of a mapping file, got null", null);
        }
        Origin origin = new Origin(file, file.toString());
        try (InputStream in = Files.newInputStream(file)) {
            return parse(origin, in);
        } catch (NoSuchFileException e) {
            throw origin.failure(null, "file not found; expected a YAML metric mapping file there", e);
        } catch (IOException e) {
            throw origin.failure(null, "could not be read: " + e, e);
        }
    }

    /**
     * Loads a mapping from a stream, e.g. one bundled in a connector's jar. The stream is read to
     * its end (at most {@value #MAX_BYTES} bytes) and not closed.
     *
     * @param in the YAML document
     * @param sourceName what the stream is, for messages, e.g. {@code "classpath:mapping.yaml"}
     * @return the entries by metric key, in the document's order, unmodifiable
     * @throws MetricMappingException if the stream cannot be read or holds anything but valid
     *     entries; the message starts with {@code sourceName} and, for a bad entry, names the
     *     metric key
     */
    public static Map<String, ParsedEntry> load(InputStream in, String sourceName) {
        if (in == null || sourceName == null) {
            throw new MetricMappingException(
                    null,
                    sourceName,
                    null,
                    "expected a stream and a source name, got stream=" + in + ", sourceName=" + sourceName,
                    null);
        }
        Origin origin = new Origin(null, sourceName);
        try {
            return parse(origin, in);
        } catch (IOException e) {
            throw origin.failure(null, "could not be read: " + e, e);
        }
    }

    /**
     * Loads a mapping bundled on the class path, as {@link ClassLoader#getResourceAsStream(String)}
     * finds it with the thread's context class loader (or, without one, the loader of cmpkit's
     * runtime).
     *
     * <pre>{@code
     * // src/main/resources/mapping.yaml, in the connector's jar
     * Map<String, ParsedEntry> mapping = MetricMapping.loadResource("mapping.yaml");
     * }</pre>
     *
     * @param resourceName the resource's path, without a leading {@code /}, e.g. {@code
     *     "mapping.yaml"} or {@code "com/example/mapping.yaml"}
     * @return the entries by metric key, in the document's order, unmodifiable
     * @throws MetricMappingException if there is no such resource or it holds anything but valid
     *     entries; the message starts with {@code classpath:<resourceName>}
     */
    public static Map<String, ParsedEntry> loadResource(String resourceName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loadResource(loader == null ? MetricMapping.class.getClassLoader() : loader, resourceName);
    }

    /**
     * Loads a mapping bundled on the class path of {@code loader}.
     *
     * @param loader where to look, e.g. {@code MyConnector.class.getClassLoader()}
     * @param resourceName the resource's path, without a leading {@code /}
     * @return the entries by metric key, in the document's order, unmodifiable
     * @throws MetricMappingException if there is no such resource or it holds anything but valid
     *     entries; the message starts with {@code classpath:<resourceName>}
     */
    public static Map<String, ParsedEntry> loadResource(ClassLoader loader, String resourceName) {
        if (loader == null || resourceName == null) {
            throw new MetricMappingException(
                    null,
                    resourceName == null ? null : "classpath:" + resourceName,
                    null,
                    "expected a class loader and a resource name, got loader=" + loader + ", resourceName="
                            + resourceName,
                    null);
        }
        Origin origin = new Origin(null, "classpath:" + resourceName);
        try (InputStream in = loader.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw origin.failure(
                        null,
                        "not found on the class path; expected a YAML metric mapping resource there"
                                + (resourceName.startsWith("/") ? " (write the name without a leading '/')" : ""),
                        null);
            }
            return parse(origin, in);
        } catch (IOException e) {
            throw origin.failure(null, "could not be read: " + e, e);
        }
    }

    private static Map<String, ParsedEntry> parse(Origin origin, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            // Checked here because snakeyaml's code point limit does not count comments.
            throw origin.failure(
                    null, "is larger than " + MAX_BYTES + " bytes; expected a mapping file of at most that size", null);
        }
        Object document;
        try {
            document = yaml().load(new ByteArrayInputStream(bytes));
        } catch (YAMLException e) {
            throw origin.failure(null, "is not valid YAML for a mapping file: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // snakeyaml lets a NumberFormatException escape unwrapped for a plain scalar it takes for
            // a number but cannot convert (found by fuzzing: a key "._").
            throw origin.failure(null, "holds a value YAML cannot convert: " + e, e);
        }
        return entries(origin, document);
    }

    /** Where a mapping was read from: a file, or only a name for a stream or a resource. */
    private record Origin(Path file, String name) {
        MetricMappingException failure(String metricKey, String problem, Throwable cause) {
            return new MetricMappingException(file, name, metricKey, problem, cause);
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setTagInspector(tag -> false);
        return new Yaml(new SafeConstructor(options));
    }

    private static Map<String, ParsedEntry> entries(Origin file, Object document) {
        if (!(document instanceof Map)) {
            throw file.failure(null, "expected a mapping from metric key to entry, found " + describe(document), null);
        }
        Map<String, ParsedEntry> entries = new LinkedHashMap<>();
        for (Map.Entry<?, ?> item : ((Map<?, ?>) document).entrySet()) {
            if (!(item.getKey() instanceof String)) {
                throw file.failure(
                        null,
                        "expected every metric key to be a string, found " + describe(item.getKey()) + " (quote it)",
                        null);
            }
            String key = (String) item.getKey();
            entries.put(key, entry(file, key, item.getValue()));
        }
        return Collections.unmodifiableMap(entries);
    }

    private static ParsedEntry entry(Origin file, String key, Object value) {
        if (!(value instanceof Map)) {
            throw file.failure(key, "expected a mapping with any of " + KEYS + ", found " + describe(value), null);
        }
        Map<?, ?> fields = (Map<?, ?>) value;
        for (Object field : fields.keySet()) {
            // A YAML null key (`~:`, `null:`, `? ~`) is not a field name; Set.of rejects null lookups.
            if (!(field instanceof String) || !KEYS.contains(field)) {
                throw file.failure(key, "unknown key " + describe(field) + "; expected any of " + KEYS, null);
            }
        }
        Object counter = fields.get("counter");
        if (counter != null && !(counter instanceof Boolean)) {
            throw file.failure(key, "expected true or false for 'counter', found " + describe(counter), null);
        }
        String expression = text(file, key, fields, "conversion_expr");
        ParsedEntry entry;
        try {
            entry = new ParsedEntry(
                    textOrEmpty(file, key, fields, "name"),
                    textOrEmpty(file, key, fields, "unit"),
                    Boolean.TRUE.equals(counter),
                    textOrEmpty(file, key, fields, "specialisation"),
                    Optional.ofNullable(expression).map(PARSER::parse));
        } catch (ExpressionSyntaxException e) {
            throw file.failure(
                    key, "conversion_expr '" + expression + "' is not a valid expression: " + e.getMessage(), e);
        }
        return entry;
    }

    private static String textOrEmpty(Origin file, String key, Map<?, ?> fields, String field) {
        String text = text(file, key, fields, field);
        return text == null ? "" : text;
    }

    /** A string field, or null when absent or empty in YAML ({@code name:}). */
    private static String text(Origin file, String key, Map<?, ?> fields, String field) {
        Object value = fields.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw file.failure(
                key,
                "expected a string for '" + field + "', found " + describe(value)
                        + " (quote it if it is meant as text)",
                null);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing (null)";
        }
        // Rendered with a bound: an alias-expanded document can be far too large to print whole.
        String shown = bounded(value, 60);
        if (value instanceof String) {
            return "the string \"" + shown + "\"";
        }
        String type = value instanceof Map
                ? "a mapping"
                : value instanceof List ? "a list" : "a " + value.getClass().getSimpleName();
        return type + " " + shown;
    }

    /** Renders a parsed YAML value like {@code String.valueOf}, stopping after {@code limit} chars. */
    private static String bounded(Object value, int limit) {
        StringBuilder out = new StringBuilder(limit + 3);
        render(value, out, limit);
        return out.length() > limit ? out.substring(0, limit) + "..." : out.toString();
    }

    private static void render(Object value, StringBuilder out, int limit) {
        if (out.length() > limit) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (out.length() > limit) {
                    return;
                }
                if (out.charAt(out.length() - 1) != '{') {
                    out.append(", ");
                }
                render(entry.getKey(), out, limit);
                out.append('=');
                render(entry.getValue(), out, limit);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (Object element : list) {
                if (out.length() > limit) {
                    return;
                }
                if (out.charAt(out.length() - 1) != '[') {
                    out.append(", ");
                }
                render(element, out, limit);
            }
            out.append(']');
        } else {
            String text = String.valueOf(value);
            out.append(text, 0, Math.min(text.length(), limit + 1 - out.length() + 1));
        }
    }
}

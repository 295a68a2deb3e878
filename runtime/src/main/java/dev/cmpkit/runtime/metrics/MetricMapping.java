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
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new MetricMappingException(
                    file, null, "file not found; expected a YAML metric mapping file there", e);
        } catch (IOException e) {
            throw new MetricMappingException(file, null, "could not be read: " + e, e);
        }
        if (bytes.length > MAX_BYTES) {
            // Checked here because snakeyaml's code point limit does not count comments.
            throw new MetricMappingException(
                    file,
                    null,
                    "is larger than " + MAX_BYTES + " bytes; expected a mapping file of at most that size",
                    null);
        }
        Object document;
        try {
            document = yaml().load(new ByteArrayInputStream(bytes));
        } catch (YAMLException e) {
            throw new MetricMappingException(file, null, "is not valid YAML for a mapping file: " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            // snakeyaml resolves a plain scalar such as "._" as a float and then fails to convert it.
            throw new MetricMappingException(
                    file, null, "is not valid YAML for a mapping file: unreadable number: " + e.getMessage(), e);
        }
        return entries(file, document);
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

    private static Map<String, ParsedEntry> entries(Path file, Object document) {
        if (!(document instanceof Map)) {
            throw new MetricMappingException(
                    file, null, "expected a mapping from metric key to entry, found " + describe(document), null);
        }
        Map<String, ParsedEntry> entries = new LinkedHashMap<>();
        for (Map.Entry<?, ?> item : ((Map<?, ?>) document).entrySet()) {
            if (!(item.getKey() instanceof String)) {
                throw new MetricMappingException(
                        file,
                        null,
                        "expected every metric key to be a string, found " + describe(item.getKey()) + " (quote it)",
                        null);
            }
            String key = (String) item.getKey();
            entries.put(key, entry(file, key, item.getValue()));
        }
        return Collections.unmodifiableMap(entries);
    }

    private static ParsedEntry entry(Path file, String key, Object value) {
        if (!(value instanceof Map)) {
            throw new MetricMappingException(
                    file, key, "expected a mapping with any of " + KEYS + ", found " + describe(value), null);
        }
        Map<?, ?> fields = (Map<?, ?>) value;
        for (Object field : fields.keySet()) {
            // A YAML null key (`~:`, `null:`, `? ~`) is not a field name; Set.of rejects null lookups.
            if (!(field instanceof String) || !KEYS.contains(field)) {
                throw new MetricMappingException(
                        file, key, "unknown key " + describe(field) + "; expected any of " + KEYS, null);
            }
        }
        Object counter = fields.get("counter");
        if (counter != null && !(counter instanceof Boolean)) {
            throw new MetricMappingException(
                    file, key, "expected true or false for 'counter', found " + describe(counter), null);
        }
        String expression = text(file, key, fields, "conversion_expr");
        ParsedEntry entry;
        try {
            entry = new ParsedEntry(
                    textOrEmpty(file, key, fields, "name"),
                    textOrEmpty(file, key, fields, "unit"),
                    Boolean.TRUE.equals(counter),
                    textOrEmpty(file, key, fields, "specialisation"),
                    expression == null ? null : PARSER.parse(expression));
        } catch (ExpressionSyntaxException e) {
            throw new MetricMappingException(
                    file, key, "conversion_expr '" + expression + "' is not a valid expression: " + e.getMessage(), e);
        }
        return entry;
    }

    private static String textOrEmpty(Path file, String key, Map<?, ?> fields, String field) {
        String text = text(file, key, fields, field);
        return text == null ? "" : text;
    }

    /** A string field, or null when absent or empty in YAML ({@code name:}). */
    private static String text(Path file, String key, Map<?, ?> fields, String field) {
        Object value = fields.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new MetricMappingException(
                file,
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

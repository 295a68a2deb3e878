package dev.cmpkit.processor.catalog;

import dev.cmpkit.processor.model.JsonLiteral;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads catalog YAML (the built-in one and extra files) into a {@link SchemaCatalog}. */
public final class CatalogLoader {

    /** The processor option naming extra catalog files, comma-separated. */
    public static final String OPTION = "cmpkit.schema";

    private static final String BUILT_IN = "cmp-schema.yaml";
    private static final Set<String> TYPE_ATTRIBUTES = Set.of("description", "keys");
    private static final Set<String> KEY_ATTRIBUTES =
            Set.of("type", "items", "default", "omit_when_unset", "allowed", "description");

    private CatalogLoader() {}

    /** The built-in catalog merged with the files listed in {@code option} (may be null or blank). */
    public static SchemaCatalog load(String option) throws CatalogException {
        SchemaCatalog catalog = builtIn();
        if (option == null || option.isBlank()) {
            return catalog;
        }
        List<String> files = new ArrayList<>();
        for (String part : option.split(",", -1)) {
            if (part.isBlank()) {
                throw new CatalogException(
                        "-A" + OPTION + "=" + option + " has an empty path; expected " + "<path>[,<path>...]");
            }
            files.add(part.trim());
        }
        for (String file : files) {
            catalog = catalog.merge(parse(readFile(file), file), file);
        }
        return catalog;
    }

    /** The catalog shipped with the processor. */
    public static SchemaCatalog builtIn() throws CatalogException {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new CatalogException("the built-in catalog " + BUILT_IN + " is missing from the processor jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + BUILT_IN);
        } catch (IOException e) {
            throw new CatalogException("cannot read the built-in catalog " + BUILT_IN + ": " + e, e);
        }
    }

    private static String readFile(String path) throws CatalogException {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new CatalogException(path + ": cannot read the file (" + e + ")", e);
        }
    }

    /** Parses one catalog document; {@code source} names it in errors. */
    public static SchemaCatalog parse(String yaml, String source) throws CatalogException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (YAMLException e) {
            throw new CatalogException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        Map<String, Object> top = map(root, source, "the document");
        if (!top.keySet().equals(Set.of("types"))) {
            throw new CatalogException(
                    source + ": expected a document with the single top-level key 'types', found " + top.keySet());
        }
        Map<String, Object> typeMap = map(top.get("types"), source, "types");
        Map<String, TypeSchema> types = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : typeMap.entrySet()) {
            types.put(entry.getKey(), type(entry.getKey(), entry.getValue(), source));
        }
        return new SchemaCatalog(types);
    }

    private static TypeSchema type(String name, Object value, String source) throws CatalogException {
        String where = "types." + name;
        requireName(name, source, where);
        Map<String, Object> attributes = map(value, source, where);
        checkAttributes(attributes, TYPE_ATTRIBUTES, source, where);
        String description = optionalString(attributes.get("description"), source, where + ".description");
        Object keysValue = attributes.get("keys");
        List<KeySchema> keys = new ArrayList<>();
        if (keysValue != null) {
            for (Map.Entry<String, Object> key :
                    map(keysValue, source, where + ".keys").entrySet()) {
                keys.add(key(key.getKey(), key.getValue(), source, where + ".keys." + key.getKey()));
            }
        }
        return new TypeSchema(name, description, keys);
    }

    private static KeySchema key(String name, Object value, String source, String where) throws CatalogException {
        requireName(name, source, where);
        Map<String, Object> attributes = map(value, source, where);
        checkAttributes(attributes, KEY_ATTRIBUTES, source, where);
        JsonType type = jsonType(attributes.get("type"), source, where + ".type", false);
        JsonType items = null;
        if (type == JsonType.ARRAY) {
            items = attributes.containsKey("items")
                    ? jsonType(attributes.get("items"), source, where + ".items", true)
                    : JsonType.ANY;
        } else if (attributes.containsKey("items")) {
            throw new CatalogException(source + ": " + where + ".items is only allowed for type array");
        }
        JsonLiteral defaultValue = attributes.containsKey("default")
                ? literal(attributes.get("default"), type, source, where + ".default")
                : null;
        Object omit = attributes.getOrDefault("omit_when_unset", false);
        if (!(omit instanceof Boolean omitWhenUnset)) {
            throw new CatalogException(source + ": " + where + ".omit_when_unset must be true or false, found " + omit);
        }
        List<String> allowed = allowed(attributes.get("allowed"), type, source, where + ".allowed");
        if (defaultValue instanceof JsonLiteral.Text text && !allowed.isEmpty() && !allowed.contains(text.value())) {
            throw new CatalogException(source + ": " + where + ".default " + text.display()
                    + " is not one of the allowed values " + allowed);
        }
        String description = optionalString(attributes.get("description"), source, where + ".description");
        return new KeySchema(name, type, items, defaultValue, omitWhenUnset, allowed, description);
    }

    private static JsonType jsonType(Object value, String source, String where, boolean asItems)
            throws CatalogException {
        List<String> names = new ArrayList<>();
        for (JsonType type : JsonType.values()) {
            if (asItems ? type != JsonType.ARRAY : type != JsonType.ANY) {
                names.add(type.catalogName());
            }
        }
        if (value instanceof String name && names.contains(name)) {
            return JsonType.fromCatalogName(name).orElseThrow();
        }
        throw new CatalogException(source + ": " + where + " is " + (value == null ? "missing" : "'" + value + "'")
                + "; expected one of " + names);
    }

    private static JsonLiteral literal(Object value, JsonType type, String source, String where)
            throws CatalogException {
        boolean fits = switch (type) {
            case STRING, TIMESTAMP -> value instanceof String;
            case INTEGER -> value instanceof Integer || value instanceof Long;
            case NUMBER -> value instanceof Number;
            case BOOLEAN -> value instanceof Boolean;
            case ARRAY -> value instanceof List<?> list && list.isEmpty();
            default -> false;
        };
        if (!fits) {
            throw new CatalogException(source + ": " + where + " " + value + " does not fit type " + type.catalogName()
                    + " (defaults are scalars, or [] for arrays; objects take none)");
        }
        if (value instanceof String text) {
            return new JsonLiteral.Text(text);
        } else if (value instanceof Integer || value instanceof Long) {
            return new JsonLiteral.Integral(((Number) value).longValue());
        } else if (value instanceof Number number) {
            return new JsonLiteral.Decimal(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            return new JsonLiteral.Bool(bool);
        }
        return new JsonLiteral.EmptyArray();
    }

    private static List<String> allowed(Object value, JsonType type, String source, String where)
            throws CatalogException {
        if (value == null) {
            return List.of();
        }
        if (type != JsonType.STRING) {
            throw new CatalogException(source + ": " + where + " is only allowed for type string");
        }
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new CatalogException(source + ": " + where + " must be a non-empty list of strings, found " + value);
        }
        List<String> allowed = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String text)) {
                throw new CatalogException(source + ": " + where + " must hold only strings, found " + item);
            }
            allowed.add(text);
        }
        return List.copyOf(allowed);
    }

    private static void requireName(String name, String source, String where) throws CatalogException {
        if (name == null || name.isBlank()) {
            throw new CatalogException(source + ": " + where + " has an empty name");
        }
    }

    private static void checkAttributes(Map<String, Object> attributes, Set<String> known, String source, String where)
            throws CatalogException {
        for (String attribute : attributes.keySet()) {
            if (!known.contains(attribute)) {
                throw new CatalogException(source + ": " + where + " has the unknown attribute '" + attribute
                        + "'; expected some of " + known.stream().sorted().toList());
            }
        }
    }

    private static String optionalString(Object value, String source, String where) throws CatalogException {
        if (value == null) {
            return "";
        }
        if (!(value instanceof String text)) {
            throw new CatalogException(source + ": " + where + " must be a string, found " + value);
        }
        return text;
    }

    private static Map<String, Object> map(Object value, String source, String where) throws CatalogException {
        if (!(value instanceof Map<?, ?> raw)) {
            throw new CatalogException(source + ": " + where + " must be a mapping, found "
                    + (value == null
                            ? "nothing"
                            : value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : raw.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new CatalogException(source + ": " + where + " has the non-string key " + entry.getKey());
            }
            result.put(key, entry.getValue());
        }
        return result;
    }
}

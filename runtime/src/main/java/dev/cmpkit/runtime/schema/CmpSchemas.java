package dev.cmpkit.runtime.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The JSON Schemas of CMP resources, as the cmpkit processor wrote them: one per resource type of
 * its catalog ({@code META-INF/cmpkit/schemas/<type>.schema.json}) and one for the list a
 * {@code resources} handler returns ({@code resources.schema.json}), in every jar that has
 * templates. The runtime's own jar carries those of the standard types.
 *
 * <p>Each schema's {@code $id} is {@link #ID_BASE} followed by its file name, and the list schema
 * refers to the type schemas by file name; a validator resolves them by mapping {@link #ID_BASE} to
 * the class path directory {@link #DIRECTORY}.
 *
 * <p>Schemas are looked up on each call; cache the text if you validate often.
 */
public final class CmpSchemas {

    /** The class path directory of the schemas. */
    public static final String DIRECTORY = "META-INF/cmpkit/schemas/";

    /** The base of every schema's {@code $id}. */
    public static final String ID_BASE = "https://cmpkit.dev/schemas/";

    /** The name under which the schema of a resources handler's list is found. */
    public static final String RESOURCE_LIST = "resources";

    /** Resource types are plain names; anything else cannot name a schema file. */
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    private CmpSchemas() {}

    /**
     * The schema of a resource type, from the class path of the thread's context class loader (or
     * this class's loader).
     *
     * @param type the resource type, for example {@code "server"}
     * @return the schema's JSON text
     * @throws IllegalArgumentException when the type is null or not a plain name, or no schema of it
     *     is on the class path
     * @throws IllegalStateException when two different schemas of the type are on the class path
     *     outside the runtime's jar
     */
    public static String forType(String type) {
        return forType(type, defaultLoader());
    }

    /**
     * The schema of a resource type, from the class path of {@code loader}.
     *
     * @param type the resource type, for example {@code "server"}
     * @param loader where to look
     * @return the schema's JSON text
     * @throws IllegalArgumentException when the type is null or not a plain name, or no schema of it
     *     is on the class path
     * @throws IllegalStateException when two different schemas of the type are on the class path
     *     outside the runtime's jar
     */
    public static String forType(String type, ClassLoader loader) {
        return find(type, loader)
                .orElseThrow(() -> new IllegalArgumentException("no JSON Schema of resource type \"" + type
                        + "\" on the class path (expected " + DIRECTORY + type + ".schema.json, which the cmpkit"
                        + " processor writes for every type of its catalog when it compiles a template)"));
    }

    /**
     * The schema of the list a {@code resources} handler returns: each item is checked as a resource,
     * and by its type's schema when its type is in the catalog.
     *
     * @return the schema's JSON text
     * @throws IllegalArgumentException when no such schema is on the class path
     */
    public static String forResourceList() {
        return forType(RESOURCE_LIST);
    }

    /**
     * The schema of a resource type, if one is on the class path of {@code loader}.
     *
     * @param type the resource type
     * @param loader where to look
     * @return the schema's JSON text, or empty
     * @throws IllegalArgumentException when the type is null or not a plain name
     * @throws IllegalStateException when two different schemas of the type are on the class path
     *     outside the runtime's jar
     */
    public static Optional<String> find(String type, ClassLoader loader) {
        if (type == null || !TYPE_NAME.matcher(type).matches()) {
            throw new IllegalArgumentException("a resource type is a plain name such as \"server\" (letters, digits,"
                    + " '_', '.', '-'), got " + (type == null ? "null" : "\"" + type + "\""));
        }
        if (loader == null) {
            throw new IllegalArgumentException("loader is required, got null");
        }
        String path = DIRECTORY + type + ".schema.json";
        Map<String, List<URL>> byText = new LinkedHashMap<>();
        for (URL url : resources(loader, path)) {
            byText.computeIfAbsent(read(url), text -> new ArrayList<>()).add(url);
        }
        if (byText.size() <= 1) {
            return byText.keySet().stream().findFirst();
        }
        return Optional.of(preferExtended(type, byText));
    }

    /**
     * Chooses among different copies of one schema: a connector built with an extra catalog has the
     * type with more keys than the runtime's jar, and an extra catalog can only add to a type, so the
     * copies outside the runtime's jar win. Two different copies outside it are a conflict.
     */
    private static String preferExtended(String type, Map<String, List<URL>> byText) {
        String runtime = runtimeLocation();
        List<String> outside = new ArrayList<>();
        for (Map.Entry<String, List<URL>> entry : byText.entrySet()) {
            if (entry.getValue().stream()
                    .noneMatch(url -> runtime != null && url.toString().startsWith(runtime))) {
                outside.add(entry.getKey());
            }
        }
        if (outside.size() == 1) {
            return outside.get(0);
        }
        throw new IllegalStateException("different JSON Schemas of resource type \"" + type
                + "\" on the class path, built from different catalogs: " + byText.values()
                + "; build every jar of the connector with the same -Acmpkit.schema catalogs");
    }

    /** The URL prefix of the jar or directory this class was loaded from. */
    private static String runtimeLocation() {
        URL self = CmpSchemas.class.getResource(CmpSchemas.class.getSimpleName() + ".class");
        if (self == null) {
            return null;
        }
        String text = self.toString();
        String suffix = CmpSchemas.class.getName().replace('.', '/') + ".class";
        return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : null;
    }

    private static List<URL> resources(ClassLoader loader, String path) {
        try {
            List<URL> urls = new ArrayList<>();
            for (Enumeration<URL> e = loader.getResources(path); e.hasMoreElements(); ) {
                urls.add(e.nextElement());
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path + " on the class path", e);
        }
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON Schema " + url, e);
        }
    }

    private static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : CmpSchemas.class.getClassLoader();
    }
}

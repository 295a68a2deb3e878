package dev.cmpkit.runtime;

import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import dev.cmpkit.runtime.json.JsonValues;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Key/value metadata of a resource or account, grouped by namespace:
 * {@code {"provider_specific": {"key": "value"}}}. Namespaces and keys keep the order in which
 * they were first added; values are JSON-compatible and deep-copied.
 */
public final class Metadata implements ShapedValue {

    /** The {@code default} namespace. */
    public static final String DEFAULT = "default";

    /** The {@code provider_specific} namespace, where keys go unless told otherwise. */
    public static final String PROVIDER_SPECIFIC = "provider_specific";

    /** The {@code provider_specific_editable} namespace. */
    public static final String PROVIDER_SPECIFIC_EDITABLE = "provider_specific_editable";

    /** The {@code provider_metadata} namespace. */
    public static final String PROVIDER_METADATA = "provider_metadata";

    private static final Metadata NONE = new Metadata(Map.of());

    /** The named namespaces, pre-encoded like fixed keys; other namespaces are encoded per write. */
    private static final Map<String, JsonName> KNOWN_NAMESPACE_KEYS = Map.of(
            DEFAULT, JsonName.of(DEFAULT),
            PROVIDER_SPECIFIC, JsonName.of(PROVIDER_SPECIFIC),
            PROVIDER_SPECIFIC_EDITABLE, JsonName.of(PROVIDER_SPECIFIC_EDITABLE),
            PROVIDER_METADATA, JsonName.of(PROVIDER_METADATA));

    /**
     * Namespace to key to value; insertion-ordered, values deep-immutable. The maps are never
     * modified after {@link Builder#build()} and reach callers only through unmodifiable views:
     * kept bare, writing walks them without the views' per-entry wrappers.
     */
    private final Map<String, Map<String, Object>> byNamespace;

    private Metadata(Map<String, Map<String, Object>> byNamespace) {
        this.byNamespace = byNamespace;
    }

    /** Returns a new, empty builder whose default namespace is {@link #PROVIDER_SPECIFIC}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns metadata with no entries: {@code {}}. */
    public static Metadata none() {
        return NONE;
    }

    /** Returns a builder holding these entries, to add more or replace some. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        byNamespace.forEach((namespace, values) -> values.forEach((key, value) -> builder.add(key, value, namespace)));
        return builder;
    }

    /** The namespaces, in the order first added. */
    public Set<String> namespaces() {
        return Collections.unmodifiableSet(byNamespace.keySet());
    }

    /**
     * The entries of a namespace.
     *
     * @param namespace the namespace
     * @return an unmodifiable, insertion-ordered map; empty when the namespace has no entries
     *     (a null namespace never has any)
     */
    public Map<String, Object> values(String namespace) {
        // Map.of() (the empty metadata) throws on a null key, so null is answered here.
        return namespace == null
                ? Map.of()
                : Collections.unmodifiableMap(byNamespace.getOrDefault(namespace, Map.of()));
    }

    /**
     * One value.
     *
     * @param namespace the namespace
     * @param key the key
     * @return the value (lists and maps are unmodifiable), or null when absent
     */
    public Object get(String namespace, String key) {
        if (key == null || namespace == null) {
            return null;
        }
        Map<String, Object> values = byNamespace.get(namespace);
        return values == null ? null : values.get(key);
    }

    /** Whether there are no entries. */
    public boolean isEmpty() {
        return byNamespace.isEmpty();
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        // The two map levels are known to hold string keys; only the values need the general writer.
        sink.beginObject();
        for (Map.Entry<String, Map<String, Object>> namespace : byNamespace.entrySet()) {
            JsonName known = KNOWN_NAMESPACE_KEYS.get(namespace.getKey());
            if (known == null) {
                sink.name(namespace.getKey());
            } else {
                sink.name(known);
            }
            sink.beginObject();
            for (Map.Entry<String, Object> entry : namespace.getValue().entrySet()) {
                sink.name(entry.getKey());
                sink.value(entry.getValue(), clock);
            }
            sink.endObject();
        }
        sink.endObject();
    }

    @Override
    public boolean equals(Object o) {
        // Key order is part of the wire form, so it is part of equality.
        return o instanceof Metadata other
                && sameOrder(byNamespace, other.byNamespace)
                && byNamespace.equals(other.byNamespace);
    }

    private static boolean sameOrder(Map<String, Map<String, Object>> a, Map<String, Map<String, Object>> b) {
        if (!new ArrayList<>(a.keySet()).equals(new ArrayList<>(b.keySet()))) {
            return false;
        }
        for (Map.Entry<String, Map<String, Object>> entry : a.entrySet()) {
            if (!new ArrayList<>(entry.getValue().keySet())
                    .equals(new ArrayList<>(b.get(entry.getKey()).keySet()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return byNamespace.hashCode();
    }

    @Override
    public String toString() {
        return "Metadata" + byNamespace;
    }

    /**
     * Collects metadata. Keys added without a namespace go to the default namespace in force
     * when {@link #build()} is called. Re-adding a key replaces its value in place.
     */
    public static final class Builder {
        /** One add call; namespace null means the default namespace. */
        private record Entry(String namespace, String key, Object value) {}

        private final List<Entry> entries = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private String defaultNamespace = PROVIDER_SPECIFIC;

        private Builder() {}

        /**
         * Sets the namespace of keys added without one.
         *
         * @param namespace the namespace, the empty string included; null restores
         *     {@link #PROVIDER_SPECIFIC}
         * @return this builder
         */
        public Builder defaultNamespace(String namespace) {
            this.defaultNamespace = namespace == null ? PROVIDER_SPECIFIC : namespace;
            return this;
        }

        /**
         * Adds a value under the default namespace.
         *
         * @param key the key
         * @param value a JSON-compatible value (see {@link JsonValues}); it is deep-copied
         * @return this builder
         */
        public Builder add(String key, Object value) {
            return add(key, value, null);
        }

        /**
         * Adds a value under a namespace.
         *
         * @param key the key
         * @param value a JSON-compatible value (see {@link JsonValues}); it is deep-copied
         * @param namespace the namespace; null means the default namespace
         * @return this builder
         */
        public Builder add(String key, Object value, String namespace) {
            if (key == null) {
                problems.add("metadata key is required, got null (namespace " + Checks.quote(namespace) + ")");
                return this;
            }
            try {
                entries.add(new Entry(
                        namespace, key, JsonValues.immutableCopy("metadata value " + Checks.quote(key), value)));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            return this;
        }

        /**
         * Builds the metadata.
         *
         * @return the metadata
         * @throws IllegalArgumentException when a key was null or a value not JSON-compatible
         */
        public Metadata build() {
            Checks.throwIfAny("Metadata", problems);
            if (entries.isEmpty()) {
                return NONE;
            }
            Map<String, Map<String, Object>> byNamespace = new LinkedHashMap<>();
            for (Entry entry : entries) {
                String namespace = entry.namespace() == null ? defaultNamespace : entry.namespace();
                byNamespace
                        .computeIfAbsent(namespace, n -> new LinkedHashMap<>())
                        .put(entry.key(), entry.value());
            }
            return new Metadata(byNamespace);
        }
    }
}

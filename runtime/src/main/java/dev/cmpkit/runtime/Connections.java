package dev.cmpkit.runtime;

import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resources a resource is connected to, grouped by type: {@code {"server": [{"id": "s1"}]}}.
 * Type {@code any} holds the raw ids instead: {@code {"any": ["1", "2"]}}. Types appear in the
 * order first added.
 */
public final class Connections implements ShapedValue {

    // Wire keys, prepared once so that sinks copy encoded bytes instead of encoding the key per write.
    private static final JsonName KEY_ID = JsonName.of("id");

    /** The type whose list holds raw ids rather than {@code {"id": ...}} objects. */
    public static final String ANY = "any";

    /** The types the builder names, pre-encoded like the fixed keys; other types are encoded per write. */
    private static final Map<String, JsonName> KNOWN_TYPE_KEYS = Map.of(
            "appliance",
            JsonName.of("appliance"),
            "server",
            JsonName.of("server"),
            "network",
            JsonName.of("network"),
            "volume",
            JsonName.of("volume"),
            ANY,
            JsonName.of(ANY));

    private static final Connections NONE = new Connections(Map.of());

    /**
     * Type to ids; insertion-ordered, the id lists immutable. The map is never modified after
     * {@link Builder#build()} and reaches callers only through an unmodifiable view: kept bare,
     * writing walks it without the view's per-entry wrappers.
     */
    private final Map<String, List<String>> byType;

    private Connections(Map<String, List<String>> byType) {
        this.byType = byType;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns connections with no entries: {@code {}}. */
    public static Connections none() {
        return NONE;
    }

    /** Returns a builder holding these connections, to add more. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        byType.forEach(builder::add);
        return builder;
    }

    /** The connected types, in the order first added. */
    public Set<String> types() {
        return Collections.unmodifiableSet(byType.keySet());
    }

    /**
     * The ids connected under a type.
     *
     * @param type the type, for example {@code "server"}
     * @return the ids, or an empty list when there are none (a null type never has any)
     */
    public List<String> ids(String type) {
        // Map.of() (the empty connections) throws on a null key, so null is answered here.
        return type == null ? List.of() : byType.getOrDefault(type, List.of());
    }

    /** Whether there are no connections. */
    public boolean isEmpty() {
        return byType.isEmpty();
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        for (Map.Entry<String, List<String>> entry : byType.entrySet()) {
            String type = entry.getKey();
            JsonName known = KNOWN_TYPE_KEYS.get(type);
            if (known == null) {
                sink.name(type);
            } else {
                sink.name(known);
            }
            sink.beginArray();
            boolean raw = ANY.equals(type);
            List<String> ids = entry.getValue();
            // By index (the lists are List.copyOf): no iterator per write.
            for (int i = 0, n = ids.size(); i < n; i++) {
                String id = ids.get(i);
                if (raw) {
                    sink.string(id);
                } else {
                    sink.beginObject();
                    sink.name(KEY_ID);
                    sink.string(id);
                    sink.endObject();
                }
            }
            sink.endArray();
        }
        sink.endObject();
    }

    @Override
    public boolean equals(Object o) {
        // Key order is part of the wire form, so it is part of equality.
        return o instanceof Connections other
                && new ArrayList<>(byType.entrySet()).equals(new ArrayList<>(other.byType.entrySet()));
    }

    @Override
    public int hashCode() {
        return byType.hashCode();
    }

    @Override
    public String toString() {
        return "Connections" + byType;
    }

    /**
     * Collects connections. Ids of a type added twice are appended; an empty list of ids adds
     * nothing. A null list or id is rejected at once; a null type is reported by {@link #build()}.
     */
    public static final class Builder {
        private final Map<String, List<String>> byType = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();

        private Builder() {}

        /**
         * Adds connections to resources of a type.
         *
         * @param type the type, for example {@code "server"}, or {@link #ANY}
         * @param ids the ids of the connected resources
         * @return this builder
         * @throws IllegalArgumentException at once when the array or one of its ids is null
         */
        public Builder add(String type, String... ids) {
            if (ids == null) {
                throw nullIds(type);
            }
            return add(type, Arrays.asList(ids));
        }

        /**
         * Adds connections to resources of a type.
         *
         * @param type the type, for example {@code "server"}, or {@link #ANY}; the empty string is
         *     a type like any other
         * @param ids the ids of the connected resources; an empty list adds nothing
         * @return this builder
         * @throws IllegalArgumentException at once when the list or one of its ids is null
         */
        public Builder add(String type, List<String> ids) {
            if (ids == null) {
                throw nullIds(type);
            }
            List<String> checked = new ArrayList<>(ids.size());
            int index = 0;
            for (String id : ids) {
                if (id == null) {
                    throw new IllegalArgumentException("Invalid Connections: " + Checks.quote(type) + "[" + index
                            + "] must not be null, got ids " + ids);
                }
                checked.add(id);
                index++;
            }
            if (type == null) {
                problems.add("type is required, got null (for ids " + ids + ")");
                return this;
            }
            if (!checked.isEmpty()) {
                byType.computeIfAbsent(type, t -> new ArrayList<>()).addAll(checked);
            }
            return this;
        }

        private static IllegalArgumentException nullIds(String type) {
            return new IllegalArgumentException("Invalid Connections: the ids of type " + Checks.quote(type)
                    + " are required, got null; pass an empty list to add none");
        }

        /** Adds connections to appliances (wire key {@code appliance}). */
        public Builder appliances(String... ids) {
            return add("appliance", ids);
        }

        /** Adds connections to appliances (wire key {@code appliance}). */
        public Builder appliances(List<String> ids) {
            return add("appliance", ids);
        }

        /** Adds connections to servers (wire key {@code server}). */
        public Builder servers(String... ids) {
            return add("server", ids);
        }

        /** Adds connections to servers (wire key {@code server}). */
        public Builder servers(List<String> ids) {
            return add("server", ids);
        }

        /** Adds connections to networks (wire key {@code network}). */
        public Builder networks(String... ids) {
            return add("network", ids);
        }

        /** Adds connections to networks (wire key {@code network}). */
        public Builder networks(List<String> ids) {
            return add("network", ids);
        }

        /** Adds connections to volumes (wire key {@code volume}). */
        public Builder volumes(String... ids) {
            return add("volume", ids);
        }

        /** Adds connections to volumes (wire key {@code volume}). */
        public Builder volumes(List<String> ids) {
            return add("volume", ids);
        }

        /**
         * Builds the connections.
         *
         * @return the connections
         * @throws IllegalArgumentException when a type was null
         */
        public Connections build() {
            Checks.throwIfAny("Connections", problems);
            if (byType.isEmpty()) {
                return NONE;
            }
            Map<String, List<String>> copy = new LinkedHashMap<>();
            byType.forEach((type, ids) -> copy.put(type, List.copyOf(ids)));
            return new Connections(copy);
        }
    }
}

package dev.cmpkit.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Loads conformance vectors from the class path ({@code /conformance/<file>}) and prepares their
 * expected output for comparison.
 */
public final class Vectors {

    /** One case of a vector file: exactly one of {@code expected} and {@code error} is set. */
    public record Case(String name, JsonNode input, JsonNode expected, String error) {
        /** Whether the case records a rejection. */
        public boolean isError() {
            return error != null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** Location entry keys in the order cmpkit writes them (the vectors keep the caller's order). */
    private static final List<String> LOCATION_KEYS = List.of("location", "city", "state", "country", "region", "type");

    private Vectors() {}

    /** Every case of a vector file. */
    public static List<Case> load(String file) {
        return load(file, c -> true);
    }

    /** The cases of a vector file that pass a filter on the case's input. */
    public static List<Case> load(String file, Predicate<JsonNode> inputFilter) {
        JsonNode root;
        try (InputStream in = Vectors.class.getResourceAsStream("/conformance/" + file)) {
            if (in == null) {
                throw new IllegalStateException("conformance vector file not on the class path: " + file);
            }
            root = PLAIN.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> cases = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            if (inputFilter.test(c.get("input"))) {
                cases.add(new Case(
                        c.get("name").asText(),
                        c.get("input"),
                        c.has("expected") ? c.get("expected") : null,
                        c.has("error") ? c.get("error").asText() : null));
            }
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("no cases selected from " + file);
        }
        return cases;
    }

    /**
     * Reorders the keys of location entries to the order cmpkit writes them (location, city, state,
     * country, region, type); the vectors record the caller's order, which a builder cannot keep.
     *
     * @param locations an array of location entries
     * @return a copy with reordered entries
     */
    public static ArrayNode canonicalLocations(JsonNode locations) {
        ArrayNode out = PLAIN.createArrayNode();
        for (JsonNode entry : locations) {
            ObjectNode ordered = PLAIN.createObjectNode();
            for (String key : LOCATION_KEYS) {
                if (entry.has(key)) {
                    ordered.set(key, entry.get(key));
                }
            }
            if (ordered.size() != entry.size()) {
                throw new IllegalStateException("unexpected key in location entry " + entry);
            }
            out.add(ordered);
        }
        return out;
    }

    /**
     * Prepares an expected resource for comparison: canonical location order in
     * {@code base.locations}.
     */
    public static JsonNode canonicalResource(JsonNode expected) {
        ObjectNode copy = expected.deepCopy();
        JsonNode base = copy.get("base");
        if (base != null && base.has("locations")) {
            ((ObjectNode) base).set("locations", canonicalLocations(base.get("locations")));
        }
        return copy;
    }

    /**
     * Puts {@code base.last_seen_at} back into an expected resource (the vectors leave it out, as the
     * time of writing) where cmpkit writes it: after {@code provider_created_at}.
     *
     * @return a copy with the key
     */
    public static ObjectNode withLastSeenAt(JsonNode expected, String lastSeenAt) {
        ObjectNode resource = expected.deepCopy();
        ObjectNode base = PLAIN.createObjectNode();
        for (java.util.Map.Entry<String, JsonNode> entry : expected.get("base").properties()) {
            base.set(entry.getKey(), entry.getValue());
            if (entry.getKey().equals("provider_created_at")) {
                base.put("last_seen_at", lastSeenAt);
            }
        }
        resource.set("base", base);
        return resource;
    }

    /**
     * Removes {@code base.last_seen_at} from a serialized resource (the vectors leave it out),
     * after checking that it is the time of the given clock text.
     *
     * @return a copy without the key
     */
    public static JsonNode withoutLastSeenAt(JsonNode actual, String expectedLastSeenAt) {
        ObjectNode copy = actual.deepCopy();
        ObjectNode base = (ObjectNode) copy.get("base");
        JsonNode lastSeen = base.remove("last_seen_at");
        if (lastSeen == null || !lastSeen.asText().equals(expectedLastSeenAt)) {
            throw new AssertionError("base.last_seen_at should be " + expectedLastSeenAt + ", got " + lastSeen);
        }
        return copy;
    }
}

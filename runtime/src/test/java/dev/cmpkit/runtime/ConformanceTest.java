package dev.cmpkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cmpkit.runtime.json.JsonWritable;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every conformance vector of the shared value types, checking both renderings:
 * {@code serialize()} and Jackson's streaming output must each equal the expected JSON.
 */
class ConformanceTest {

    static List<Vectors.Case> rfc3339() {
        return Vectors.load("rfc3339.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rfc3339(Vectors.Case c) {
        Object value = VectorInputs.dateTime(c.input().get("value"));
        String actual = value instanceof TemporalAccessor temporal
                ? Rfc3339.convert(temporal)
                : Rfc3339.convert((String) value);
        if (c.expected().isNull()) {
            assertNull(actual);
        } else {
            assertEquals(c.expected().asText(), actual);
        }
    }

    static List<Vectors.Case> metadata() {
        return Vectors.load("metadata.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void metadata(Vectors.Case c) {
        check(c, VectorInputs::metadata, v -> ((Metadata) v).serialize());
    }

    static List<Vectors.Case> connections() {
        return Vectors.load("connections.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void connections(Vectors.Case c) {
        check(c, in -> VectorInputs.connections(in.get("init"), in.get("adds")), v -> ((Connections) v).serialize());
    }

    static List<Vectors.Case> locations() {
        return Vectors.load("locations.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void locations(Vectors.Case c) {
        JsonNode args = c.input().get("args");
        if (c.input().get("class").asText().equals("Region")) {
            check(c, in -> Region.of(VectorInputs.string(args, "id")), v -> ((Region) v).serialize());
        } else {
            Vectors.Case canonical = c.isError()
                    ? c
                    : new Vectors.Case(c.name(), c.input(), Vectors.canonicalLocations(c.expected()), null);
            check(canonical, in -> VectorInputs.locations(args.get("locations")), v -> ((Locations) v).serialize());
        }
    }

    static List<Vectors.Case> ipAddress() {
        return Vectors.load("ip_address.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void ipAddress(Vectors.Case c) {
        check(c, VectorInputs::ipAddress, v -> ((IpAddress) v).serialize());
    }

    static List<Vectors.Case> imageDetail() {
        return Vectors.load("image_detail.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void imageDetail(Vectors.Case c) {
        check(
                c,
                in -> {
                    if (in.get("class").asText().equals("ImageDetail")) {
                        return VectorInputs.imageDetail(in.get("args"));
                    }
                    ImageDetailMap map = VectorInputs.imageDetailMap(in.get("mapping"));
                    JsonNode get = in.get("get");
                    String id = VectorInputs.string(get, "id");
                    // Exercise the plain lookup when there is nothing to override.
                    return get.size() == 1 ? map.get(id) : map.get(id, b -> VectorInputs.applyImageFields(b, get));
                },
                v -> ((ImageDetail) v).serialize());
    }

    static List<Vectors.Case> account() {
        return Vectors.load("account.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void account(Vectors.Case c) {
        check(c, VectorInputs::account, v -> ((Account) v).serialize());
    }

    static List<Vectors.Case> genericResource() {
        return Vectors.load("resources.json", in -> in.get("kind").asText().equals("resource"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void genericResource(Vectors.Case c) {
        JsonNode args = c.input().get("args");
        if (c.isError()) {
            assertRejected(c, () -> VectorInputs.genericResource(args));
            return;
        }
        GenericResource resource = VectorInputs.genericResource(args);
        JsonNode expected = Vectors.canonicalResource(c.expected());
        JsonNode serialized = Wire.tree(resource.serialize(Wire.CLOCK));
        Wire.assertSameJson(expected, Vectors.withoutLastSeenAt(serialized, Wire.CLOCK_TEXT));
        Wire.assertAgree(resource.serialize(Wire.CLOCK), resource);
    }

    /** Builds the value, then compares serialize() and the streamed JSON with the expectation. */
    private static void check(
            Vectors.Case c, Function<JsonNode, JsonWritable> build, Function<JsonWritable, Object> serialize) {
        if (c.isError()) {
            assertRejected(c, () -> build.apply(c.input()));
            return;
        }
        JsonWritable value = build.apply(c.input());
        JsonNode serialized = Wire.tree(serialize.apply(value));
        Wire.assertSameJson(c.expected(), serialized);
        Wire.assertAgree(serialize.apply(value), value);
    }

    /**
     * Asserts the rejection of a vector with {@code "error": "ValueError"}: an
     * IllegalArgumentException with a message, either from the runtime or, for a JSON value of
     * the wrong type, from the input conversion (the typed Java API cannot express the input).
     */
    private static void assertRejected(Vectors.Case c, org.junit.jupiter.api.function.Executable build) {
        assertEquals("ValueError", c.error());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertNotNull(e.getMessage());
        assertFalse(e.getMessage().isBlank());
        if (e instanceof VectorInputs.Inexpressible) {
            // Only a value of the wrong JSON type may be turned away before the runtime sees it.
            assertTrue(
                    c.name().matches(".*_(object|int)(_.*)?"),
                    c.name() + " was rejected by the input conversion, not the runtime: " + e.getMessage());
        }
    }
}

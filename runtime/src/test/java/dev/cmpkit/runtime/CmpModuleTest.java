package dev.cmpkit.runtime;

import static dev.cmpkit.runtime.Rejects.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CmpModuleTest {

    private static final GenericResource RESOURCE =
            GenericResource.builder().type("t").id("i").name("n").build();

    @Test
    void theModuleReportsTheVersionTheBuildGaveIt() {
        com.fasterxml.jackson.core.Version version = new CmpModule().version();
        assertEquals("dev.cmpkit", version.getGroupId());
        assertEquals("cmpkit-runtime", version.getArtifactId());
        // The build passes its own version, so the test follows every version bump.
        assertEquals(System.getProperty("cmpkit.project.version"), version.toString());
    }

    @Test
    void serviceLoaderFindsTheModule() {
        List<Class<?>> found = new ArrayList<>();
        ServiceLoader.load(Module.class).forEach(m -> found.add(m.getClass()));
        assertTrue(found.contains(CmpModule.class), found.toString());
    }

    @Test
    void aFixedClockRegisteredAfterDiscoveryWins() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules().registerModule(new CmpModule(Wire.CLOCK));
        JsonNode json = mapper.readTree(mapper.writeValueAsString(RESOURCE));
        assertEquals(Wire.CLOCK_TEXT, json.get("base").get("last_seen_at").asText());
    }

    @Test
    void theDefaultModuleUsesTheSystemClock() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        ObjectMapper mapper = new ObjectMapper().registerModule(new CmpModule());
        Instant seen = Instant.parse(mapper.readTree(mapper.writeValueAsString(RESOURCE))
                .get("base")
                .get("last_seen_at")
                .asText());
        assertTrue(!seen.isBefore(before) && !seen.isAfter(Instant.now().plusSeconds(1)), seen.toString());
        assertEquals(ZoneOffset.UTC, new CmpModule().clock().getZone());
    }

    @Test
    void rejectsANullClock() {
        assertRejects(() -> new CmpModule(null), "clock is required, got null");
    }

    @Test
    void writesValuesNestedInOrdinaryJavaObjects() throws Exception {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("resources", List.of(RESOURCE, RESOURCE.toBuilder().id("j").build()));
        envelope.put("region", Region.of("r"));
        JsonNode json = Wire.MAPPER.readTree(Wire.MAPPER.writeValueAsString(envelope));
        assertEquals("j", json.get("resources").get(1).get("id").asText());
        assertEquals("r", json.get("region").get("id").asText());
    }

    @Test
    void aUsersOwnSerializableIsWrittenFromItsMap() throws Exception {
        CmpSerializable custom = () -> new LinkedHashMap<>(Map.of("k", List.of(1, "two")));
        assertEquals("{\"k\":[1,\"two\"]}", Wire.MAPPER.writeValueAsString(custom));
    }

    @Test
    void serializeListKeepsOrderAndRejectsNulls() {
        assertEquals(
                List.of(Map.of("id", "a"), Map.of("id", "b")),
                CmpSerializable.serializeList(List.of(Region.of("a"), Region.of("b"))));
        assertRejects(() -> CmpSerializable.serializeList(null), "items is required, got null");
        assertRejects(
                () -> CmpSerializable.serializeList(Arrays.asList(Region.of("a"), null)), "items[1] must not be null");
    }

    @Test
    void theClockIsKept() {
        Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        assertSame(clock, new CmpModule(clock).clock());
    }
}

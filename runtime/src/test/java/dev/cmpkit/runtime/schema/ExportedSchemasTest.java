package dev.cmpkit.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cmpkit.runtime.Vectors;
import dev.cmpkit.runtime.Wire;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas the processor exports for the standard types: every conformance resource vector
 * fits its type's schema and the list schema, and a document breaking one rule fails with a message
 * naming the rule.
 */
class ExportedSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Vectors.Case> resourceVectors() {
        return Vectors.load("resources.json").stream().filter(c -> !c.isError()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resourceVectors")
    void everyConformanceResourceFitsItsSchemaAndTheListSchema(Vectors.Case c) {
        JsonNode resource = Vectors.withLastSeenAt(c.expected(), Wire.CLOCK_TEXT);
        String kind = c.input().get("kind").asText();
        if (!kind.equals("resource")) {
            assertEquals(List.of(), SchemaCheck.problems(kind, resource));
        }
        assertEquals(
                List.of(),
                SchemaCheck.problems(
                        CmpSchemas.RESOURCE_LIST, JSON.createArrayNode().add(resource)));
    }

    @Test
    void aFullServerFits() {
        assertEquals(List.of(), SchemaCheck.problems("server", fullServer()));
    }

    @Test
    void wrongJsonTypeFails() {
        assertFails(server(d -> details(d).put("cpu_cores", "four")), "cpu_cores", "integer");
    }

    @Test
    void missingRequiredKeyFails() {
        assertFails(server(d -> d.remove("id")), "id");
        assertFails(server(d -> base(d).remove("last_seen_at")), "last_seen_at");
        assertFails(server(d -> ((ObjectNode) d.get("details")).remove("server")), "server");
        assertFails(server(d -> details(d).remove("provider_state")), "provider_state");
    }

    @Test
    void stateOutsideTheAllowedValuesFails() {
        assertFails(server(d -> details(d).put("state", "shutting-down")), "state");
    }

    @Test
    void unknownKeyFailsAtEveryLevel() {
        assertFails(server(d -> details(d).put("colour", "red")), "colour");
        assertFails(server(d -> d.put("colour", "red")), "colour");
        assertFails(server(d -> base(d).put("colour", "red")), "colour");
    }

    @Test
    void emptyIdFails() {
        assertFails(server(d -> d.put("id", "")), "id");
    }

    @Test
    void keysTheCatalogOmitsWhenUnsetMayBeMissing() {
        assertEquals(
                List.of(), SchemaCheck.problems("server", server(d -> details(d).remove("is_virtual"))));
    }

    @Test
    void wrongResourceTypeFails() {
        assertFails(server(d -> d.put("type", "volume")), "type");
    }

    @Test
    void regionsAndLocationsTogetherFail() {
        assertFails(
                server(d -> base(d).set("locations", JSON.createArrayNode().add(JSON.createObjectNode()))),
                "$.base",
                "one and only one");
    }

    @Test
    void timestampNotInTheWireFormFails() {
        assertFails(server(d -> base(d).put("last_seen_at", "2026-11-29 01:02:03")), "last_seen_at");
    }

    @Test
    void theListSchemaChecksEachItemByItsType() {
        ArrayNode list = JSON.createArrayNode()
                .add(fullServer())
                .add(server(d -> details(d).put("ram_b", "lots")));
        List<String> problems = SchemaCheck.problems(CmpSchemas.RESOURCE_LIST, list);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("$[1].details.server.ram_b")), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.startsWith("$[0]")), problems.toString());
    }

    @Test
    void theListSchemaAcceptsAResourceOfAnyTypeButChecksItsHead() {
        ObjectNode generic = fullServer();
        generic.put("type", "dns_zone");
        generic.remove("details");
        assertEquals(
                List.of(),
                SchemaCheck.problems(
                        CmpSchemas.RESOURCE_LIST, JSON.createArrayNode().add(generic)));
        generic.remove("metadata");
        assertFalse(SchemaCheck.problems(
                        CmpSchemas.RESOURCE_LIST, JSON.createArrayNode().add(generic))
                .isEmpty());
    }

    @Test
    void everyStandardTypeHasASchemaOnTheClassPath() {
        for (String type : List.of(
                "server",
                "volume",
                "network",
                "appliance",
                "service_offering",
                "compute_pool",
                "saas_user",
                "colo_space",
                "circuit")) {
            JsonNode schema = read(CmpSchemas.forType(type));
            assertEquals(
                    CmpSchemas.ID_BASE + type + ".schema.json",
                    schema.get("$id").asText());
            assertEquals(type, schema.at("/properties/type/const").asText());
        }
    }

    @Test
    void aTypeWithoutASchemaIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CmpSchemas.forType("dns_zone"));
        assertTrue(e.getMessage().contains("no JSON Schema of resource type \"dns_zone\""), e.getMessage());
        assertTrue(CmpSchemas.find("dns_zone", getClass().getClassLoader()).isEmpty());
    }

    @Test
    void aNameThatIsNoTypeIsRejected() {
        for (String bad : new String[] {null, "", "../server", "a/b"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CmpSchemas.forType(bad));
            assertTrue(e.getMessage().startsWith("a resource type is a plain name"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> CmpSchemas.forType("server", null));
    }

    /** Asserts that the document does not fit the server schema, with a message holding each text. */
    private static void assertFails(JsonNode document, String... mentioned) {
        List<String> problems = SchemaCheck.problems("server", document);
        assertFalse(problems.isEmpty(), "expected a problem in " + document);
        for (String text : mentioned) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(text)), text + " not in " + problems);
        }
    }

    /** A server document with every key set, as cmpkit writes it. */
    private static ObjectNode fullServer() {
        return (ObjectNode) read("""
                {"id": "i-0abc", "type": "server",
                 "base": {"name": "web", "provider_created_at": "2020-01-02T03:04:05Z",
                          "last_seen_at": "2026-11-29T01:02:03.456789Z", "native_portal_link": "https://x",
                          "regions": [{"id": "eu-west-1"}]},
                 "connections": {"volume": [{"id": "v1"}], "any": ["1"]},
                 "metadata": {"provider_specific": {"tags": {"a": [1, 2.5, null]}}},
                 "details": {"server": {
                   "cpu_cores": 4, "cpu_hz": 2400000000, "ram_b": 8589934592, "volumes_b": null,
                   "instance_type": "t2.large", "state": "running", "provider_state": "running",
                   "ip_addresses": [{"ip_address": "10.0.0.1", "network": {"id": "n1", "name": "lan"}}],
                   "image_detail": {"id": "ami-1", "name": null, "architecture": "x86_64",
                                    "distribution": null, "type": null, "version": null},
                   "is_virtual": true}}}
                """);
    }

    private static ObjectNode server(Consumer<ObjectNode> change) {
        ObjectNode document = fullServer();
        change.accept(document);
        return document;
    }

    private static ObjectNode details(ObjectNode document) {
        return (ObjectNode) document.get("details").get("server");
    }

    private static ObjectNode base(ObjectNode document) {
        return (ObjectNode) document.get("base");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

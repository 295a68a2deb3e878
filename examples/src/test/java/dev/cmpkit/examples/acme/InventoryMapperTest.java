package dev.cmpkit.examples.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.runtime.CmpModule;
import dev.cmpkit.runtime.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping from Acme's inventory to CMP resources, checked against hand-reviewed JSON. */
class InventoryMapperTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CmpModule(NOON));

    private final AcmeData.Inventory inventory = AcmeApi.inventory();
    private final List<Resource> resources = new InventoryMapper(inventory).resources();

    /** Through text, so that numbers compare by value whatever node type the writer chose. */
    private static JsonNode json(Object value) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(value));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theEdgeCasesOfTheInventoryMapAsReviewed() throws IOException {
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("selected-resources.json")) {
            expected = MAPPER.readTree(in);
        }
        Map<String, Resource> byId = new LinkedHashMap<>();
        resources.forEach(resource -> byId.put(resource.id(), resource));
        for (JsonNode want : expected) {
            String id = want.get("id").asText();
            assertEquals(want, json(byId.get(id)), id);
            WireShape.check(json(byId.get(id)));
        }
        assertEquals(9, expected.size());
    }

    @Test
    void streamingAndSerializeAgreeForEveryResource() throws IOException {
        for (Resource resource : resources) {
            // Compared as text: same keys, same order, same numbers.
            assertEquals(
                    MAPPER.writeValueAsString(resource.serialize(NOON)),
                    MAPPER.writeValueAsString(resource),
                    resource.id());
        }
    }

    @Test
    void acmeStatesAndRolesBecomeCmpValues() {
        Map<String, String> states = new LinkedHashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        for (Resource resource : resources) {
            if (resource instanceof AcmeServer server) {
                states.put(server.acmeStatus(), server.power().name());
            } else if (resource instanceof AcmeAppliance appliance) {
                roles.put(
                        appliance.id(),
                        json(appliance).at("/details/appliance/type_id").asText());
            }
        }
        assertEquals(
                Map.of("active", "RUNNING", "halted", "STOPPED", "provisioning", "PENDING", "deleted", "TERMINATED"),
                states);
        assertEquals(
                Map.of(
                        "fw-ams-1",
                        "firewall",
                        "lb-ams-1",
                        "load_balancer",
                        "rtr-nyc-1",
                        "router",
                        "oob-sin-1",
                        "unknown"),
                roles);
    }

    @Test
    void aServerAddsUpItsDisksAndKeepsFractionalCreationTimes() {
        AcmeServer db = (AcmeServer) resources.stream()
                .filter(r -> r.id().equals("i-7f3a9c03"))
                .findFirst()
                .orElseThrow();
        assertEquals((500L + 1000L) * 1024 * 1024 * 1024, db.diskBytes());
        assertEquals(List.of("d-1003", "d-1004"), ids(json(db).at("/connections/volume")));
        JsonNode web2 = json(resources.get(1));
        assertEquals(
                "2024-03-01T08:31:12.500000Z",
                web2.at("/base/provider_created_at").asText());
        assertEquals(
                "team-web@acme-demo.example",
                web2.at("/metadata/provider_specific_editable/owner").asText());
    }

    @Test
    void aDanglingReferenceNamesTheObjectAndTheMissingId() {
        AcmeData.Inventory broken = new AcmeData.Inventory(
                inventory.account(),
                inventory.datacenters(),
                inventory.images(),
                inventory.plans(),
                inventory.vpcs(),
                inventory.instances(),
                inventory.disks(),
                List.of(new AcmeData.EdgeDevice("fw-x", "x", "ams1", "fw", List.of("vpc-gone"), null)),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new InventoryMapper(broken).resources());
        assertEquals(
                "Acme inventory: fw-x refers to vpc 'vpc-gone', which the inventory does not list; known: "
                        + "[vpc-ams-prod, vpc-ams-dev, vpc-nyc-prod, vpc-sin-edge]",
                e.getMessage());

        List<AcmeData.Datacenter> twice = new ArrayList<>(inventory.datacenters());
        twice.add(inventory.datacenters().get(0));
        AcmeData.Inventory duplicate = new AcmeData.Inventory(
                inventory.account(),
                twice,
                inventory.images(),
                inventory.plans(),
                inventory.vpcs(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        assertEquals(
                "Acme inventory: duplicate id 'ams1'",
                assertThrows(IllegalArgumentException.class, () -> new InventoryMapper(duplicate))
                        .getMessage());
    }

    private static List<String> ids(JsonNode connections) {
        List<String> ids = new ArrayList<>();
        connections.forEach(target -> ids.add(target.get("id").asText()));
        return ids;
    }
}

package dev.cmpkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GenericResourceTest {

    @Test
    void writesTheFullWireShapeWithEveryBaseField() throws Exception {
        GenericResource resource = GenericResource.builder()
                .type("dns_zone")
                .id("zone-1")
                .name("example.com")
                .providerCreatedAt(Instant.parse("2020-02-03T04:05:06Z"))
                .nativePortalLink("https://portal/zone-1")
                .region(Region.of("eu-west-1"))
                .connections(Connections.builder().servers("s1").build())
                .metadata(Metadata.builder().add("k", 1).build())
                .build();

        JsonNode expected = Wire.MAPPER.readTree("""
                {"id": "zone-1", "type": "dns_zone",
                 "base": {"name": "example.com", "provider_created_at": "2020-02-03T04:05:06Z",
                          "last_seen_at": "2026-11-29T01:02:03.456789Z",
                          "native_portal_link": "https://portal/zone-1",
                          "regions": [{"id": "eu-west-1"}]},
                 "connections": {"server": [{"id": "s1"}]},
                 "metadata": {"provider_specific": {"k": 1}}}
                """);
        Wire.assertSameJson(expected, Wire.tree(resource.serialize(Wire.CLOCK)));
        Wire.assertAgree(resource.serialize(Wire.CLOCK), resource);
    }

    @Test
    void findAndRegisterModulesFindsTheModule() throws Exception {
        GenericResource resource =
                GenericResource.builder().type("t").id("i").name("").build();
        String json = new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules()
                .writeValueAsString(resource);
        assertEquals("i", Wire.MAPPER.readTree(json).get("id").asText());
        assertEquals("", Wire.MAPPER.readTree(json).get("base").get("name").asText());
    }
}

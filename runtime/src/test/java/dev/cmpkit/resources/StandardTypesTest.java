package dev.cmpkit.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.runtime.IpAddress;
import dev.cmpkit.runtime.Resource;
import dev.cmpkit.runtime.Wire;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the generated standard types beyond the vectors: checks, copies, equality, Jackson. */
class StandardTypesTest {

    @Test
    void stateOutsideTheAllowedSetIsRejectedWithTheSet() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Server.builder("s", "n").state("exploded").build());
        assertTrue(
                e.getMessage()
                        .contains("state must be one of [unknown, pending, running, shutting, terminated,"
                                + " stopping, stopped]"),
                e.getMessage());
        assertTrue(e.getMessage().contains("exploded"), e.getMessage());
    }

    @Test
    void buildFailureStartsWithTheResourceTypeAndId() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Server.builder("i-0abc", "web").state("shutting-down").build());
        assertEquals(
                "server \"i-0abc\": state must be one of [unknown, pending, running, shutting, terminated,"
                        + " stopping, stopped], got \"shutting-down\"",
                e.getMessage());
    }

    @Test
    void buildFailureWithoutAnIdSaysSo() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Volume.builder().name("data").build());
        assertEquals("volume (no id): id is required, got null", e.getMessage());
    }

    @Test
    void genericResourceFailureNamesItsOwnType() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> dev.cmpkit.runtime.GenericResource.builder()
                        .type("dns_zone")
                        .id("z1")
                        .build());
        assertEquals("dns_zone \"z1\": name is required, got null", e.getMessage());
    }

    @Test
    void applianceTypeIdOutsideTheAllowedSetIsRejected() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Appliance.builder("a", "n").typeId("toaster").build());
        assertTrue(e.getMessage().contains("typeId must be one of [firewall, load_balancer"), e.getMessage());
        assertEquals(
                "load_balancer",
                Appliance.builder("a", "n").typeId("load_balancer").build().typeId());
    }

    @Test
    void buildNamesEveryProblemAtOnce() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Server.builder()
                        .state("bad")
                        .ipAddresses(Arrays.asList(null, null))
                        .build());
        assertTrue(e.getMessage().contains("id is required"), e.getMessage());
        assertTrue(e.getMessage().contains("name is required"), e.getMessage());
        assertTrue(e.getMessage().contains("state must be one of"), e.getMessage());
        assertTrue(e.getMessage().contains("ipAddresses[0] must not be null"), e.getMessage());
    }

    @Test
    void listsAreCopiedSoLaterChangesToTheCallersListCannotReachTheResource() {
        List<IpAddress> addresses = new ArrayList<>();
        addresses.add(IpAddress.builder().ipAddress("10.0.0.1").build());
        Server.Builder builder = Server.builder("s", "n").ipAddresses(addresses);
        addresses.add(IpAddress.builder().ipAddress("10.0.0.2").build());
        Server server = builder.build();
        addresses.clear();
        assertEquals(1, server.ipAddresses().size());
        assertThrows(
                UnsupportedOperationException.class, () -> server.ipAddresses().clear());
    }

    @Test
    void toBuilderCopiesEveryValueAndLeavesTheOriginalUnchanged() {
        Server original = Server.builder("s", "n")
                .cpuCores(2)
                .state("running")
                .isVirtual(false)
                .nativePortalLink("https://portal/s")
                .build();
        Server copy = original.toBuilder().build();
        assertEquals(original, copy);
        assertEquals(original.hashCode(), copy.hashCode());
        Server changed = original.toBuilder().cpuCores(8).build();
        assertNotEquals(original, changed);
        assertEquals(2L, original.cpuCores());
        assertEquals(8L, changed.cpuCores());
        assertEquals("https://portal/s", changed.base().nativePortalLink());
    }

    @Test
    void unsetValuesTakeTheSchemaDefaults() {
        Server server = Server.builder("s", "n").build();
        assertEquals("unknown", server.state());
        assertEquals("unknown", server.providerState());
        assertEquals(List.of(), server.ipAddresses());
        assertEquals("server", server.type());
        assertEquals(Server.TYPE, server.type());
    }

    @Test
    void toStringNamesTheFields() {
        String text = Volume.builder("v", "n").sizeB(10).build().toString();
        assertTrue(text.startsWith("Volume{"), text);
        assertTrue(text.contains("sizeB=10"), text);
    }

    @Test
    void jacksonWritesAListOfResourcesWithTheModuleFoundByServiceLoader() throws Exception {
        List<Resource> resources = List.of(
                Server.builder("s", "n").build(), Network.builder("net", "").build());
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        JsonNode written = mapper.readTree(mapper.writeValueAsString(resources));
        assertEquals(2, written.size());
        assertEquals("server", written.get(0).get("type").asText());
        assertEquals(
                "unknown",
                written.get(0).get("details").get("server").get("state").asText());
        assertTrue(written.get(1).get("details").get("network").isEmpty());
    }

    @Test
    void jacksonOutputEqualsSerializeForAFullServer() {
        Server server = Server.builder("s", "n")
                .cpuCores(1)
                .cpuHz(Long.MAX_VALUE)
                .isVirtual(true)
                .imageDetail(dev.cmpkit.runtime.ImageDetail.builder().id("img").build())
                .build();
        Wire.assertSameJson(ParsedWire.serialized(server), Wire.streamed(server));
        assertEquals(
                Long.MAX_VALUE,
                Wire.streamed(server).get("details").get("server").get("cpu_hz").longValue());
    }
}

package dev.cmpkit.acceptance;

import static dev.cmpkit.acceptance.AcceptanceJson.CLOCK;
import static dev.cmpkit.acceptance.AcceptanceJson.assertWire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.resources.Appliance;
import dev.cmpkit.resources.Circuit;
import dev.cmpkit.resources.ColoSpace;
import dev.cmpkit.resources.ComputePool;
import dev.cmpkit.resources.Network;
import dev.cmpkit.resources.SaasUser;
import dev.cmpkit.resources.Server;
import dev.cmpkit.resources.ServiceOffering;
import dev.cmpkit.resources.Volume;
import dev.cmpkit.runtime.Account;
import dev.cmpkit.runtime.CmpModule;
import dev.cmpkit.runtime.CmpSerializable;
import dev.cmpkit.runtime.GenericResource;
import dev.cmpkit.runtime.ImageDetail;
import dev.cmpkit.runtime.ImageDetailMap;
import dev.cmpkit.runtime.IpAddress;
import dev.cmpkit.runtime.Location;
import dev.cmpkit.runtime.Locations;
import dev.cmpkit.runtime.Metadata;
import dev.cmpkit.runtime.Place;
import dev.cmpkit.runtime.Region;
import dev.cmpkit.runtime.Resource;
import dev.cmpkit.runtime.errors.InsufficientPermissionException;
import dev.cmpkit.runtime.errors.InvalidCredentialsException;
import dev.cmpkit.runtime.errors.NoBillingReportException;
import dev.cmpkit.runtime.errors.SpendException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public runtime API, its builders' checks, and Jackson integration. */
class RuntimeApiTest {

    @Test
    void everyStandardTypeIsAResourceWithItsWireType() {
        List<Resource> resources = List.of(
                Server.builder().id("1").name("a").build(),
                Volume.builder().id("1").name("a").build(),
                Network.builder().id("1").name("a").build(),
                Appliance.builder().id("1").name("a").build(),
                ServiceOffering.builder().id("1").name("a").build(),
                ComputePool.builder().id("1").name("a").build(),
                SaasUser.builder().id("1").name("a").build(),
                ColoSpace.builder().id("1").name("a").build(),
                Circuit.builder().id("1").name("a").build());
        List<String> types = new ArrayList<>();
        for (Resource resource : resources) {
            assertEquals("1", resource.id());
            assertEquals("a", resource.name());
            assertEquals(resource.type(), resource.serialize(CLOCK).get("type"));
            types.add(resource.type());
        }
        assertEquals(
                List.of(
                        "server",
                        "volume",
                        "network",
                        "appliance",
                        "service_offering",
                        "compute_pool",
                        "saas_user",
                        "colo_space",
                        "circuit"),
                types);
    }

    @Test
    void serializeWithoutAClockStampsTheCurrentUtcTime() {
        Resource resource =
                GenericResource.builder().type("t").id("i").name("n").build();
        Instant before = Instant.now().minusSeconds(1);

        @SuppressWarnings("unchecked")
        Map<String, Object> base = (Map<String, Object>) resource.serialize().get("base");

        Instant stamped = Instant.parse((String) base.get("last_seen_at"));
        assertTrue(((String) base.get("last_seen_at")).endsWith("Z"));
        assertFalse(stamped.isBefore(before), stamped + " before " + before);
        assertFalse(stamped.isAfter(Instant.now().plusSeconds(1)), stamped.toString());
    }

    @Test
    void providerCreatedAtAcceptsEveryJavaTimeTypeOfTheSpec() {
        String expected = "2020-05-06T07:08:09.123456Z";
        List<GenericResource.Builder> builders = List.of(
                GenericResource.builder().providerCreatedAt("2020-05-06T09:08:09.123456+02:00"),
                GenericResource.builder().providerCreatedAt(Instant.parse(expected)),
                GenericResource.builder()
                        .providerCreatedAt(OffsetDateTime.of(2020, 5, 6, 7, 8, 9, 123_456_789, ZoneOffset.UTC)),
                GenericResource.builder()
                        .providerCreatedAt(
                                ZonedDateTime.of(2020, 5, 6, 9, 8, 9, 123_456_000, ZoneId.of("Europe/Paris"))),
                GenericResource.builder().providerCreatedAt(LocalDateTime.of(2020, 5, 6, 7, 8, 9, 123_456_000)));
        for (GenericResource.Builder builder : builders) {
            Map<?, ?> base = (Map<?, ?>)
                    builder.type("t").id("i").name("n").build().serialize(CLOCK).get("base");
            assertEquals(expected, base.get("provider_created_at"));
        }
    }

    @Test
    void standardTypeSettersAndAccessorsAreCamelCaseOfTheWireKeys() {
        ImageDetail image = ImageDetail.builder().id("ami").build();
        IpAddress ip = IpAddress.builder().ipAddress("10.0.0.1").build();
        Server server = Server.builder()
                .id("i")
                .name("n")
                .cpuCores(4)
                .cpuHz(3_000_000_000L)
                .ramB(1L << 34)
                .volumesB(1L << 40)
                .instanceType("m5")
                .state("stopped")
                .providerState("80")
                .ipAddresses(List.of(ip))
                .imageDetail(image)
                .isVirtual(Boolean.TRUE)
                .build();

        assertEquals(4L, server.cpuCores().longValue());
        assertEquals(3_000_000_000L, server.cpuHz().longValue());
        assertEquals(1L << 34, server.ramB().longValue());
        assertEquals(1L << 40, server.volumesB().longValue());
        assertEquals("m5", server.instanceType());
        assertEquals("stopped", server.state());
        assertEquals("80", server.providerState());
        assertEquals(List.of(ip), server.ipAddresses());
        assertEquals(image, server.imageDetail());
        assertEquals(true, server.isVirtual());

        Volume volume = Volume.builder()
                .id("v")
                .name("n")
                .sizeB(10)
                .iops(5)
                .encrypted(false)
                .zoneName("z")
                .build();
        assertEquals(10L, volume.sizeB().longValue());
        assertEquals(5L, volume.iops().longValue());
        assertEquals(false, volume.encrypted());
        assertEquals("z", volume.zoneName());

        ComputePool pool = ComputePool.builder()
                .id("p")
                .name("n")
                .cpuHz(1)
                .memoryB(2)
                .storageB(3)
                .billingTag("t")
                .build();
        assertEquals(List.of(1L, 2L, 3L), List.of(pool.cpuHz(), pool.memoryB(), pool.storageB()));
        assertEquals("t", pool.billingTag());

        SaasUser user = SaasUser.builder()
                .id("u")
                .name("n")
                .avatarUrl("a")
                .phone("p")
                .address("ad")
                .isActive(true)
                .diskQuotaB(9)
                .diskUsedB(8)
                .email("e")
                .country("c")
                .language("l")
                .build();
        assertEquals(
                List.of("a", "p", "ad", "e", "c", "l"),
                List.of(user.avatarUrl(), user.phone(), user.address(), user.email(), user.country(), user.language()));
        assertEquals(List.of(9L, 8L), List.of(user.diskQuotaB(), user.diskUsedB()));
        assertEquals(true, user.isActive());

        ColoSpace space = ColoSpace.builder()
                .id("c")
                .name("n")
                .powerAllocationW(7)
                .typeId("t")
                .coloSpaceLocation("l")
                .customerName("cn")
                .customerLabel("cl")
                .customerDescription("cd")
                .combination("x")
                .build();
        assertEquals(7L, space.powerAllocationW().longValue());
        assertEquals(
                List.of("t", "l", "cn", "cl", "cd", "x"),
                List.of(
                        space.typeId(),
                        space.coloSpaceLocation(),
                        space.customerName(),
                        space.customerLabel(),
                        space.customerDescription(),
                        space.combination()));

        Circuit circuit = Circuit.builder()
                .id("c")
                .name("n")
                .typeId("t")
                .carrier("c")
                .reference("r")
                .endpointA("a")
                .endpointB("b")
                .build();
        assertEquals(
                List.of("t", "c", "r", "a", "b"),
                List.of(
                        circuit.typeId(),
                        circuit.carrier(),
                        circuit.reference(),
                        circuit.endpointA(),
                        circuit.endpointB()));

        assertEquals(
                "kvm",
                Appliance.builder().id("a").name("n").typeId("kvm").build().typeId());
        assertEquals(
                "x",
                ServiceOffering.builder().id("o").name("n").typeId("x").build().typeId());
    }

    @Test
    void buildersNameTheFieldAndTheBadValue() {
        assertMessage(() -> GenericResource.builder().type("t").id("").name("n").build(), "id", "\"\"");
        assertMessage(() -> GenericResource.builder().type("t").id("i").build(), "name", "null");
        assertMessage(() -> GenericResource.builder().id("i").name("n").build(), "type", "null");
        assertMessage(() -> Server.builder().name("n").build(), "id", "null");
        assertMessage(
                () -> GenericResource.builder()
                        .type("t")
                        .id("i")
                        .name("n")
                        .providerCreatedAt("soon")
                        .build(),
                "providerCreatedAt",
                "soon");
        assertMessage(() -> Region.of(null), "id", "null");
        assertMessage(() -> Place.builder().latitude(1.0).build(), "id", "name");
        assertMessage(
                () -> Place.builder()
                        .id("p")
                        .longitude(Double.POSITIVE_INFINITY)
                        .build(),
                "longitude",
                "Infinity");
        assertMessage(
                () -> Location.builder()
                        .city(Place.builder().id("c").build())
                        .type("partner")
                        .build(),
                "type",
                "partner");
        assertMessage(() -> ImageDetail.builder().name("no id").build(), "id", "null");
        assertMessage(() -> Metadata.builder().add("when", Instant.EPOCH).build(), "when", "Instant");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable build, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void imageDetailMapLooksUpFillsUnknownIdsAndAppliesOverrides() {
        ImageDetailMap images = ImageDetailMap.builder()
                .put("ubuntu16", "Ubuntu Linux 16.04 LTS 64 bit", "Linux", "Ubuntu", "16.04", "x64")
                .put("w2012", "Windows Server 2012R2", "Windows", "", null, "x64")
                .build();

        ImageDetail mapped = images.get("ubuntu16");
        ImageDetail overridden =
                images.get("ubuntu16", image -> image.architecture("i386").name(""));
        ImageDetail emptyCountsUnset = images.get("w2012");
        ImageDetail unknown = images.get("no-match", image -> image.version("1"));

        assertWire(
                "{'id':'ubuntu16','name':'Ubuntu Linux 16.04 LTS 64 bit','architecture':'x64',"
                        + "'distribution':'Ubuntu','type':'Linux','version':'16.04'}",
                mapped.serialize());
        assertWire(
                "{'id':'ubuntu16','name':'','architecture':'i386','distribution':'Ubuntu','type':'Linux',"
                        + "'version':'16.04'}",
                overridden.serialize());
        assertWire(
                "{'id':'w2012','name':'Windows Server 2012R2','architecture':'x64','distribution':null,"
                        + "'type':'Windows','version':null}",
                emptyCountsUnset.serialize());
        assertWire(
                "{'id':'no-match','name':null,'architecture':null,'distribution':null,'type':null," + "'version':'1'}",
                unknown.serialize());
        assertEquals(ImageDetail.builder().id("no-match").build(), images.get("no-match"));
    }

    @Test
    void serializeListKeepsTheOrder() {
        List<Map<String, Object>> wire = CmpSerializable.serializeList(List.of(Region.of("b"), Region.of("a")));

        assertEquals(List.of(Map.of("id", "b"), Map.of("id", "a")), wire);
    }

    @Test
    void findAndRegisterModulesFindsTheCmpModule() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

        List<Module> found = ObjectMapper.findModules();
        assertTrue(found.stream().anyMatch(CmpModule.class::isInstance), found.toString());
        assertEquals("{\"id\":\"eu\"}", mapper.writeValueAsString(Region.of("eu")));
        assertEquals(
                "[{\"city\":{\"id\":\"c\"}}]",
                mapper.writeValueAsString(Locations.of(
                        Location.builder().city(Place.builder().id("c").build()).build())));
    }

    @Test
    void jacksonWritesResourcesAndListsOfThemAsTheirWireJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new CmpModule(CLOCK));
        Server server = Server.builder().id("i").name("n").build();
        Network network = Network.builder().id("n").name("lan").build();

        String list = mapper.writeValueAsString(List.of(server, network));

        assertEquals(
                "[" + AcceptanceJson.text(server.serialize(CLOCK)) + "," + AcceptanceJson.text(network.serialize(CLOCK))
                        + "]",
                list);
    }

    @Test
    void jacksonAndSerializeAgreeOnEveryKindOfMetadataNumber() {
        Metadata metadata = Metadata.builder()
                .add("float", 0.1f)
                .add("double", 0.1)
                .add("short", (short) 7)
                .add("byte", (byte) -1)
                .add("big", new java.math.BigDecimal("12.50"))
                .add("huge", java.math.BigInteger.TEN.pow(25))
                .add("long", Long.MIN_VALUE)
                .build();

        assertEquals(AcceptanceJson.text(metadata.serialize()), AcceptanceJson.streamed(metadata));
    }

    @Test
    void theFourExceptionsAreUncheckedWithTheirDefaultMessages() {
        assertEquals("Invalid Credentials", new InvalidCredentialsException().getMessage());
        assertEquals("Insufficient permission", new InsufficientPermissionException().getMessage());
        assertEquals("No billing report found", new NoBillingReportException().getMessage());
        assertEquals("custom", new InvalidCredentialsException("custom").getMessage());
        assertEquals("spend failed", new SpendException("spend failed").getMessage());
        List<RuntimeException> unchecked = List.of(
                new InvalidCredentialsException(),
                new InsufficientPermissionException(),
                new NoBillingReportException(),
                new SpendException("x"));
        unchecked.forEach(e -> assertInstanceOf(RuntimeException.class, e));
    }

    @Test
    void nothingBuiltChangesWhenItsBuilderOrInputsAreUsedLater() {
        List<IpAddress> addresses =
                new ArrayList<>(List.of(IpAddress.builder().ipAddress("1.1.1.1").build()));
        Server.Builder builder = Server.builder().id("i").name("n").ipAddresses(addresses);
        Server server = builder.build();
        addresses.add(IpAddress.builder().ipAddress("2.2.2.2").build());
        builder.id("other").state("running").ipAddresses(List.of());
        assertEquals("i", server.id());
        assertEquals("unknown", server.state());
        assertEquals(1, server.ipAddresses().size());
        assertThrows(
                UnsupportedOperationException.class, () -> server.ipAddresses().clear());

        Map<String, Object> tags = new LinkedHashMap<>(Map.of("env", "prod"));
        List<Object> ports = new ArrayList<>(List.of(80));
        Metadata.Builder metadataBuilder = Metadata.builder().add("tags", tags).add("ports", ports);
        Metadata metadata = metadataBuilder.build();
        tags.put("env", "dev");
        ports.add(443);
        metadataBuilder.add("late", 1);
        assertWire("{'provider_specific':{'tags':{'env':'prod'},'ports':[80]}}", metadata.serialize());

        List<Location> entries = new ArrayList<>(
                List.of(Location.builder().city(Place.builder().id("c").build()).build()));
        Locations locations = Locations.of(entries);
        entries.clear();
        assertEquals(1, locations.serialize().size());

        GenericResource.Builder generic =
                GenericResource.builder().type("t").id("i").name("n");
        GenericResource first = generic.build();
        generic.name("changed");
        assertEquals("n", first.name());
    }

    @Test
    void serializeReturnsFreshMapsThatDoNotReachBackIntoTheValue() {
        Metadata metadata = Metadata.builder().add("k", "v").build();
        Map<String, Object> wire = metadata.serialize();
        wire.clear();
        assertWire("{'provider_specific':{'k':'v'}}", metadata.serialize());
        assertNull(Account.builder().build().serialize().get("id"));
    }
}

package dev.cmpkit.acceptance;

import static dev.cmpkit.acceptance.AcceptanceJson.CLOCK;
import static dev.cmpkit.acceptance.AcceptanceJson.NOW;
import static dev.cmpkit.acceptance.AcceptanceJson.assertWire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.cmpkit.runtime.Connections;
import dev.cmpkit.runtime.GenericResource;
import dev.cmpkit.runtime.ImageDetail;
import dev.cmpkit.runtime.IpAddress;
import dev.cmpkit.runtime.Location;
import dev.cmpkit.runtime.Locations;
import dev.cmpkit.runtime.Metadata;
import dev.cmpkit.runtime.Place;
import dev.cmpkit.runtime.Region;
import dev.cmpkit.runtime.Resource;
import dev.cmpkit.runtime.Rfc3339;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The exact wire JSON of resources, details, shared objects and timestamps. */
class WireFormatTest {

    private static String head(String id, String type, String name) {
        return "'id':'" + id + "','type':'" + type + "','base':{'name':'" + name
                + "','provider_created_at':null,'last_seen_at':'" + NOW + "','regions':[]},"
                + "'connections':{},'metadata':{}";
    }

    private static void assertResource(String expectedJson, Resource resource) {
        assertWire(expectedJson, resource.serialize(CLOCK), resource);
    }

    @Test
    void genericResourceWithOnlyTheRequiredFieldsHasNoDetailsKey() {
        GenericResource resource =
                GenericResource.builder().type("dns_zone").id("z-1").name("").build();

        assertResource("{" + head("z-1", "dns_zone", "") + "}", resource);
    }

    @Test
    void everyBaseFieldIsWrittenInWireOrder() {
        GenericResource resource = GenericResource.builder()
                .metadata(Metadata.builder().add("k", "v").build())
                .connections(Connections.builder().servers("s-1").build())
                .region(Region.of("eu-west-1"))
                .nativePortalLink("https://portal/z-1")
                .providerCreatedAt("2017-01-01T00:00:00+10")
                .name("zone")
                .id("z-1")
                .type("dns_zone")
                .build();

        assertResource(
                "{'id':'z-1','type':'dns_zone','base':{'name':'zone',"
                        + "'provider_created_at':'2016-12-31T14:00:00Z','last_seen_at':'" + NOW + "',"
                        + "'native_portal_link':'https://portal/z-1','regions':[{'id':'eu-west-1'}]},"
                        + "'connections':{'server':[{'id':'s-1'}]},'metadata':{'provider_specific':{'k':'v'}}}",
                resource);
    }

    @Test
    void nonEmptyLocationsReplaceTheRegions() {
        Locations paris = Locations.of(Location.builder()
                .city(Place.builder().name("Paris").build())
                .type("customer")
                .build());
        GenericResource resource = GenericResource.builder()
                .type("site")
                .id("s")
                .name("n")
                .region(Region.of("eu"))
                .locations(paris)
                .build();

        String json = AcceptanceJson.text(resource.serialize(CLOCK));

        assertTrue(json.contains("\"locations\":[{\"city\":{\"name\":\"Paris\"},\"type\":\"customer\"}]"), json);
        assertTrue(!json.contains("regions"), json);
        assertEquals(json, AcceptanceJson.streamed(resource));
    }

    @Test
    void emptyLocationsLeaveTheRegionAsAOneElementList() {
        GenericResource resource = GenericResource.builder()
                .type("site")
                .id("s")
                .name("n")
                .region(Region.of("eu"))
                .locations(Locations.of(List.of()))
                .build();

        assertResource(
                "{'id':'s','type':'site','base':{'name':'n','provider_created_at':null," + "'last_seen_at':'" + NOW
                        + "','regions':[{'id':'eu'}]},'connections':{},'metadata':{}}",
                resource);
    }

    @Test
    void serverWithNothingSetWritesItsDefaultsAndOmitsIsVirtual() {
        Server server = Server.builder().id("i-1").name("web").build();

        assertResource(
                "{" + head("i-1", "server", "web") + ",'details':{'server':{'cpu_cores':null,"
                        + "'cpu_hz':null,'ram_b':null,'volumes_b':null,'instance_type':null,'state':'unknown',"
                        + "'provider_state':'unknown','ip_addresses':[],'image_detail':null}}}",
                server);
    }

    @Test
    void serverWithEveryDetailSet() {
        Server server = Server.builder()
                .id("i-1")
                .name("web")
                .isVirtual(false)
                .imageDetail(ImageDetail.builder()
                        .id("ami-1")
                        .name("Ubuntu")
                        .type("Linux")
                        .build())
                .ipAddresses(List.of(IpAddress.builder()
                        .ipAddress("10.0.0.1")
                        .networkId("n-1")
                        .networkName("private")
                        .build()))
                .providerState("16")
                .state("running")
                .instanceType("t3.micro")
                .volumesB(8L << 30)
                .ramB(1L << 30)
                .cpuHz(2_400_000_000L)
                .cpuCores(2)
                .build();

        assertResource(
                "{" + head("i-1", "server", "web") + ",'details':{'server':{'cpu_cores':2,"
                        + "'cpu_hz':2400000000,'ram_b':1073741824,'volumes_b':8589934592,"
                        + "'instance_type':'t3.micro','state':'running','provider_state':'16',"
                        + "'ip_addresses':[{'ip_address':'10.0.0.1','network':{'id':'n-1','name':'private'}}],"
                        + "'image_detail':{'id':'ami-1','name':'Ubuntu','architecture':null,'distribution':null,"
                        + "'type':'Linux','version':null},'is_virtual':false}}}",
                server);
    }

    @Test
    void volumeOmitsZoneNameOnlyWhenUnset() {
        assertResource(
                "{" + head("v", "volume", "n") + ",'details':{'volume':{'encrypted':null,"
                        + "'iops':null,'size_b':null}}}",
                Volume.builder().id("v").name("n").build());
        assertResource(
                "{" + head("v", "volume", "n") + ",'details':{'volume':{'encrypted':true,"
                        + "'iops':3000,'size_b':1024,'zone_name':'eu-1a'}}}",
                Volume.builder()
                        .id("v")
                        .name("n")
                        .zoneName("eu-1a")
                        .sizeB(1024)
                        .iops(3000)
                        .encrypted(true)
                        .build());
    }

    @Test
    void networkHasAnEmptyDetailsObject() {
        assertResource(
                "{" + head("n", "network", "lan") + ",'details':{'network':{}}}",
                Network.builder().id("n").name("lan").build());
    }

    @Test
    void applianceAndServiceOfferingWriteTypeId() {
        assertResource(
                "{" + head("a", "appliance", "fw") + ",'details':{'appliance':{'type_id':'firewall'}}}",
                Appliance.builder().id("a").name("fw").typeId("firewall").build());
        assertResource(
                "{" + head("o", "service_offering", "db") + ",'details':{'service_offering':{'type_id':null}}}",
                ServiceOffering.builder().id("o").name("db").build());
    }

    @Test
    void computePoolOmitsBillingTagOnlyWhenUnset() {
        assertResource(
                "{" + head("p", "compute_pool", "n") + ",'details':{'compute_pool':{'cpu_hz':1,"
                        + "'memory_b':2,'storage_b':3}}}",
                ComputePool.builder()
                        .id("p")
                        .name("n")
                        .storageB(3)
                        .memoryB(2)
                        .cpuHz(1)
                        .build());
        assertResource(
                "{" + head("p", "compute_pool", "n") + ",'details':{'compute_pool':{'cpu_hz':null,"
                        + "'memory_b':null,'storage_b':null,'billing_tag':'cc-7'}}}",
                ComputePool.builder().id("p").name("n").billingTag("cc-7").build());
    }

    @Test
    void saasUserKeysComeInWireOrder() {
        SaasUser user = SaasUser.builder()
                .id("u")
                .name("ann")
                .language("en")
                .country("NZ")
                .email("a@b")
                .diskUsedB(5)
                .diskQuotaB(10)
                .isActive(true)
                .address("1 Road")
                .phone("+64")
                .avatarUrl("https://a/1.png")
                .build();

        assertResource(
                "{" + head("u", "saas_user", "ann") + ",'details':{'saas_user':{"
                        + "'avatar_url':'https://a/1.png','phone':'+64','address':'1 Road','is_active':true,"
                        + "'disk_quota_b':10,'disk_used_b':5,'email':'a@b','country':'NZ','language':'en'}}}",
                user);
    }

    @Test
    void coloSpaceKeysComeInWireOrder() {
        ColoSpace space = ColoSpace.builder()
                .id("c")
                .name("cage")
                .combination("1234")
                .customerDescription("d")
                .customerLabel("l")
                .customerName("n")
                .coloSpaceLocation("DC1")
                .typeId("cage")
                .powerAllocationW(4000)
                .build();

        assertResource(
                "{" + head("c", "colo_space", "cage") + ",'details':{'colo_space':{"
                        + "'power_allocation_w':4000,'type_id':'cage','colo_space_location':'DC1',"
                        + "'customer_name':'n','customer_label':'l','customer_description':'d',"
                        + "'combination':'1234'}}}",
                space);
    }

    @Test
    void circuitKeysComeInWireOrder() {
        Circuit circuit = Circuit.builder()
                .id("c")
                .name("wan")
                .endpointB("B")
                .endpointA("A")
                .reference("ref")
                .carrier("telco")
                .typeId("mpls")
                .build();

        assertResource(
                "{" + head("c", "circuit", "wan") + ",'details':{'circuit':{'type_id':'mpls',"
                        + "'carrier':'telco','reference':'ref','endpoint_a':'A','endpoint_b':'B'}}}",
                circuit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "pending", "running", "shutting", "terminated", "stopping", "stopped"})
    void everyAllowedServerStateIsAccepted(String state) {
        assertEquals(
                state, Server.builder().id("i").name("n").state(state).build().state());
    }

    @Test
    void aServerStateOutsideTheSetIsRejectedListingTheSet() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Server.builder().id("i").name("n").state("on").build());

        assertTrue(e.getMessage().contains("state"), e.getMessage());
        assertTrue(e.getMessage().contains("\"on\""), e.getMessage());
        assertTrue(
                e.getMessage().contains("unknown, pending, running, shutting, terminated, stopping, stopped"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"firewall", "load_balancer", "router", "switch", "storage", "kvm", "unknown"})
    void everyAllowedApplianceTypeIsAccepted(String typeId) {
        assertEquals(
                typeId,
                Appliance.builder().id("a").name("n").typeId(typeId).build().typeId());
    }

    @Test
    void anApplianceTypeOutsideTheSetIsRejectedListingTheSet() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Appliance.builder().id("a").name("n").typeId("Firewall").build());

        assertTrue(e.getMessage().contains("\"Firewall\""), e.getMessage());
        assertTrue(
                e.getMessage().contains("firewall, load_balancer, router, switch, storage, kvm, unknown"),
                e.getMessage());
    }

    @Test
    void integersUpToTwoToTheSixtyThreeMinusOneSurviveExactly() {
        Server server = Server.builder()
                .id("i")
                .name("n")
                .ramB(Long.MAX_VALUE)
                .cpuHz(Long.MAX_VALUE - 1)
                .build();

        String json = AcceptanceJson.streamed(server);

        assertTrue(json.contains("\"cpu_hz\":9223372036854775806,\"ram_b\":9223372036854775807"), json);
        assertEquals(json, AcceptanceJson.text(server.serialize(CLOCK)));
    }

    @Test
    void regionIsAnObjectWithTheId() {
        assertWire("{'id':'ap-southeast-2'}", Region.of("ap-southeast-2").serialize(), Region.of("ap-southeast-2"));
    }

    @Test
    void locationEntriesKeepSpecLevelOrderAndPlacesKeepKeyOrder() {
        Place full = Place.builder()
                .longitude(2.35)
                .latitude(48.85)
                .name("Paris")
                .id("fr-par")
                .build();
        Location entry = Location.builder()
                .type("provider")
                .region(Place.builder().id("eu").build())
                .country(Place.builder().name("France").build())
                .state(Place.builder().id("idf").build())
                .city(full)
                .location(Place.builder().name("DC 1").build())
                .build();
        Locations locations = Locations.of(
                entry,
                Location.builder().country(Place.builder().id("de").build()).build());

        assertWire(
                "[{'location':{'name':'DC 1'},'city':{'id':'fr-par','name':'Paris','latitude':48.85,"
                        + "'longitude':2.35},'state':{'id':'idf'},'country':{'name':'France'},'region':{'id':'eu'},"
                        + "'type':'provider'},{'country':{'id':'de'}}]",
                locations.serialize(),
                locations);
    }

    @Test
    void connectionsUseSingularKeysInFirstAddedOrderAndAnyHoldsRawIds() {
        Connections connections = Connections.builder()
                .volumes("v-1")
                .add("any", "1", "2")
                .servers("s-1", "s-2")
                .appliances(List.of())
                .add("dns_zone", List.of("z-1"))
                .networks(List.of("n-1"))
                .volumes("v-2")
                .appliances("a-1")
                .build();

        assertWire(
                "{'volume':[{'id':'v-1'},{'id':'v-2'}],'any':['1','2'],'server':[{'id':'s-1'},{'id':'s-2'}],"
                        + "'dns_zone':[{'id':'z-1'}],'network':[{'id':'n-1'}],'appliance':[{'id':'a-1'}]}",
                connections.serialize(),
                connections);
    }

    @Test
    void addingOnlyEmptyListsGivesAnEmptyObject() {
        Connections connections =
                Connections.builder().servers().add("any", List.of()).build();

        assertWire("{}", connections.serialize(), connections);
    }

    @Test
    void metadataKeepsInsertionOrderAndReplacesInPlace() {
        Metadata metadata = Metadata.builder()
                .add("b", 1)
                .add("x", List.of(1, "two", Map.of("three", 3.0)), Metadata.PROVIDER_METADATA)
                .add("a", true)
                .add("b", null)
                .add("e", "yes", Metadata.PROVIDER_SPECIFIC_EDITABLE)
                .add("d", 48.0, Metadata.DEFAULT)
                .build();

        assertWire(
                "{'provider_specific':{'b':null,'a':true},'provider_metadata':{'x':[1,'two',{'three':3.0}]},"
                        + "'provider_specific_editable':{'e':'yes'},'default':{'d':48.0}}",
                metadata.serialize(),
                metadata);
    }

    @Test
    void metadataWithAnotherDefaultNamespace() {
        Metadata metadata = Metadata.builder()
                .defaultNamespace(Metadata.DEFAULT)
                .add("k", "v")
                .add("p", 1, Metadata.PROVIDER_SPECIFIC)
                .build();

        assertWire("{'default':{'k':'v'},'provider_specific':{'p':1}}", metadata.serialize(), metadata);
    }

    @Test
    void ipAddressWritesOnlySetKeysAndTheNetworkOnlyWithIdAndName() {
        IpAddress halfNetwork = IpAddress.builder()
                .ipAddress("1.2.3.4")
                .networkId("n-1")
                .description("public")
                .build();
        IpAddress onlyDescription =
                IpAddress.builder().description("d").networkName("lan").build();

        assertWire("{'ip_address':'1.2.3.4','description':'public'}", halfNetwork.serialize(), halfNetwork);
        assertWire("{'description':'d'}", onlyDescription.serialize(), onlyDescription);
    }

    @Test
    void imageDetailAlwaysHasAllSixKeysInWireOrder() {
        ImageDetail image = ImageDetail.builder()
                .architecture("x64")
                .version("22.04")
                .distribution("Ubuntu")
                .type("Linux")
                .name("Ubuntu 22.04")
                .id("img")
                .build();
        ImageDetail bare = ImageDetail.builder().id("img").build();

        assertWire(
                "{'id':'img','name':'Ubuntu 22.04','architecture':'x64','distribution':'Ubuntu',"
                        + "'type':'Linux','version':'22.04'}",
                image.serialize(),
                image);
        assertWire(
                "{'id':'img','name':null,'architecture':null,'distribution':null,'type':null,'version':null}",
                bare.serialize(),
                bare);
    }

    @Test
    void accountWritesIdOnlyWhenNonEmptyAndMetadataWheneverGiven() {
        Account empty = Account.builder().id("").build();
        Account withEmptyMetadata =
                Account.builder().metadata(Metadata.builder().build()).build();
        Account full = Account.builder()
                .id("acc")
                .metadata(Metadata.builder().add("k", 1).build())
                .build();

        assertWire("{}", empty.serialize(), empty);
        assertWire("{'metadata':{}}", withEmptyMetadata.serialize(), withEmptyMetadata);
        assertWire("{'id':'acc','metadata':{'provider_specific':{'k':1}}}", full.serialize(), full);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1970-01-01                          | 1970-01-01T00:00:00Z",
                "2017-01-01T00:00:00+10              | 2016-12-31T14:00:00Z",
                "1970-01-01T00:00:00.10Z             | 1970-01-01T00:00:00.100000Z",
                "2017-06-01 12:30:45                 | 2017-06-01T12:30:45Z",
                "2017-06-01T12:30:45                 | 2017-06-01T12:30:45Z",
                "2017-06-01T12:30:45Z                | 2017-06-01T12:30:45Z",
                "2017-06-01T12:30:45-05:30           | 2017-06-01T18:00:45Z",
                "2017-06-01T12:30:45+0130            | 2017-06-01T11:00:45Z",
                "2017-06-01T12:30:45.1               | 2017-06-01T12:30:45.100000Z",
                "2017-06-01T12:30:45.123456          | 2017-06-01T12:30:45.123456Z",
                "2017-06-01T12:30:45.123456789+00:00 | 2017-06-01T12:30:45.123456Z",
                "2017-06-01T12:30:45.0000009Z        | 2017-06-01T12:30:45Z",
                "2017-06-01T12:30:45.000000Z         | 2017-06-01T12:30:45Z",
                "0001-01-01T00:00:00Z                | 0001-01-01T00:00:00Z",
                "2000-01-01T00:30:00+01              | 1999-12-31T23:30:00Z",
            })
    void everyAcceptedTimestampFormGivesUtcWithFourDigitYears(String input, String expected) {
        assertEquals(expected, Rfc3339.convert(input));
    }

    @Test
    void nullAndEmptyTimestampsAreNull() {
        assertEquals(null, Rfc3339.convert((String) null));
        assertEquals(null, Rfc3339.convert(""));
        assertEquals(null, Rfc3339.convert((java.time.temporal.TemporalAccessor) null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "yesterday",
                "2017-01-01T00:00",
                "2017-01-01  00:00:00",
                "2017-13-01",
                "2017-01-01T00:00:00.1234567890Z",
                "2017-01-01T00:00:00+1",
                "17-01-01",
                " 2017-01-01",
                "2017-01-01T25:00:00"
            })
    void anyOtherStringIsAnIllegalArgumentQuotingIt(String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rfc3339.convert(input));

        assertTrue(e.getMessage().contains(input), e.getMessage());
    }
}

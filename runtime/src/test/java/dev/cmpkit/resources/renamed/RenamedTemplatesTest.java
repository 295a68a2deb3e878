package dev.cmpkit.resources.renamed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cmpkit.resources.Appliance;
import dev.cmpkit.resources.Circuit;
import dev.cmpkit.resources.ColoSpace;
import dev.cmpkit.resources.ComputePool;
import dev.cmpkit.resources.Network;
import dev.cmpkit.resources.ParsedWire;
import dev.cmpkit.resources.SaasUser;
import dev.cmpkit.resources.Server;
import dev.cmpkit.resources.ServiceOffering;
import dev.cmpkit.resources.Volume;
import dev.cmpkit.runtime.Connections;
import dev.cmpkit.runtime.ImageDetail;
import dev.cmpkit.runtime.IpAddress;
import dev.cmpkit.runtime.Metadata;
import dev.cmpkit.runtime.Region;
import dev.cmpkit.runtime.Resource;
import dev.cmpkit.runtime.Wire;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user template of a standard type, with renamed Java members, other Java types and another member
 * order, writes the same wire JSON as the standard type for the same values.
 */
class RenamedTemplatesTest {

    private static final List<IpAddress> ADDRESSES = List.of(
            IpAddress.builder()
                    .ipAddress("10.0.0.1")
                    .networkId("n1")
                    .networkName("lan")
                    .build(),
            IpAddress.builder().ipAddress("203.0.113.9").description("public").build());
    private static final ImageDetail IMAGE =
            ImageDetail.builder().id("ami-1").name("Ubuntu").build();

    private static void assertSameWire(Resource standard, Resource user) {
        JsonNode expected = ParsedWire.serialized(standard);
        Wire.assertSameJson(expected, ParsedWire.serialized(user));
        Wire.assertSameJson(expected, Wire.streamed(user));
        Wire.assertSameJson(Wire.streamed(standard), Wire.streamed(user));
    }

    @Test
    void serverWithRenamedMembersAndAnEnumStateWritesTheServerWire() {
        Server standard = Server.builder("s-1", "web")
                .cpuCores(4)
                .cpuHz(2_400_000_000L)
                .ramB(8L << 30)
                .volumesB(Long.MAX_VALUE)
                .instanceType("t3.large")
                .state("running")
                .providerState("Running")
                .ipAddresses(ADDRESSES)
                .imageDetail(IMAGE)
                .isVirtual(true)
                .region(Region.of("eu-west-1"))
                .connections(Connections.builder().volumes("v-1").build())
                .metadata(Metadata.builder().add("owner", "ops").build())
                .build();
        MyServer user = MyServer.builder("s-1", "web")
                .cores(4)
                .clockHz(2_400_000_000L)
                .memory(8L << 30)
                .disks(Long.MAX_VALUE)
                .flavour("t3.large")
                .power(Templates.PowerState.RUNNING)
                .nativeState("Running")
                .addresses(ADDRESSES)
                .image(IMAGE)
                .virtual(true)
                .region(Region.of("eu-west-1"))
                .connections(Connections.builder().volumes("v-1").build())
                .metadata(Metadata.builder().add("owner", "ops").build())
                .build();
        assertSameWire(standard, user);
    }

    @Test
    void serverTemplateLeftUnsetWritesTheSchemaDefaultsLikeTheServer() {
        assertSameWire(
                Server.builder("s-2", "").build(), MyServer.builder("s-2", "").build());
        assertEquals(
                Templates.PowerState.UNKNOWN,
                MyServer.builder("s-2", "").build().power(),
                "the schema default \"unknown\" maps to the enum constant UNKNOWN");
    }

    @Test
    void volumeWithPrimitiveMembersWritesTheVolumeWire() {
        assertSameWire(
                Volume.builder("v-1", "data")
                        .sizeB(10)
                        .iops(300L)
                        .encrypted(false)
                        .zoneName("a")
                        .build(),
                MyVolume.builder("v-1", "data")
                        .bytes(10)
                        .operationsPerSecond(300)
                        .secret(false)
                        .zone("a")
                        .build());
    }

    @Test
    void networkTemplateWithoutMembersWritesAnEmptyDetailsObject() {
        assertSameWire(
                Network.builder("n-1", "lan").build(),
                MyNetwork.builder("n-1", "lan").build());
    }

    @Test
    void applianceAndServiceOfferingWriteTheirTypeId() {
        assertSameWire(
                Appliance.builder("a-1", "fw").typeId("firewall").build(),
                MyAppliance.builder("a-1", "fw").kind("firewall").build());
        assertSameWire(
                ServiceOffering.builder("o-1", "db").typeId("rds").build(),
                MyServiceOffering.builder("o-1", "db").kind("rds").build());
    }

    @Test
    void computePoolWritesItsKeysInSchemaOrder() {
        assertSameWire(
                ComputePool.builder("p-1", "pool")
                        .cpuHz(1)
                        .memoryB(2)
                        .storageB(3)
                        .billingTag("t")
                        .build(),
                MyComputePool.builder("p-1", "pool")
                        .tag("t")
                        .storage(3L)
                        .memory(2L)
                        .cpu(1L)
                        .build());
    }

    @Test
    void saasUserWritesEveryKey() {
        assertSameWire(
                SaasUser.builder("u-1", "ann")
                        .avatarUrl("a")
                        .phone("p")
                        .address("ad")
                        .isActive(true)
                        .diskQuotaB(5)
                        .diskUsedB(4)
                        .email("e")
                        .country("c")
                        .language("l")
                        .build(),
                MySaasUser.builder("u-1", "ann")
                        .avatar("a")
                        .telephone("p")
                        .postalAddress("ad")
                        .active(true)
                        .quota(5L)
                        .used(4L)
                        .mail("e")
                        .nation("c")
                        .locale("l")
                        .build());
    }

    @Test
    void coloSpaceWithAnIntegerMemberWritesTheColoSpaceWire() {
        assertSameWire(
                ColoSpace.builder("c-1", "cage")
                        .powerAllocationW(42)
                        .typeId("cab")
                        .coloSpaceLocation("x")
                        .customerName("n")
                        .customerLabel("l")
                        .customerDescription("d")
                        .combination("1234")
                        .build(),
                MyColoSpace.builder("c-1", "cage")
                        .watts(42)
                        .kind("cab")
                        .where("x")
                        .customer("n")
                        .label("l")
                        .description("d")
                        .code("1234")
                        .build());
    }

    @Test
    void circuitWritesItsEndpointsInSchemaOrder() {
        assertSameWire(
                Circuit.builder("c-2", "link")
                        .typeId("pvc")
                        .carrier("c")
                        .reference("r")
                        .endpointA("a")
                        .endpointB("b")
                        .build(),
                MyCircuit.builder("c-2", "link")
                        .to("b")
                        .from("a")
                        .kind("pvc")
                        .operator("c")
                        .ref("r")
                        .build());
    }
}

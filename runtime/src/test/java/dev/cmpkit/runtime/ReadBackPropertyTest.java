package dev.cmpkit.runtime;

import static dev.cmpkit.testing.RandomCases.anyString;
import static dev.cmpkit.testing.RandomCases.check;
import static dev.cmpkit.testing.RandomCases.orNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cmpkit.resources.Appliance;
import dev.cmpkit.resources.Circuit;
import dev.cmpkit.resources.ColoSpace;
import dev.cmpkit.resources.ComputePool;
import dev.cmpkit.resources.Network;
import dev.cmpkit.resources.SaasUser;
import dev.cmpkit.resources.Server;
import dev.cmpkit.resources.ServiceOffering;
import dev.cmpkit.resources.Volume;
import dev.cmpkit.runtime.json.CmpJson;
import dev.cmpkit.runtime.json.JsonWritable;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * For random values of every standard type and every shared value type, reading what was written
 * gives the value back: {@code read(write(x)).equals(x)}, and writing it again gives the same bytes.
 * The values are the ones the wire can tell apart: an IP address's network has both its id and its
 * name or neither, and a resource has a region or non-empty locations, not both (locations win).
 * Strings are drawn from the whole UTF-16 range, lone surrogates included, in values and in object
 * keys (metadata keys and namespaces, connection types) alike.
 */
class ReadBackPropertyTest {

    private static final int CASES = 300;

    /** Writes with the fixed clock, reads back as {@code type}, and checks equality and the bytes. */
    private static <T extends JsonWritable> void assertRoundTrip(T value, Class<T> type) throws Exception {
        byte[] written = Wire.MAPPER.writeValueAsBytes(value);
        T read = CmpJsonReader.read(written, type);
        assertEquals(value, read, () -> "read back from " + new String(written, StandardCharsets.UTF_8));
        assertEquals(
                new String(written, StandardCharsets.UTF_8),
                new String(Wire.MAPPER.writeValueAsBytes(read), StandardCharsets.UTF_8));
    }

    private static IpAddress ipAddress(SplittableRandom random) {
        boolean network = random.nextBoolean();
        return IpAddress.builder()
                .ipAddress(orNull(random, 0.2, anyString(random, 15)))
                .networkId(network ? anyString(random, 6) : null)
                .networkName(network ? anyString(random, 6) : null)
                .description(orNull(random, 0.5, anyString(random, 20)))
                .build();
    }

    /** Resources whose every part reads back. */
    private static final RandomResources READABLE = new RandomResources(
            OneShapePropertyTest::metadata, OneShapePropertyTest::connections, ReadBackPropertyTest::ipAddress, true);

    @Test
    void serversReadBack() {
        check(CASES, random -> assertRoundTrip(READABLE.server(random), Server.class));
    }

    @Test
    void volumesAndComputePoolsReadBack() {
        check(CASES, random -> {
            assertRoundTrip(READABLE.volume(random), Volume.class);
            assertRoundTrip(READABLE.computePool(random), ComputePool.class);
        });
    }

    @Test
    void typesWithStringDetailsReadBack() {
        check(CASES, random -> {
            assertRoundTrip(READABLE.network(random), Network.class);
            assertRoundTrip(READABLE.appliance(random), Appliance.class);
            assertRoundTrip(READABLE.serviceOffering(random), ServiceOffering.class);
            assertRoundTrip(READABLE.circuit(random), Circuit.class);
            assertRoundTrip(READABLE.coloSpace(random), ColoSpace.class);
            assertRoundTrip(READABLE.saasUser(random), SaasUser.class);
        });
    }

    @Test
    void genericResourcesReadBack() {
        check(CASES, random -> assertRoundTrip(READABLE.generic(random), GenericResource.class));
    }

    @Test
    void sharedValuesReadBack() {
        check(CASES, random -> {
            assertRoundTrip(OneShapePropertyTest.place(random), Place.class);
            assertRoundTrip(OneShapePropertyTest.location(random), Location.class);
            assertRoundTrip(OneShapePropertyTest.locations(random), Locations.class);
            assertRoundTrip(OneShapePropertyTest.metadata(random), Metadata.class);
            assertRoundTrip(OneShapePropertyTest.connections(random), Connections.class);
            assertRoundTrip(OneShapePropertyTest.imageDetail(random), ImageDetail.class);
            assertRoundTrip(ipAddress(random), IpAddress.class);
            assertRoundTrip(Region.of(anyString(random, 8)), Region.class);
            assertRoundTrip(
                    Account.builder()
                            .id(orNull(random, 0.3, "acc-" + anyString(random, 6)))
                            .metadata(orNull(random, 0.3, OneShapePropertyTest.metadata(random)))
                            .build(),
                    Account.class);
        });
    }

    @Test
    void listsReadBackInOrder() {
        check(50, random -> {
            List<Volume> volumes = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                volumes.add(READABLE.volume(random));
            }
            byte[] written = Wire.MAPPER.writeValueAsBytes(volumes);
            assertEquals(volumes, CmpJsonReader.readList(written, Volume.class));
            assertEquals(volumes, CmpJsonReader.readList(new java.io.ByteArrayInputStream(written), Volume.class));
        });
    }

    @Test
    void keysHoldingLoneSurrogatesReadBackFromBytesAndFromStreams() throws Exception {
        Server server = Server.builder("i-1", "web")
                .metadata(Metadata.builder()
                        .add("lone \uD800 high", "v")
                        .add("low \uDC00", "\uDBFF")
                        .build())
                .connections(Connections.builder().add("\uDFFF", "vol-1").build())
                .build();
        byte[] written = CmpJson.toBytes(server, Wire.CLOCK);
        assertEquals(
                true,
                new String(written, StandardCharsets.US_ASCII).contains("\"lone \\uD800 high\""),
                "written as an escape");
        assertEquals(server, CmpJsonReader.read(written, Server.class));
        assertEquals(server, CmpJsonReader.read(new ByteArrayInputStream(written), Server.class));
        assertEquals(
                List.of(server, server),
                CmpJsonReader.readList(
                        ("[" + new String(written, StandardCharsets.UTF_8) + ","
                                        + new String(written, StandardCharsets.UTF_8) + "]")
                                .getBytes(StandardCharsets.UTF_8),
                        Server.class));
    }
}

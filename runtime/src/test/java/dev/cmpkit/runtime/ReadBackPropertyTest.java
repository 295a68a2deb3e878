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
import dev.cmpkit.runtime.json.JsonWritable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * For random values of every standard type and every shared value type, reading what was written
 * gives the value back: {@code read(write(x)).equals(x)}, and writing it again gives the same bytes.
 * The values are the ones the wire can tell apart: an IP address's network has both its id and its
 * name or neither, and a resource has a region or non-empty locations, not both (locations win).
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

    /**
     * {@code text} without lone surrogates, for object keys: Jackson writes a lone surrogate in a key
     * as bytes that are not UTF-8 and that its parser then rejects, so such keys cannot be read back.
     * (In string values it writes an escape, which reads back.)
     */
    private static String key(String text) {
        StringBuilder key = new StringBuilder(text);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < key.length() && Character.isLowSurrogate(key.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                key.setCharAt(i, '?');
            }
        }
        return key.toString();
    }

    /** {@code value} with every object key made readable (see {@link #key}). */
    private static Object readableKeys(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(key((String) k), readableKeys(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReadBackPropertyTest::readableKeys).toList();
        }
        return value;
    }

    /** Random metadata whose namespaces and keys read back. */
    private static Metadata metadata(SplittableRandom random) {
        Metadata drawn = OneShapePropertyTest.metadata(random);
        Metadata.Builder readable = Metadata.builder();
        for (String namespace : drawn.namespaces()) {
            drawn.values(namespace).forEach((k, v) -> readable.add(key(k), readableKeys(v), key(namespace)));
        }
        return readable.build();
    }

    /** Random connections whose types read back. */
    private static Connections connections(SplittableRandom random) {
        Connections drawn = OneShapePropertyTest.connections(random);
        Connections.Builder readable = Connections.builder();
        for (String type : drawn.types()) {
            readable.add(key(type), drawn.ids(type));
        }
        return readable.build();
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
            ReadBackPropertyTest::metadata, ReadBackPropertyTest::connections, ReadBackPropertyTest::ipAddress, true);

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
            assertRoundTrip(metadata(random), Metadata.class);
            assertRoundTrip(connections(random), Connections.class);
            assertRoundTrip(OneShapePropertyTest.imageDetail(random), ImageDetail.class);
            assertRoundTrip(ipAddress(random), IpAddress.class);
            assertRoundTrip(Region.of(anyString(random, 8)), Region.class);
            assertRoundTrip(
                    Account.builder()
                            .id(orNull(random, 0.3, "acc-" + anyString(random, 6)))
                            .metadata(orNull(random, 0.3, metadata(random)))
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
}

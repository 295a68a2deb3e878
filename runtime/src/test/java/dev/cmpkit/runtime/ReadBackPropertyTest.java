package dev.cmpkit.runtime;

import static dev.cmpkit.testing.RandomCases.anyString;
import static dev.cmpkit.testing.RandomCases.check;
import static dev.cmpkit.testing.RandomCases.oneOf;
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

    private static List<IpAddress> ipAddresses(SplittableRandom random) {
        List<IpAddress> addresses = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            addresses.add(ipAddress(random));
        }
        return addresses;
    }

    private static Long anyLong(SplittableRandom random) {
        return orNull(random, 0.2, random.nextBoolean() ? random.nextLong() : (long) random.nextInt(1000));
    }

    private static Boolean anyBoolean(SplittableRandom random) {
        return orNull(random, 0.3, random.nextBoolean());
    }

    private static String anyText(SplittableRandom random) {
        return orNull(random, 0.2, anyString(random, 20));
    }

    /** The base fields every resource shares, at random. */
    private static <B extends ResourceBuilder<B>> B base(B builder, SplittableRandom random) {
        builder.id("id-" + anyString(random, 10))
                .name(anyString(random, 12))
                .providerCreatedAt(orNull(
                        random,
                        0.4,
                        oneOf(
                                random,
                                List.of("2020-01-02T03:04:05Z", "2017-01-01T00:00:00+10", "1970-01-01T00:00:00.10Z"))))
                .nativePortalLink(orNull(random, 0.5, "https://portal/" + anyString(random, 8)))
                .connections(connections(random))
                .metadata(metadata(random));
        if (random.nextBoolean()) {
            builder.region(orNull(random, 0.3, Region.of(anyString(random, 8))));
        } else {
            Locations locations = OneShapePropertyTest.locations(random);
            builder.locations(locations.isEmpty() ? null : locations);
        }
        return builder;
    }

    @Test
    void serversReadBack() {
        check(
                CASES,
                random -> assertRoundTrip(
                        base(Server.builder(), random)
                                .cpuCores(anyLong(random))
                                .cpuHz(anyLong(random))
                                .ramB(anyLong(random))
                                .volumesB(anyLong(random))
                                .instanceType(anyText(random))
                                .state(orNull(random, 0.3, oneOf(random, List.of("running", "stopped", "pending"))))
                                .providerState(anyText(random))
                                .ipAddresses(orNull(random, 0.2, ipAddresses(random)))
                                .imageDetail(orNull(random, 0.3, OneShapePropertyTest.imageDetail(random)))
                                .isVirtual(anyBoolean(random))
                                .build(),
                        Server.class));
    }

    @Test
    void volumesAndComputePoolsReadBack() {
        check(CASES, random -> {
            assertRoundTrip(
                    base(Volume.builder(), random)
                            .encrypted(anyBoolean(random))
                            .iops(anyLong(random))
                            .sizeB(anyLong(random))
                            .zoneName(anyText(random))
                            .build(),
                    Volume.class);
            assertRoundTrip(
                    base(ComputePool.builder(), random)
                            .cpuHz(anyLong(random))
                            .memoryB(anyLong(random))
                            .storageB(anyLong(random))
                            .billingTag(anyText(random))
                            .build(),
                    ComputePool.class);
        });
    }

    @Test
    void typesWithStringDetailsReadBack() {
        check(CASES, random -> {
            assertRoundTrip(base(Network.builder(), random).build(), Network.class);
            assertRoundTrip(
                    base(Appliance.builder(), random)
                            .typeId(orNull(random, 0.3, oneOf(random, List.of("firewall", "router", "kvm"))))
                            .build(),
                    Appliance.class);
            assertRoundTrip(
                    base(ServiceOffering.builder(), random)
                            .typeId(anyText(random))
                            .build(),
                    ServiceOffering.class);
            assertRoundTrip(
                    base(Circuit.builder(), random)
                            .typeId(anyText(random))
                            .carrier(anyText(random))
                            .reference(anyText(random))
                            .endpointA(anyText(random))
                            .endpointB(anyText(random))
                            .build(),
                    Circuit.class);
            assertRoundTrip(
                    base(ColoSpace.builder(), random)
                            .powerAllocationW(anyLong(random))
                            .typeId(anyText(random))
                            .coloSpaceLocation(anyText(random))
                            .customerName(anyText(random))
                            .customerLabel(anyText(random))
                            .customerDescription(anyText(random))
                            .combination(anyText(random))
                            .build(),
                    ColoSpace.class);
            assertRoundTrip(
                    base(SaasUser.builder(), random)
                            .avatarUrl(anyText(random))
                            .phone(anyText(random))
                            .address(anyText(random))
                            .isActive(anyBoolean(random))
                            .diskQuotaB(anyLong(random))
                            .diskUsedB(anyLong(random))
                            .email(anyText(random))
                            .country(anyText(random))
                            .language(anyText(random))
                            .build(),
                    SaasUser.class);
        });
    }

    @Test
    void genericResourcesReadBack() {
        check(
                CASES,
                random -> assertRoundTrip(
                        base(GenericResource.builder(), random)
                                .type("t-" + anyString(random, 8))
                                .build(),
                        GenericResource.class));
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
                volumes.add(
                        base(Volume.builder(), random).sizeB(anyLong(random)).build());
            }
            byte[] written = Wire.MAPPER.writeValueAsBytes(volumes);
            assertEquals(volumes, CmpJsonReader.readList(written, Volume.class));
            assertEquals(volumes, CmpJsonReader.readList(new java.io.ByteArrayInputStream(written), Volume.class));
        });
    }
}

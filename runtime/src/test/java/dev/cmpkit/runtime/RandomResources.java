package dev.cmpkit.runtime;

import static dev.cmpkit.testing.RandomCases.anyString;
import static dev.cmpkit.testing.RandomCases.oneOf;
import static dev.cmpkit.testing.RandomCases.orNull;

import dev.cmpkit.resources.Appliance;
import dev.cmpkit.resources.Circuit;
import dev.cmpkit.resources.ColoSpace;
import dev.cmpkit.resources.ComputePool;
import dev.cmpkit.resources.Network;
import dev.cmpkit.resources.SaasUser;
import dev.cmpkit.resources.Server;
import dev.cmpkit.resources.ServiceOffering;
import dev.cmpkit.resources.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Random resources of every standard type and generic ones: the base fields drawn from the whole
 * UTF-16 range, longs at the edges, and the shared values from generators chosen per use, so that
 * writers get everything ({@link #ANY}) and readers what the wire can tell apart.
 */
final class RandomResources {

    /** Every value a writer must write: lone surrogates in metadata keys and connection types too. */
    static final RandomResources ANY = new RandomResources(
            OneShapePropertyTest::metadata, OneShapePropertyTest::connections, OneShapePropertyTest::ipAddress, false);

    private static final List<Long> EDGE_LONGS =
            List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1, (long) Integer.MIN_VALUE);

    private final Function<SplittableRandom, Metadata> metadata;
    private final Function<SplittableRandom, Connections> connections;
    private final Function<SplittableRandom, IpAddress> ipAddress;
    private final boolean nonEmptyLocations;

    /**
     * @param nonEmptyLocations whether empty locations are left unset, as reading them back gives
     */
    RandomResources(
            Function<SplittableRandom, Metadata> metadata,
            Function<SplittableRandom, Connections> connections,
            Function<SplittableRandom, IpAddress> ipAddress,
            boolean nonEmptyLocations) {
        this.metadata = metadata;
        this.connections = connections;
        this.ipAddress = ipAddress;
        this.nonEmptyLocations = nonEmptyLocations;
    }

    /** {@return a resource of a random kind} */
    Resource any(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0 -> generic(random);
            case 1 -> server(random);
            case 2 -> volume(random);
            case 3 -> computePool(random);
            case 4 -> network(random);
            case 5 -> appliance(random);
            case 6 -> serviceOffering(random);
            case 7 -> circuit(random);
            case 8 -> coloSpace(random);
            default -> saasUser(random);
        };
    }

    GenericResource generic(SplittableRandom random) {
        return base(GenericResource.builder(), random)
                .type("t-" + anyString(random, 8))
                .build();
    }

    Server server(SplittableRandom random) {
        List<IpAddress> addresses = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            addresses.add(ipAddress.apply(random));
        }
        return base(Server.builder(), random)
                .cpuCores(number(random))
                .cpuHz(number(random))
                .ramB(number(random))
                .volumesB(number(random))
                .instanceType(text(random))
                .state(orNull(random, 0.3, oneOf(random, List.of("running", "stopped", "pending"))))
                .providerState(text(random))
                .ipAddresses(orNull(random, 0.2, addresses))
                .imageDetail(orNull(random, 0.3, OneShapePropertyTest.imageDetail(random)))
                .isVirtual(bool(random))
                .build();
    }

    Volume volume(SplittableRandom random) {
        return base(Volume.builder(), random)
                .encrypted(bool(random))
                .iops(number(random))
                .sizeB(number(random))
                .zoneName(text(random))
                .build();
    }

    ComputePool computePool(SplittableRandom random) {
        return base(ComputePool.builder(), random)
                .cpuHz(number(random))
                .memoryB(number(random))
                .storageB(number(random))
                .billingTag(text(random))
                .build();
    }

    Network network(SplittableRandom random) {
        return base(Network.builder(), random).build();
    }

    Appliance appliance(SplittableRandom random) {
        return base(Appliance.builder(), random)
                .typeId(orNull(random, 0.3, oneOf(random, List.of("firewall", "router", "kvm"))))
                .build();
    }

    ServiceOffering serviceOffering(SplittableRandom random) {
        return base(ServiceOffering.builder(), random).typeId(text(random)).build();
    }

    Circuit circuit(SplittableRandom random) {
        return base(Circuit.builder(), random)
                .typeId(text(random))
                .carrier(text(random))
                .reference(text(random))
                .endpointA(text(random))
                .endpointB(text(random))
                .build();
    }

    ColoSpace coloSpace(SplittableRandom random) {
        return base(ColoSpace.builder(), random)
                .powerAllocationW(number(random))
                .typeId(text(random))
                .coloSpaceLocation(text(random))
                .customerName(text(random))
                .customerLabel(text(random))
                .customerDescription(text(random))
                .combination(text(random))
                .build();
    }

    SaasUser saasUser(SplittableRandom random) {
        return base(SaasUser.builder(), random)
                .avatarUrl(text(random))
                .phone(text(random))
                .address(text(random))
                .isActive(bool(random))
                .diskQuotaB(number(random))
                .diskUsedB(number(random))
                .email(text(random))
                .country(text(random))
                .language(text(random))
                .build();
    }

    /** The base fields every resource shares, at random. */
    <B extends ResourceBuilder<B>> B base(B builder, SplittableRandom random) {
        builder.id("id-" + anyString(random, 10))
                .name(anyString(random, 12))
                .providerCreatedAt(orNull(
                        random,
                        0.4,
                        oneOf(
                                random,
                                List.of("2020-01-02T03:04:05Z", "2017-01-01T00:00:00+10", "1970-01-01T00:00:00.10Z"))))
                .nativePortalLink(orNull(random, 0.5, "https://portal/" + anyString(random, 8)))
                .connections(connections.apply(random))
                .metadata(metadata.apply(random));
        if (random.nextBoolean()) {
            builder.region(orNull(random, 0.3, Region.of(anyString(random, 8))));
        } else {
            Locations locations = OneShapePropertyTest.locations(random);
            builder.locations(nonEmptyLocations && locations.isEmpty() ? null : orNull(random, 0.3, locations));
        }
        return builder;
    }

    static Long number(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> oneOf(random, EDGE_LONGS);
            case 2 -> random.nextLong();
            default -> (long) random.nextInt(1000);
        };
    }

    static Boolean bool(SplittableRandom random) {
        return orNull(random, 0.3, random.nextBoolean());
    }

    static String text(SplittableRandom random) {
        return orNull(random, 0.2, anyString(random, 20));
    }
}

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

/**
 * Random resources of every standard type and generic ones, with every base field drawn from the
 * whole UTF-16 range (metadata keys and connection types included, lone surrogates too), longs
 * at the edges, and shared values from {@link OneShapePropertyTest}'s generators.
 */
final class RandomResources {

    private static final List<Long> EDGE_LONGS =
            List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1, (long) Integer.MIN_VALUE);

    private RandomResources() {}

    /** {@return a resource of a random kind} */
    static Resource any(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0 ->
                base(GenericResource.builder(), random)
                        .type("t-" + anyString(random, 8))
                        .build();
            case 1 -> server(random);
            case 2 ->
                base(Volume.builder(), random)
                        .encrypted(bool(random))
                        .iops(number(random))
                        .sizeB(number(random))
                        .zoneName(text(random))
                        .build();
            case 3 ->
                base(ComputePool.builder(), random)
                        .cpuHz(number(random))
                        .memoryB(number(random))
                        .storageB(number(random))
                        .billingTag(text(random))
                        .build();
            case 4 -> base(Network.builder(), random).build();
            case 5 ->
                base(Appliance.builder(), random)
                        .typeId(orNull(random, 0.3, oneOf(random, List.of("firewall", "router", "kvm"))))
                        .build();
            case 6 ->
                base(ServiceOffering.builder(), random).typeId(text(random)).build();
            case 7 ->
                base(Circuit.builder(), random)
                        .typeId(text(random))
                        .carrier(text(random))
                        .reference(text(random))
                        .endpointA(text(random))
                        .endpointB(text(random))
                        .build();
            case 8 ->
                base(ColoSpace.builder(), random)
                        .powerAllocationW(number(random))
                        .typeId(text(random))
                        .coloSpaceLocation(text(random))
                        .customerName(text(random))
                        .customerLabel(text(random))
                        .customerDescription(text(random))
                        .combination(text(random))
                        .build();
            default ->
                base(SaasUser.builder(), random)
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
        };
    }

    /** {@return a server with every detail drawn at random, unset ones included} */
    static Server server(SplittableRandom random) {
        List<IpAddress> addresses = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            addresses.add(OneShapePropertyTest.ipAddress(random));
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
                .connections(OneShapePropertyTest.connections(random))
                .metadata(OneShapePropertyTest.metadata(random));
        if (random.nextBoolean()) {
            builder.region(orNull(random, 0.3, Region.of(anyString(random, 8))));
        } else {
            builder.locations(orNull(random, 0.3, OneShapePropertyTest.locations(random)));
        }
        return builder;
    }

    private static Long number(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> oneOf(random, EDGE_LONGS);
            case 2 -> random.nextLong();
            default -> (long) random.nextInt(1000);
        };
    }

    private static Boolean bool(SplittableRandom random) {
        return orNull(random, 0.3, random.nextBoolean());
    }

    private static String text(SplittableRandom random) {
        return orNull(random, 0.2, anyString(random, 20));
    }
}

package dev.cmpkit.benchmarks;

import dev.cmpkit.resources.Server;
import dev.cmpkit.runtime.Connections;
import dev.cmpkit.runtime.ImageDetail;
import dev.cmpkit.runtime.IpAddress;
import dev.cmpkit.runtime.Location;
import dev.cmpkit.runtime.Locations;
import dev.cmpkit.runtime.Metadata;
import dev.cmpkit.runtime.Place;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Builds the CMP servers every serializer benchmark writes: one server with every detail set,
 * and distinct servers by index for batches and streams.
 */
final class Servers {

    /**
     * The clock every variant stamps {@code last_seen_at} from. Its microseconds are not zero, so
     * the six-digit fraction is exercised; {@link Instant#toString()} prints the same text, which
     * is what the peers use.
     */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T03:00:00.123456Z"), ZoneOffset.UTC);

    private Servers() {}

    /** {@return the server of comparison 1: every detail set, so nothing is null or omitted} */
    static Server full() {
        return distinct(0);
    }

    /**
     * Returns server number {@code i}: ids, names, addresses and sizes differ per index so that
     * no two servers of a batch share their strings.
     *
     * @param i the index, from 0
     * @return the server, with ip addresses, image detail, metadata, connections, a location and
     *     a provider creation time
     */
    static Server distinct(int i) {
        String n = Integer.toString(i);
        int octet = i & 0xff;
        return Server.builder()
                .id("i-0abc" + n)
                .name("web-" + n)
                .providerCreatedAt(Instant.ofEpochSecond(1_768_465_800L + i, 250_000_000L))
                .nativePortalLink("https://console.example.com/servers/i-0abc" + n)
                .locations(Locations.of(Location.builder()
                        .city(Place.builder()
                                .id("lon")
                                .name("London")
                                .latitude(51.5074)
                                .longitude(-0.1278)
                                .build())
                        .country(Place.builder().id("gb").name("United Kingdom").build())
                        .type("provider")
                        .build()))
                .connections(Connections.builder()
                        .volumes("vol-a" + n, "vol-b" + n)
                        .networks("net-" + (i % 16))
                        .build())
                .metadata(Metadata.builder()
                        .add("env", "production")
                        .add("team", "payments")
                        .add("cost_center", 4411L + i)
                        .add("monitored", i % 2 == 0)
                        .build())
                .cpuCores(4L + i % 4)
                .cpuHz(2_400_000_000L)
                .ramB(17_179_869_184L + i)
                .volumesB(107_374_182_400L)
                .instanceType("m5.xlarge")
                .state("running")
                .providerState("running")
                .ipAddresses(List.of(
                        IpAddress.builder()
                                .ipAddress("10.0." + (i >> 8 & 0xff) + "." + octet)
                                .networkId("net-" + (i % 16))
                                .networkName("private")
                                .description("primary")
                                .build(),
                        IpAddress.builder()
                                .ipAddress("203.0.113." + octet)
                                .description("public")
                                .build()))
                .imageDetail(ImageDetail.builder()
                        .id("ami-" + (i % 8))
                        .name("ubuntu-24.04")
                        .type("linux")
                        .distribution("ubuntu")
                        .version("24.04")
                        .architecture("x86_64")
                        .build())
                .isVirtual(true)
                .build();
    }
}

package dev.cmpkit.runtime;

import static dev.cmpkit.testing.RandomCases.anyJsonValue;
import static dev.cmpkit.testing.RandomCases.anyString;
import static dev.cmpkit.testing.RandomCases.check;
import static dev.cmpkit.testing.RandomCases.oneOf;
import static dev.cmpkit.testing.RandomCases.orNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every hand-written value type states its wire shape once; for random values of each, the map
 * {@code serialize()} returns and the JSON Jackson writes are the same JSON, key order included,
 * and the map's numbers keep their Java types.
 */
class OneShapePropertyTest {

    private static final int CASES = 300;

    static Place place(SplittableRandom random) {
        Place.Builder place = Place.builder();
        switch (random.nextInt(3)) {
            case 0 -> place.id(anyString(random, 8));
            case 1 -> place.name(anyString(random, 8));
            default -> place.id(anyString(random, 8)).name(anyString(random, 8));
        }
        if (random.nextBoolean()) {
            place.latitude(random.nextDouble(-90, 90)).longitude(random.nextDouble(-180, 180));
        }
        return place.build();
    }

    static Location location(SplittableRandom random) {
        return Location.builder()
                .location(random.nextBoolean() ? place(random) : null)
                .city(random.nextBoolean() ? place(random) : null)
                .state(random.nextInt(4) == 0 ? place(random) : null)
                .country(random.nextBoolean() ? place(random) : null)
                .region(random.nextInt(4) == 0 ? place(random) : null)
                .type(orNull(random, 0.5, oneOf(random, List.of("customer", "provider"))))
                .build();
    }

    static Locations locations(SplittableRandom random) {
        List<Location> entries = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            entries.add(location(random));
        }
        return Locations.of(entries);
    }

    static IpAddress ipAddress(SplittableRandom random) {
        return IpAddress.builder()
                .ipAddress(orNull(random, 0.2, anyString(random, 15)))
                .networkId(orNull(random, 0.4, anyString(random, 6)))
                .networkName(orNull(random, 0.4, anyString(random, 6)))
                .description(orNull(random, 0.5, anyString(random, 20)))
                .build();
    }

    static ImageDetail imageDetail(SplittableRandom random) {
        return ImageDetail.builder()
                .id(anyString(random, 10))
                .name(orNull(random, 0.3, anyString(random, 10)))
                .type(orNull(random, 0.3, "linux"))
                .distribution(orNull(random, 0.3, anyString(random, 6)))
                .version(orNull(random, 0.5, "22.04"))
                .architecture(orNull(random, 0.5, "arm64"))
                .build();
    }

    static Metadata metadata(SplittableRandom random) {
        Metadata.Builder metadata = Metadata.builder();
        if (random.nextInt(4) == 0) {
            metadata.defaultNamespace(anyString(random, 6));
        }
        for (int i = random.nextInt(5); i > 0; i--) {
            String namespace = random.nextBoolean()
                    ? null
                    : oneOf(random, List.of(Metadata.DEFAULT, Metadata.PROVIDER_METADATA, "", anyString(random, 5)));
            metadata.add(anyString(random, 8), anyJsonValue(random, false), namespace);
        }
        return metadata.build();
    }

    static Connections connections(SplittableRandom random) {
        Connections.Builder connections = Connections.builder();
        for (int i = random.nextInt(4); i > 0; i--) {
            List<String> ids = new ArrayList<>();
            for (int n = random.nextInt(3); n > 0; n--) {
                ids.add(anyString(random, 6));
            }
            connections.add(oneOf(random, List.of("server", "any", "", "volume", anyString(random, 5))), ids);
        }
        return connections.build();
    }

    @Test
    void sharedValuesWriteTheSameJsonBothWays() {
        check(CASES, random -> {
            Region region = Region.of(anyString(random, 10));
            Wire.assertAgree(region.serialize(), region);
            Place place = place(random);
            Wire.assertAgree(place.serialize(), place);
            Location location = location(random);
            Wire.assertAgree(location.serialize(), location);
            Locations locations = locations(random);
            Wire.assertAgree(locations.serialize(), locations);
            IpAddress ip = ipAddress(random);
            Wire.assertAgree(ip.serialize(), ip);
            ImageDetail image = imageDetail(random);
            Wire.assertAgree(image.serialize(), image);
        });
    }

    @Test
    void metadataConnectionsAndAccountsWriteTheSameJsonBothWays() {
        check(CASES, random -> {
            Metadata metadata = metadata(random);
            Wire.assertAgree(metadata.serialize(), metadata);
            Connections connections = connections(random);
            Wire.assertAgree(connections.serialize(), connections);
            Account account = Account.builder()
                    .id(orNull(random, 0.3, anyString(random, 6)))
                    .metadata(random.nextBoolean() ? metadata : null)
                    .build();
            Wire.assertAgree(account.serialize(), account);
        });
    }

    @Test
    void resourcesWriteTheSameJsonBothWays() {
        check(CASES, random -> {
            GenericResource resource = GenericResource.builder()
                    .type("t-" + anyString(random, 5))
                    .id("i-" + anyString(random, 5))
                    .name(anyString(random, 8))
                    .region(random.nextBoolean() ? Region.of(anyString(random, 6)) : null)
                    .locations(random.nextBoolean() ? locations(random) : null)
                    .nativePortalLink(orNull(random, 0.5, anyString(random, 10)))
                    .connections(connections(random))
                    .metadata(metadata(random))
                    .build();
            Wire.assertAgree(resource.serialize(Wire.CLOCK), resource);
        });
    }

    @Test
    void theMapKeepsTheJavaTypesOfNumbers() {
        Place place = Place.builder().id("p").latitude(1.0).longitude(2.5).build();
        assertEquals(Double.class, place.serialize().get("latitude").getClass());
        Metadata metadata = Metadata.builder().add("long", 5L).add("int", 7).build();
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) metadata.serialize().get(Metadata.PROVIDER_SPECIFIC);
        assertEquals(Long.class, values.get("long").getClass());
        assertEquals(Integer.class, values.get("int").getClass());
    }
}

package dev.cmpkit.runtime;

import static dev.cmpkit.runtime.Rejects.assertRejects;
import static dev.cmpkit.runtime.ValueAssertions.assertEqualWithSameHash;
import static dev.cmpkit.runtime.ValueAssertions.rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The shared values' public constructors: they check exactly like the builders and factories,
 * values built either way are equal, and {@code toBuilder()} gives back an equal value.
 */
class ValueRecordsTest {

    private static final Place PARIS =
            Place.builder().name("Paris").latitude(48.9).longitude(2.35).build();

    /** Both calls fail with the same message. */
    private static void sameRejection(Executable constructor, Executable builder) {
        assertEquals(rejection(builder), rejection(constructor));
    }

    @Test
    void theConstructorsCheckLikeTheBuilders() {
        sameRejection(
                () -> new Place(null, null, 91.0, Double.NaN),
                () -> Place.builder().latitude(91.0).longitude(Double.NaN).build());
        sameRejection(() -> new Region(null), () -> Region.of(null));
        sameRejection(
                () -> new ImageDetail(null, "n", null, null, null, null),
                () -> ImageDetail.builder().name("n").build());
        sameRejection(
                () -> new Location(null, null, null, null, null, "partner"),
                () -> Location.builder().type("partner").build());
        sameRejection(() -> new Locations(null), () -> Locations.of((List<Location>) null));
        sameRejection(
                () -> new Locations(Arrays.asList(Location.builder().build(), null)),
                () -> Locations.of(Location.builder().build(), null));
        assertRejects(() -> new Place(null, null, null, null), "Invalid Place", "id or name is required");
    }

    @Test
    void valuesFromTheConstructorEqualValuesFromTheBuilder() {
        assertEqualWithSameHash(
                Place.builder().id("p").name("P").latitude(1.5).build(), new Place("p", "P", 1.5, null));
        assertEqualWithSameHash(Region.of("eu"), new Region("eu"));
        assertEqualWithSameHash(
                IpAddress.builder().ipAddress("10.0.0.1").networkId("n").build(),
                new IpAddress("10.0.0.1", "n", null, null));
        assertEqualWithSameHash(
                ImageDetail.builder().id("ami").type("Linux").version("16.04").build(),
                new ImageDetail("ami", null, "Linux", null, "16.04", null));
        assertEqualWithSameHash(
                Location.builder().city(PARIS).type(Location.CUSTOMER).build(),
                new Location(null, PARIS, null, null, null, "customer"));
        Metadata metadata = Metadata.builder().add("k", 1).build();
        assertEqualWithSameHash(Account.builder().id("a").metadata(metadata).build(), new Account("a", metadata));
        assertNotEquals(new Place("p", null, null, null), new Place("p", "", null, null), "an empty name is set");
        assertNotEquals(new Region("eu"), new Region("us"));
    }

    @Test
    void toBuilderGivesBackAnEqualValue() {
        assertEqualWithSameHash(PARIS, PARIS.toBuilder().build());
        IpAddress address = new IpAddress("::1", "n-1", "net", "loopback");
        assertEqualWithSameHash(address, address.toBuilder().build());
        ImageDetail image = new ImageDetail("ami", "Ubuntu", "Linux", "Ubuntu", "16.04", "x86_64");
        assertEqualWithSameHash(image, image.toBuilder().build());
        Location entry = new Location(PARIS, PARIS, PARIS, PARIS, PARIS, Location.PROVIDER);
        assertEqualWithSameHash(entry, entry.toBuilder().build());
        Account account = new Account("a", Metadata.builder().build());
        assertEqualWithSameHash(account, account.toBuilder().build());
        assertEquals("Paris2", PARIS.toBuilder().name("Paris2").build().name(), "the copy is independent");
        assertEquals("Paris", PARIS.name());
    }

    @Test
    void aGenericResourceMadeFromABaseIsCheckedAndEqualToABuiltOne() {
        GenericResource built = GenericResource.builder()
                .type("dns_zone")
                .id("zone-1")
                .name("example.com")
                .build();
        assertEqualWithSameHash(built, new GenericResource("dns_zone", built.base()));
        assertEqualWithSameHash(built, built.toBuilder().build());
        assertNotEquals(built, new GenericResource("dns_record", built.base()));
        InvalidResourceException noType =
                assertThrows(InvalidResourceException.class, () -> new GenericResource("", built.base()));
        assertEquals(
                assertThrows(
                                InvalidResourceException.class,
                                () -> built.toBuilder().type("").build())
                        .getMessage(),
                noType.getMessage());
        assertRejects(
                () -> new GenericResource(null, null), "base is required, got null", "type is required, got null");
    }

    @Test
    void locationsKeepTheirOwnCopyOfTheEntries() {
        List<Location> given =
                new ArrayList<>(List.of(Location.builder().city(PARIS).build()));
        Locations locations = new Locations(given);
        given.clear();
        assertEquals(1, locations.entries().size());
        assertThrows(
                UnsupportedOperationException.class, () -> locations.entries().add(null));
        assertEqualWithSameHash(Locations.of(Location.builder().city(PARIS).build()), locations);
    }

    @Test
    void jacksonWritesTheWireFormNotTheRecordComponents() throws Exception {
        // A record is written from its components unless a serializer claims it: these must stay the wire JSON.
        assertEquals(
                "{\"name\":\"Paris\"}",
                Wire.MAPPER.writeValueAsString(Place.builder().name("Paris").build()));
        assertEquals(
                "{\"ip_address\":\"10.0.0.1\"}",
                Wire.MAPPER.writeValueAsString(new IpAddress("10.0.0.1", "n", null, null)));
        assertEquals(
                "[{}]",
                Wire.MAPPER.writeValueAsString(Locations.of(Location.builder().build())));
        assertEquals("{}", Wire.MAPPER.writeValueAsString(new Account("", null)));
    }
}

package dev.cmpkit.runtime;

import static dev.cmpkit.runtime.Rejects.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Region, Place, Location and Locations: wire shape, bad input, immutability. */
class LocationsTest {

    private static final Place PARIS = Place.builder().name("Paris").build();

    @Test
    void regionRejectsANullId() {
        assertRejects(() -> Region.of(null), "Region", "id is required, got null");
    }

    @Test
    void regionWithAnEmptyIdIsWrittenAsGiven() throws Exception {
        Region empty = Region.of("");
        assertEquals(Map.of("id", ""), empty.serialize());
        Wire.assertAgree(empty.serialize(), empty);
        GenericResource resource = GenericResource.builder()
                .type("thing")
                .id("r-1")
                .name("")
                .region(empty)
                .build();
        @SuppressWarnings("unchecked")
        Map<String, Object> base = (Map<String, Object>) resource.serialize().get("base");
        assertEquals(List.of(Map.of("id", "")), base.get("regions"));
    }

    @Test
    void regionValueSemantics() {
        assertEquals(Region.of("a"), Region.of("a"));
        assertEquals(Region.of("a").hashCode(), Region.of("a").hashCode());
        assertNotEquals(Region.of("a"), Region.of("b"));
        assertEquals("Region{id=a}", Region.of("a").toString());
    }

    @Test
    void placeNeedsAnIdOrAName() {
        assertRejects(() -> Place.builder().latitude(1.0).build(), "id or name is required", "id=null", "name=null");
        assertEquals(Map.of("id", "x"), Place.builder().id("x").build().serialize());
    }

    @Test
    void anEmptyIdOrNameCountsAsSetAndIsWritten() {
        assertEquals(Map.of("id", ""), Place.builder().id("").build().serialize());
        assertEquals(Map.of("name", ""), Place.builder().name("").build().serialize());
        assertEquals(
                List.of("id", "name"),
                new ArrayList<>(
                        Place.builder().id("").name("").build().serialize().keySet()));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 90.5, -91})
    void placeRejectsBadLatitude(double latitude) {
        assertRejects(
                () -> Place.builder().id("x").latitude(latitude).build(),
                "latitude must be a finite number from -90 to 90",
                "got " + latitude);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, 180.01, -200})
    void placeRejectsBadLongitude(double longitude) {
        assertRejects(
                () -> Place.builder().id("x").longitude(longitude).build(),
                "longitude must be a finite number from -180 to 180",
                "got " + longitude);
    }

    @Test
    void placeWritesOnlySetKeysInFixedOrder() throws Exception {
        Place place = Place.builder()
                .longitude(2.39)
                .latitude(48.86)
                .name("n")
                .id("i")
                .build();
        Wire.assertSameJson(
                Wire.MAPPER.readTree("{\"id\":\"i\",\"name\":\"n\",\"latitude\":48.86,\"longitude\":2.39}"),
                Wire.tree(place.serialize()));
        Wire.assertAgree(place.serialize(), place);
        Place cleared = place.toBuilder().latitude((Double) null).build();
        assertEquals(
                List.of("id", "name", "longitude"),
                new ArrayList<>(cleared.serialize().keySet()));
    }

    @Test
    void locationRejectsAnUnknownType() {
        assertRejects(
                () -> Location.builder().city(PARIS).type("partner").build(),
                "type must be one of [customer, provider], got \"partner\"");
        assertEquals(
                "customer",
                Location.builder().city(PARIS).type(Location.CUSTOMER).build().type());
    }

    @Test
    void aLocationWithoutLevelsIsWrittenWithOnlyWhatWasSet() throws Exception {
        Location bare = Location.builder().build();
        assertEquals(Map.of(), bare.serialize());
        Wire.assertAgree(bare.serialize(), bare);
        assertEquals(
                Map.of("type", "provider"),
                Location.builder().type("provider").build().serialize());
    }

    @Test
    void locationsOfLevelFreeEntriesStillWinOverTheRegion() {
        GenericResource resource = GenericResource.builder()
                .type("thing")
                .id("r-1")
                .name("n")
                .region(Region.of("eu-west-1"))
                .locations(Locations.of(Location.builder().build()))
                .build();
        @SuppressWarnings("unchecked")
        Map<String, Object> base = (Map<String, Object>) resource.serialize().get("base");
        assertEquals(List.of(Map.of()), base.get("locations"));
        assertTrue(!base.containsKey("regions"), () -> "regions written beside locations: " + base);
    }

    @Test
    void locationKeyOrderIsFixed() throws Exception {
        Location entry = Location.builder()
                .type("provider")
                .region(Place.builder().id("r").build())
                .country(Place.builder().id("c").build())
                .location(Place.builder().id("l").build())
                .build();
        assertEquals(
                List.of("location", "country", "region", "type"),
                new ArrayList<>(entry.serialize().keySet()));
        Wire.assertAgree(entry.serialize(), entry);
        assertEquals(entry, entry.toBuilder().build());
        assertEquals(entry.hashCode(), entry.toBuilder().build().hashCode());
        assertNotEquals(entry, entry.toBuilder().type(null).build());
        assertTrue(entry.toString().contains("type=provider"), entry.toString());
    }

    @Test
    void locationsRejectNullListsAndElements() {
        assertRejects(() -> Locations.of((List<Location>) null), "locations is required, got null");
        assertRejects(() -> Locations.of((Location[]) null), "locations is required, got null");
        Location ok = Location.builder().city(PARIS).build();
        assertRejects(() -> Locations.of(ok, null), "locations[1] must not be null");
        assertRejects(() -> Locations.of(Arrays.asList(null, ok)), "locations[0] must not be null");
    }

    @Test
    void locationsCopyTheListPassedIn() {
        Location a = Location.builder().city(PARIS).build();
        Location b =
                Location.builder().country(Place.builder().id("fr").build()).build();
        List<Location> list = new ArrayList<>(List.of(a));
        Location[] array = {a};
        Locations fromList = Locations.of(list);
        Locations fromArray = Locations.of(array);
        list.add(b);
        array[0] = b;
        assertEquals(List.of(a), fromList.entries());
        assertEquals(List.of(a), fromArray.entries());
        assertThrows(
                UnsupportedOperationException.class, () -> fromList.entries().add(b));
        assertEquals(fromList, fromArray);
        assertEquals(fromList.hashCode(), fromArray.hashCode());
        assertTrue(fromList.toString().contains("Paris"));
    }

    @Test
    void locationsStreamLikeTheySerialize() {
        Locations locations = Locations.of(
                Location.builder().city(PARIS).type("customer").build(),
                Location.builder()
                        .location(Place.builder()
                                .id("dc1")
                                .latitude(-33.9)
                                .longitude(151.2)
                                .build())
                        .build());
        Wire.assertAgree(locations.serialize(), locations);
    }
}

package dev.cmpkit.runtime;

import static dev.cmpkit.runtime.Rejects.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The base fields of every resource, through GenericResource and a minimal custom builder. */
class ResourceBuilderTest {

    private static GenericResource.Builder valid() {
        return GenericResource.builder().type("thing").id("id-1").name("name-1");
    }

    @Test
    void rejectsMissingId() {
        assertRejects(() -> valid().id(null).build(), "id is required, got null");
    }

    @Test
    void rejectsEmptyIdAlthoughTheReferenceAcceptedIt() {
        assertRejects(() -> valid().id("").build(), "id must not be empty, got \"\"");
    }

    @Test
    void rejectsMissingNameButAcceptsEmptyName() {
        assertRejects(() -> valid().name(null).build(), "name is required, got null");
        assertEquals("", valid().name("").build().name());
    }

    @Test
    void rejectsMissingOrEmptyType() {
        assertRejects(() -> valid().type(null).build(), "type is required, got null");
        assertRejects(() -> valid().type("").build(), "type must not be empty");
    }

    @Test
    void rejectsUnparseableProviderCreatedAtQuotingIt() {
        assertRejects(() -> valid().providerCreatedAt("yesterday").build(), "providerCreatedAt", "\"yesterday\"");
        assertRejects(
                () -> valid().providerCreatedAt("2020-02-30T00:00:00Z").build(),
                "providerCreatedAt",
                "\"2020-02-30T00:00:00Z\"");
    }

    @Test
    void reportsEveryProblemInOneMessage() {
        IllegalArgumentException e = assertRejects(
                () -> GenericResource.builder().providerCreatedAt("x").build(),
                "id is required",
                "name is required",
                "type is required",
                "providerCreatedAt");
        assertTrue(e.getMessage().startsWith("resource (no id): "), e.getMessage());
    }

    @Test
    void acceptsEveryProviderCreatedAtForm() {
        String expected = "2020-01-02T03:04:05Z";
        Instant instant = Instant.parse(expected);
        assertEquals(
                expected, valid().providerCreatedAt(expected).build().base().providerCreatedAt());
        assertEquals(expected, valid().providerCreatedAt(instant).build().base().providerCreatedAt());
        assertEquals(
                expected,
                valid().providerCreatedAt(instant.atOffset(ZoneOffset.ofHours(5)))
                        .build()
                        .base()
                        .providerCreatedAt());
        assertEquals(
                expected,
                valid().providerCreatedAt(instant.atZone(ZoneId.of("America/New_York")))
                        .build()
                        .base()
                        .providerCreatedAt());
        assertEquals(
                expected,
                valid().providerCreatedAt(LocalDateTime.of(2020, 1, 2, 3, 4, 5))
                        .build()
                        .base()
                        .providerCreatedAt());
        assertNull(valid().providerCreatedAt("").build().base().providerCreatedAt());
        assertNull(
                valid().providerCreatedAt((OffsetDateTime) null).build().base().providerCreatedAt());
        assertNull(
                valid().providerCreatedAt((ZonedDateTime) null).build().base().providerCreatedAt());
    }

    @Test
    void nonEmptyLocationsReplaceRegions() {
        Locations locations = Locations.of(
                Location.builder().city(Place.builder().name("Paris").build()).build());
        Map<String, Object> base =
                base(valid().region(Region.of("r")).locations(locations).build());
        assertEquals(List.of(Map.of("city", Map.of("name", "Paris"))), base.get("locations"));
        assertFalse(base.containsKey("regions"));
    }

    @Test
    void emptyLocationsLeaveTheRegion() {
        Map<String, Object> base =
                base(valid().region(Region.of("r")).locations(Locations.of()).build());
        assertEquals(List.of(Map.of("id", "r")), base.get("regions"));
        assertFalse(base.containsKey("locations"));
    }

    @Test
    void noRegionGivesAnEmptyRegionsList() {
        assertEquals(List.of(), base(valid().build()).get("regions"));
    }

    @Test
    void nativePortalLinkOnlyWhenSet() {
        assertFalse(base(valid().build()).containsKey("native_portal_link"));
        assertEquals(
                "https://x", base(valid().nativePortalLink("https://x").build()).get("native_portal_link"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> base(Resource resource) {
        return (Map<String, Object>) resource.serialize(Wire.CLOCK).get("base");
    }

    @Test
    void serializeWithoutClockStampsTheCurrentUtcTime() {
        Instant before = Instant.now().minusSeconds(1);
        String stamp = (String) base(valid().build()).get("last_seen_at");
        Instant after = Instant.now().plusSeconds(1);
        assertTrue(stamp.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?Z"), stamp);
        String plain = ((Map<?, ?>) valid().build().serialize().get("base"))
                .get("last_seen_at")
                .toString();
        Instant parsed = Instant.parse(plain);
        assertTrue(!parsed.isBefore(before) && !parsed.isAfter(after), plain);
    }

    @Test
    void lastSeenAtComesFromTheClock() {
        Clock clock = Clock.fixed(Instant.parse("2001-02-03T04:05:06Z"), ZoneOffset.UTC);
        assertEquals(
                "2001-02-03T04:05:06Z",
                ((Map<?, ?>) valid().build().serialize(clock).get("base")).get("last_seen_at"));
    }

    @Test
    void toBuilderCopiesEveryBaseField() {
        GenericResource original = valid().providerCreatedAt("2020-01-01T00:00:00.5Z")
                .nativePortalLink("link")
                .region(Region.of("r"))
                .locations(Locations.of(Location.builder()
                        .country(Place.builder().id("fr").build())
                        .build()))
                .connections(Connections.builder().servers("s").build())
                .metadata(Metadata.builder().add("k", "v").build())
                .build();
        GenericResource copy = original.toBuilder().build();
        assertEquals(original, copy);
        assertEquals(original.hashCode(), copy.hashCode());
        assertEquals(original.toString(), copy.toString());
        assertNotEquals(original, copy.toBuilder().name("other").build());
        assertNotEquals(original, copy.toBuilder().type("other").build());
    }

    @Test
    void laterBuilderChangesDoNotTouchABuiltResource() {
        GenericResource.Builder builder = valid();
        GenericResource built = builder.build();
        builder.id("changed").name("changed").region(Region.of("x")).type("changed");
        assertEquals("id-1", built.id());
        assertEquals("name-1", built.name());
        assertEquals("thing", built.type());
        assertNull(built.base().region());
    }

    @Test
    void toStringNamesTheFields() {
        String text = valid().region(Region.of("eu")).build().toString();
        assertTrue(text.contains("id=id-1") && text.contains("name=name-1") && text.contains("eu"), text);
    }

    @Test
    void serializedMapsAreFreshCopies() {
        GenericResource resource =
                valid().metadata(Metadata.builder().add("k", "v").build()).build();
        Map<String, Object> first = resource.serialize(Wire.CLOCK);
        first.put("details", "x");
        ((Map<?, ?>) first.get("metadata")).clear();
        assertEquals(
                resource.serialize(Wire.CLOCK).keySet(),
                new LinkedHashSet<>(List.of("id", "type", "base", "connections", "metadata")));
        assertEquals(
                Map.of("provider_specific", Map.of("k", "v")),
                resource.serialize(Wire.CLOCK).get("metadata"));
    }

    /** A minimal hand-written resource type, the way generated builders use the helpers. */
    static final class Gadget implements Resource {
        static final Set<String> STATES = new LinkedHashSet<>(List.of("on", "off"));
        final ResourceBase base;
        final String state;

        Gadget(ResourceBase base, String state) {
            this.base = base;
            this.state = state;
        }

        @Override
        public String id() {
            return base.id();
        }

        @Override
        public String name() {
            return base.name();
        }

        @Override
        public String type() {
            return "gadget";
        }

        @Override
        public ResourceBase base() {
            return base;
        }

        @Override
        public Map<String, Object> serialize(Clock clock) {
            Map<String, Object> wire = base.serializeHead("gadget", clock);
            wire.put("details", Map.of("gadget", Map.of("state", state)));
            return wire;
        }

        static final class Builder extends ResourceBuilder<Builder> {
            String state = "off";

            Builder state(String state) {
                this.state = state;
                return this;
            }

            Builder from(Gadget gadget) {
                return base(gadget.base).state(gadget.state);
            }

            @Override
            public Gadget build() {
                List<String> problems = new ArrayList<>();
                ResourceBase base = checkedBase(problems);
                checkAllowed(problems, "state", state, STATES);
                if (!problems.isEmpty()) {
                    throw invalid("gadget", problems);
                }
                return new Gadget(base, state);
            }
        }
    }

    @Test
    void subclassHelpersCheckAllowedValuesAndCopyTheBase() throws Exception {
        assertRejects(
                () -> new Gadget.Builder().id("g").name("n").state("broken").build(),
                "gadget \"g\": state must be one of [on, off], got \"broken\"");
        Gadget gadget = new Gadget.Builder()
                .id("g")
                .name("n")
                .state("on")
                .region(Region.of("r"))
                .build();
        Gadget copy = new Gadget.Builder().from(gadget).build();
        assertEquals(gadget.base(), copy.base());
        // The default writeJson of Resource streams serialize(clock): a hand-written type works too.
        Wire.assertAgree(gadget.serialize(Wire.CLOCK), gadget);
    }

    @Test
    void checkedBaseAddsEveryBaseProblemToTheGivenListAndBuildsNothing() {
        List<String> problems = new ArrayList<>(List.of("mine"));
        assertNull(new Probe().providerCreatedAt("soon").checked(problems));
        assertEquals(4, problems.size(), problems::toString);
        assertEquals("mine", problems.get(0));
        assertTrue(problems.get(1).startsWith("id is required"), problems::toString);
        assertTrue(problems.get(2).startsWith("name is required"), problems::toString);
        assertTrue(problems.get(3).startsWith("providerCreatedAt: "), problems::toString);
    }

    @Test
    void checkedBaseConvertsTheTimestampOnceAndKeepsEarlierProblems() {
        List<String> problems = new ArrayList<>(List.of("a problem of the subclass"));
        ResourceBase base = new Probe()
                .id("i")
                .name("n")
                .providerCreatedAt("2024-03-01T09:30:00+01:00")
                .checked(problems);
        assertEquals("2024-03-01T08:30:00Z", base.providerCreatedAt());
        assertEquals(List.of("a problem of the subclass"), problems);
    }

    /** A builder that exposes the base check to the tests. */
    private static final class Probe extends ResourceBuilder<Probe> {
        @Override
        public Resource build() {
            return null;
        }

        ResourceBase checked(List<String> problems) {
            return checkedBase(problems);
        }
    }
}

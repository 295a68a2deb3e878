package dev.cmpkit.runtime;

import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of {@link Locations}: up to five {@link Place} levels and an optional type. Only the
 * levels that were set appear on the wire, in the order {@code location}, {@code city},
 * {@code state}, {@code country}, {@code region}, then {@code type}.
 */
public final class Location implements ShapedValue {

    // Wire keys, prepared once so that sinks copy encoded bytes instead of encoding the key per write.
    private static final JsonName KEY_TYPE = JsonName.of("type");
    private static final JsonName KEY_LOCATION = JsonName.of("location");
    private static final JsonName KEY_CITY = JsonName.of("city");
    private static final JsonName KEY_STATE = JsonName.of("state");
    private static final JsonName KEY_COUNTRY = JsonName.of("country");
    private static final JsonName KEY_REGION = JsonName.of("region");

    /** The type of a location owned by the customer. */
    public static final String CUSTOMER = "customer";

    /** The type of a location owned by the provider. */
    public static final String PROVIDER = "provider";

    private static final Set<String> TYPES = Set.of(CUSTOMER, PROVIDER);

    private final Place location;
    private final Place city;
    private final Place state;
    private final Place country;
    private final Place region;
    private final String type;

    private Location(Builder builder) {
        this.location = builder.location;
        this.city = builder.city;
        this.state = builder.state;
        this.country = builder.country;
        this.region = builder.region;
        this.type = builder.type;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this entry's values. */
    public Builder toBuilder() {
        return new Builder()
                .location(location)
                .city(city)
                .state(state)
                .country(country)
                .region(region)
                .type(type);
    }

    /** The site level, or null. */
    public Place location() {
        return location;
    }

    /** The city level, or null. */
    public Place city() {
        return city;
    }

    /** The state level, or null. */
    public Place state() {
        return state;
    }

    /** The country level, or null. */
    public Place country() {
        return country;
    }

    /** The region level, or null. */
    public Place region() {
        return region;
    }

    /** {@code "customer"}, {@code "provider"} or null. */
    public String type() {
        return type;
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        writePlace(sink, KEY_LOCATION, location, clock);
        writePlace(sink, KEY_CITY, city, clock);
        writePlace(sink, KEY_STATE, state, clock);
        writePlace(sink, KEY_COUNTRY, country, clock);
        writePlace(sink, KEY_REGION, region, clock);
        if (type != null) {
            sink.name(KEY_TYPE);
            sink.string(type);
        }
        sink.endObject();
    }

    private static void writePlace(JsonSink sink, JsonName key, Place place, Clock clock) throws IOException {
        if (place != null) {
            sink.name(key);
            place.writeTo(sink, clock);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Location other
                && Objects.equals(location, other.location)
                && Objects.equals(city, other.city)
                && Objects.equals(state, other.state)
                && Objects.equals(country, other.country)
                && Objects.equals(region, other.region)
                && Objects.equals(type, other.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(location, city, state, country, region, type);
    }

    @Override
    public String toString() {
        return "Location{location=" + location + ", city=" + city + ", state=" + state + ", country=" + country
                + ", region=" + region + ", type=" + type + "}";
    }

    /** Builds a {@link Location}; a null argument means "not set". */
    public static final class Builder {
        private Place location;
        private Place city;
        private Place state;
        private Place country;
        private Place region;
        private String type;

        private Builder() {}

        /** Sets the site level. */
        public Builder location(Place location) {
            this.location = location;
            return this;
        }

        /** Sets the city level. */
        public Builder city(Place city) {
            this.city = city;
            return this;
        }

        /** Sets the state level. */
        public Builder state(Place state) {
            this.state = state;
            return this;
        }

        /** Sets the country level. */
        public Builder country(Place country) {
            this.country = country;
            return this;
        }

        /** Sets the region level. */
        public Builder region(Place region) {
            this.region = region;
            return this;
        }

        /** Sets the type: {@code "customer"} or {@code "provider"}. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * Builds the entry.
         *
         * @return the entry
         * @throws IllegalArgumentException when the type is neither {@code "customer"} nor
         *     {@code "provider"}; an entry without levels is valid and written as {@code {}}
         */
        public Location build() {
            List<String> problems = new ArrayList<>(2);
            if (type != null && !TYPES.contains(type)) {
                problems.add("type must be one of [customer, provider], got " + Checks.quote(type));
            }
            Checks.throwIfAny("Location", problems);
            return new Location(this);
        }
    }
}

package dev.cmpkit.runtime;

import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * One entry of {@link Locations}: up to five {@link Place} levels and an optional type. Only the
 * levels that were set appear on the wire, in the order {@code location}, {@code city},
 * {@code state}, {@code country}, {@code region}, then {@code type}.
 *
 * @param location the site level, or null
 * @param city the city level, or null
 * @param state the state level, or null
 * @param country the country level, or null
 * @param region the region level, or null
 * @param type {@link #CUSTOMER}, {@link #PROVIDER} or null
 */
public record Location(Place location, Place city, Place state, Place country, Place region, String type)
        implements ShapedValue {

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

    /**
     * Checks the entry.
     *
     * @throws IllegalArgumentException when the type is neither {@code "customer"} nor
     *     {@code "provider"}; an entry without levels is valid and written as {@code {}}
     */
    public Location {
        if (type != null && !TYPES.contains(type)) {
            throw Checks.invalid(
                    "Location", List.of("type must be one of [customer, provider], got " + Checks.quote(type)));
        }
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
            return new Location(location, city, state, country, region, type);
        }
    }
}

package dev.cmpkit.runtime;

import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One level of a {@link Location} (a site, city, state, country or region): an id and/or a name,
 * with optional coordinates. Only the keys that were set appear on the wire, in the order
 * {@code id}, {@code name}, {@code latitude}, {@code longitude}.
 */
public final class Place implements ShapedValue {

    // Wire keys, prepared once so that sinks copy encoded bytes instead of encoding the key per write.
    private static final JsonName KEY_ID = JsonName.of("id");
    private static final JsonName KEY_NAME = JsonName.of("name");
    private static final JsonName KEY_LATITUDE = JsonName.of("latitude");
    private static final JsonName KEY_LONGITUDE = JsonName.of("longitude");

    private final String id;
    private final String name;
    private final Double latitude;
    private final Double longitude;

    private Place(Builder builder) {
        this.id = builder.id;
        this.name = builder.name;
        this.latitude = builder.latitude;
        this.longitude = builder.longitude;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this place's values. */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).latitude(latitude).longitude(longitude);
    }

    /** The id, or null. */
    public String id() {
        return id;
    }

    /** The name, or null. */
    public String name() {
        return name;
    }

    /** The latitude in degrees, or null. */
    public Double latitude() {
        return latitude;
    }

    /** The longitude in degrees, or null. */
    public Double longitude() {
        return longitude;
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        if (id != null) {
            sink.name(KEY_ID);
            sink.string(id);
        }
        if (name != null) {
            sink.name(KEY_NAME);
            sink.string(name);
        }
        if (latitude != null) {
            sink.name(KEY_LATITUDE);
            sink.number(latitude.doubleValue());
        }
        if (longitude != null) {
            sink.name(KEY_LONGITUDE);
            sink.number(longitude.doubleValue());
        }
        sink.endObject();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Place other
                && Objects.equals(id, other.id)
                && Objects.equals(name, other.name)
                && Objects.equals(latitude, other.latitude)
                && Objects.equals(longitude, other.longitude);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, latitude, longitude);
    }

    @Override
    public String toString() {
        return "Place{id=" + id + ", name=" + name + ", latitude=" + latitude + ", longitude=" + longitude + "}";
    }

    /** Builds a {@link Place}; a null argument means "not set". */
    public static final class Builder {
        private String id;
        private String name;
        private Double latitude;
        private Double longitude;

        private Builder() {}

        /** Sets the id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the latitude in degrees, -90 to 90. */
        public Builder latitude(double latitude) {
            this.latitude = latitude;
            return this;
        }

        /** Sets the latitude in degrees, -90 to 90, or clears it with null. */
        public Builder latitude(Double latitude) {
            this.latitude = latitude;
            return this;
        }

        /** Sets the longitude in degrees, -180 to 180. */
        public Builder longitude(double longitude) {
            this.longitude = longitude;
            return this;
        }

        /** Sets the longitude in degrees, -180 to 180, or clears it with null. */
        public Builder longitude(Double longitude) {
            this.longitude = longitude;
            return this;
        }

        /**
         * Builds the place.
         *
         * @return the place
         * @throws IllegalArgumentException when neither id nor name is set (an empty string counts
         *     as set), or a coordinate is not finite or out of range
         */
        public Place build() {
            List<String> problems = new ArrayList<>(2);
            if (id == null && name == null) {
                problems.add("id or name is required, got id=" + Checks.quote(id) + " and name=" + Checks.quote(name));
            }
            checkCoordinate(problems, "latitude", latitude, 90);
            checkCoordinate(problems, "longitude", longitude, 180);
            Checks.throwIfAny("Place", problems);
            return new Place(this);
        }

        private static void checkCoordinate(List<String> problems, String field, Double value, int limit) {
            if (value != null && !(value >= -limit && value <= limit)) {
                problems.add(field + " must be a finite number from -" + limit + " to " + limit + ", got " + value);
            }
        }
    }
}

package dev.cmpkit.runtime;

import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One level of a {@link Location} (a site, city, state, country or region): an id and/or a name,
 * with optional coordinates. Only the keys that were set appear on the wire, in the order
 * {@code id}, {@code name}, {@code latitude}, {@code longitude}.
 *
 * @param id the id, or null
 * @param name the name, or null
 * @param latitude the latitude in degrees, -90 to 90, or null
 * @param longitude the longitude in degrees, -180 to 180, or null
 */
public record Place(String id, String name, Double latitude, Double longitude) implements ShapedValue {

    // Wire keys, prepared once so that sinks copy encoded bytes instead of encoding the key per write.
    private static final JsonName KEY_ID = JsonName.of("id");
    private static final JsonName KEY_NAME = JsonName.of("name");
    private static final JsonName KEY_LATITUDE = JsonName.of("latitude");
    private static final JsonName KEY_LONGITUDE = JsonName.of("longitude");

    /**
     * Checks the place.
     *
     * @throws IllegalArgumentException when neither id nor name is set (an empty string counts
     *     as set), or a coordinate is not finite or out of range
     */
    public Place {
        List<String> problems = new ArrayList<>(2);
        if (id == null && name == null) {
            problems.add("id or name is required, got id=" + Checks.quote(id) + " and name=" + Checks.quote(name));
        }
        checkCoordinate(problems, "latitude", latitude, 90);
        checkCoordinate(problems, "longitude", longitude, 180);
        Checks.throwIfAny("Place", problems);
    }

    private static void checkCoordinate(List<String> problems, String field, Double value, int limit) {
        if (value != null && !(value >= -limit && value <= limit)) {
            problems.add(field + " must be a finite number from -" + limit + " to " + limit + ", got " + value);
        }
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this place's values. */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).latitude(latitude).longitude(longitude);
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
            return new Place(id, name, latitude, longitude);
        }
    }
}

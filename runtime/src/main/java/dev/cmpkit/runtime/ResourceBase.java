package dev.cmpkit.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable base fields shared by every resource, and the writer of the common head of its
 * wire object: {@code id}, {@code type}, {@code base}, {@code connections}, {@code metadata}.
 * Instances come from {@link ResourceBuilder}.
 */
public final class ResourceBase {

    // Wire keys with their quoted UTF-8 form cached, so the generator copies bytes instead of
    // encoding the key on every write.
    private static final SerializedString KEY_ID = new SerializedString("id");
    private static final SerializedString KEY_TYPE = new SerializedString("type");
    private static final SerializedString KEY_NAME = new SerializedString("name");
    private static final SerializedString KEY_NATIVE_PORTAL_LINK = new SerializedString("native_portal_link");
    private static final SerializedString KEY_PROVIDER_CREATED_AT = new SerializedString("provider_created_at");
    private static final SerializedString KEY_LAST_SEEN_AT = new SerializedString("last_seen_at");
    private static final SerializedString KEY_LOCATIONS = new SerializedString("locations");
    private static final SerializedString KEY_CONNECTIONS = new SerializedString("connections");
    private static final SerializedString KEY_METADATA = new SerializedString("metadata");
    private static final SerializedString KEY_BASE = new SerializedString("base");
    private static final SerializedString KEY_REGIONS = new SerializedString("regions");

    private final String id;
    private final String name;
    private final String providerCreatedAt;
    private final String nativePortalLink;
    private final Region region;
    private final Locations locations;
    private final Connections connections;
    private final Metadata metadata;

    ResourceBase(String id, String name, String providerCreatedAt, String nativePortalLink,
            Region region, Locations locations, Connections connections, Metadata metadata) {
        this.id = id;
        this.name = name;
        this.providerCreatedAt = providerCreatedAt;
        this.nativePortalLink = nativePortalLink;
        this.region = region;
        this.locations = locations;
        this.connections = connections == null ? Connections.none() : connections;
        this.metadata = metadata == null ? Metadata.none() : metadata;
    }

    /** The resource id, never null or empty. */
    public String id() {
        return id;
    }

    /** The resource name, never null, possibly empty. */
    public String name() {
        return name;
    }

    /** When the provider created the resource, in the RFC 3339 wire form, or null. */
    public String providerCreatedAt() {
        return providerCreatedAt;
    }

    /** The link to the resource in the provider's portal, or null. */
    public String nativePortalLink() {
        return nativePortalLink;
    }

    /** The region, or null. */
    public Region region() {
        return region;
    }

    /** The locations, or null. */
    public Locations locations() {
        return locations;
    }

    /** The connections, never null. */
    public Connections connections() {
        return connections;
    }

    /** The metadata, never null. */
    public Metadata metadata() {
        return metadata;
    }

    private boolean hasLocations() {
        return locations != null && !locations.isEmpty();
    }

    /**
     * Returns the common head of the wire object, to which a resource adds {@code details}.
     *
     * @param type the resource type
     * @param clock gives {@code last_seen_at}
     * @return a fresh, mutable, insertion-ordered map
     * @throws IllegalArgumentException when the clock is null
     */
    public Map<String, Object> serializeHead(String type, Clock clock) {
        requireClock(clock);
        Map<String, Object> base = new LinkedHashMap<>(8);
        base.put("name", name);
        base.put("provider_created_at", providerCreatedAt);
        base.put("last_seen_at", Rfc3339.format(clock.instant()));
        if (nativePortalLink != null) {
            base.put("native_portal_link", nativePortalLink);
        }
        if (hasLocations()) {
            base.put("locations", locations.serialize());
        } else {
            List<Object> regions = new ArrayList<>(1);
            if (region != null) {
                regions.add(region.serialize());
            }
            base.put("regions", regions);
        }
        Map<String, Object> wire = new LinkedHashMap<>(8);
        wire.put("id", id);
        wire.put("type", type);
        wire.put("base", base);
        wire.put("connections", connections.serialize());
        wire.put("metadata", metadata.serialize());
        return wire;
    }

    /**
     * Streams the common head of the wire object into an object the caller has opened and will
     * close (after writing {@code details}, if any).
     *
     * @param gen the generator, inside an open object
     * @param type the resource type
     * @param clock gives {@code last_seen_at}
     * @throws IOException when the generator fails
     */
    public void writeHead(JsonGenerator gen, String type, Clock clock) throws IOException {
        requireClock(clock);
        gen.writeFieldName(KEY_ID);
        gen.writeString(id);
        gen.writeFieldName(KEY_TYPE);
        gen.writeString(type);
        gen.writeFieldName(KEY_BASE);
        gen.writeStartObject();
        gen.writeFieldName(KEY_NAME);
        gen.writeString(name);
        gen.writeFieldName(KEY_PROVIDER_CREATED_AT);
        if (providerCreatedAt == null) {
            gen.writeNull();
        } else {
            gen.writeString(providerCreatedAt);
        }
        gen.writeFieldName(KEY_LAST_SEEN_AT);
        char[] timestamp = new char[Rfc3339.MAX_FORMATTED_LENGTH];
        gen.writeString(timestamp, 0, Rfc3339.formatTo(clock.instant(), timestamp));
        if (nativePortalLink != null) {
            gen.writeFieldName(KEY_NATIVE_PORTAL_LINK);
            gen.writeString(nativePortalLink);
        }
        if (hasLocations()) {
            gen.writeFieldName(KEY_LOCATIONS);
            locations.writeJson(gen, clock);
        } else {
            gen.writeFieldName(KEY_REGIONS);
            gen.writeStartArray();
            if (region != null) {
                region.writeJson(gen, clock);
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
        gen.writeFieldName(KEY_CONNECTIONS);
        connections.writeJson(gen, clock);
        gen.writeFieldName(KEY_METADATA);
        metadata.writeJson(gen, clock);
    }

    private static void requireClock(Clock clock) {
        if (clock == null) {
            throw new IllegalArgumentException("clock is required to stamp last_seen_at, got null;"
                    + " use serialize() for the UTC system clock");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceBase other && id.equals(other.id) && name.equals(other.name)
                && Objects.equals(providerCreatedAt, other.providerCreatedAt)
                && Objects.equals(nativePortalLink, other.nativePortalLink)
                && Objects.equals(region, other.region) && Objects.equals(locations, other.locations)
                && connections.equals(other.connections) && metadata.equals(other.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, providerCreatedAt, nativePortalLink, region, locations,
                connections, metadata);
    }

    @Override
    public String toString() {
        return "id=" + id + ", name=" + name + ", providerCreatedAt=" + providerCreatedAt
                + ", nativePortalLink=" + nativePortalLink + ", region=" + region
                + ", locations=" + locations + ", connections=" + connections
                + ", metadata=" + metadata;
    }
}

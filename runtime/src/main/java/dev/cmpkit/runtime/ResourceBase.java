package dev.cmpkit.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmpkit.runtime.json.GeneratorSink;
import dev.cmpkit.runtime.json.JsonByteWriter;
import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import dev.cmpkit.runtime.json.MapSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable base fields shared by every resource, and the writer of the common head of its
 * wire object: {@code id}, {@code type}, {@code base}, {@code connections}, {@code metadata}.
 * Instances come from {@link ResourceBuilder}.
 */
public final class ResourceBase {

    // Wire keys, prepared once so that sinks copy encoded bytes instead of encoding the key per write.
    private static final JsonName KEY_ID = JsonName.of("id");
    private static final JsonName KEY_TYPE = JsonName.of("type");
    private static final JsonName KEY_NAME = JsonName.of("name");
    private static final JsonName KEY_NATIVE_PORTAL_LINK = JsonName.of("native_portal_link");
    private static final JsonName KEY_PROVIDER_CREATED_AT = JsonName.of("provider_created_at");
    private static final JsonName KEY_LAST_SEEN_AT = JsonName.of("last_seen_at");
    private static final JsonName KEY_LOCATIONS = JsonName.of("locations");
    private static final JsonName KEY_CONNECTIONS = JsonName.of("connections");
    private static final JsonName KEY_METADATA = JsonName.of("metadata");
    private static final JsonName KEY_BASE = JsonName.of("base");
    private static final JsonName KEY_REGIONS = JsonName.of("regions");

    // The same head as constant runs, for cmpkit's byte writer: each ends where a value starts.
    private static final byte[] RUN_ID = ascii("\"id\":");
    private static final byte[] RUN_PROVIDER_CREATED_AT = ascii(",\"provider_created_at\":");
    private static final byte[] RUN_LAST_SEEN_AT = ascii(",\"last_seen_at\":");
    private static final byte[] RUN_NATIVE_PORTAL_LINK = ascii(",\"native_portal_link\":");
    private static final byte[] RUN_LOCATIONS = ascii(",\"locations\":");
    private static final byte[] RUN_REGIONS = ascii(",\"regions\":[");
    private static final byte[] RUN_END_ARRAY = ascii("]");
    private static final byte[] RUN_CONNECTIONS = ascii("},\"connections\":");
    private static final byte[] RUN_METADATA = ascii(",\"metadata\":");

    private final String id;
    private final String name;
    private final String providerCreatedAt;
    private final String nativePortalLink;
    private final Region region;
    private final Locations locations;
    private final Connections connections;
    private final Metadata metadata;
    /** The {@code last_seen_at} of a resource read from JSON; null for one built in this process. */
    private final String lastSeenAt;

    ResourceBase(
            String id,
            String name,
            String providerCreatedAt,
            String nativePortalLink,
            Region region,
            Locations locations,
            Connections connections,
            Metadata metadata,
            String lastSeenAt) {
        this.id = id;
        this.name = name;
        this.providerCreatedAt = providerCreatedAt;
        this.nativePortalLink = nativePortalLink;
        this.region = region;
        this.locations = locations;
        this.connections = connections == null ? Connections.none() : connections;
        this.metadata = metadata == null ? Metadata.none() : metadata;
        this.lastSeenAt = lastSeenAt;
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

    /**
     * When the resource was last seen, as read from its JSON ({@code base.last_seen_at}); null for a
     * resource built in this process. Writing always stamps the time of writing instead, and this
     * value takes no part in {@code equals}: it records an observation, not the resource.
     */
    public String lastSeenAt() {
        return lastSeenAt;
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
        Map<String, Object> wire = new LinkedHashMap<>(8);
        MapSink.into(wire, sink -> writeHead(sink, type, clock));
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
        writeHead(new GeneratorSink(gen), type, clock);
    }

    /**
     * Writes the common head of the wire object into an object the caller has opened and will
     * close (after writing {@code details}, if any): {@code id}, {@code type}, {@code base},
     * {@code connections}, {@code metadata}. Non-empty locations replace {@code regions}.
     *
     * @param sink the sink, inside an open object
     * @param type the resource type
     * @param clock gives {@code last_seen_at}
     * @throws IOException when the sink fails
     */
    public void writeHead(JsonSink sink, String type, Clock clock) throws IOException {
        requireClock(clock);
        sink.name(KEY_ID);
        sink.string(id);
        sink.name(KEY_TYPE);
        sink.string(type);
        sink.name(KEY_BASE);
        sink.beginObject();
        sink.name(KEY_NAME);
        sink.string(name);
        sink.name(KEY_PROVIDER_CREATED_AT);
        sink.string(providerCreatedAt);
        sink.name(KEY_LAST_SEEN_AT);
        char[] timestamp = sink.charBuffer(Rfc3339.MAX_FORMATTED_LENGTH);
        sink.string(timestamp, 0, Rfc3339.formatTo(clock.instant(), timestamp));
        if (nativePortalLink != null) {
            sink.name(KEY_NATIVE_PORTAL_LINK);
            sink.string(nativePortalLink);
        }
        if (hasLocations()) {
            sink.name(KEY_LOCATIONS);
            locations.writeTo(sink, clock);
        } else {
            sink.name(KEY_REGIONS);
            sink.beginArray();
            if (region != null) {
                region.writeTo(sink, clock);
            }
            sink.endArray();
        }
        sink.endObject();
        sink.name(KEY_CONNECTIONS);
        connections.writeTo(sink, clock);
        sink.name(KEY_METADATA);
        metadata.writeTo(sink, clock);
    }

    /**
     * Writes the common head as {@link #writeHead(JsonSink, String, Clock)} does, byte for byte,
     * with every fixed stretch between two values copied as one pre-encoded run: the type, known
     * per resource class, travels inside the run that follows the id.
     *
     * @param out the writer, inside an open object
     * @param type the resource type
     * @param clock gives {@code last_seen_at}
     * @throws IOException when the writer's stream fails
     */
    public void writeHead(JsonByteWriter out, String type, Clock clock) throws IOException {
        requireClock(clock);
        out.run(RUN_ID);
        out.string(id);
        out.run(HeadRuns.typeThroughName(type));
        out.string(name);
        out.run(RUN_PROVIDER_CREATED_AT);
        out.string(providerCreatedAt);
        out.run(RUN_LAST_SEEN_AT);
        char[] timestamp = out.charBuffer(Rfc3339.MAX_FORMATTED_LENGTH);
        out.string(timestamp, 0, Rfc3339.formatTo(clock.instant(), timestamp));
        if (nativePortalLink != null) {
            out.run(RUN_NATIVE_PORTAL_LINK);
            out.string(nativePortalLink);
        }
        if (hasLocations()) {
            out.run(RUN_LOCATIONS);
            locations.writeBytes(out, clock);
        } else {
            out.run(RUN_REGIONS);
            if (region != null) {
                region.writeBytes(out, clock);
            }
            out.endRun(RUN_END_ARRAY);
        }
        out.run(RUN_CONNECTIONS);
        connections.writeBytes(out, clock);
        out.run(RUN_METADATA);
        metadata.writeBytes(out, clock);
    }

    private static void requireClock(Clock clock) {
        if (clock == null) {
            throw new IllegalArgumentException(
                    "clock is required to stamp last_seen_at, got null;" + " use serialize() for the UTC system clock");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceBase other
                && id.equals(other.id)
                && name.equals(other.name)
                && Objects.equals(providerCreatedAt, other.providerCreatedAt)
                && Objects.equals(nativePortalLink, other.nativePortalLink)
                && Objects.equals(region, other.region)
                && Objects.equals(locations, other.locations)
                && connections.equals(other.connections)
                && metadata.equals(other.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, providerCreatedAt, nativePortalLink, region, locations, connections, metadata);
    }

    @Override
    public String toString() {
        return "id=" + id + ", name=" + name + ", providerCreatedAt=" + providerCreatedAt
                + ", nativePortalLink=" + nativePortalLink + ", region=" + region
                + ", locations=" + locations + ", connections=" + connections
                + ", metadata=" + metadata;
    }

    private static byte[] ascii(String json) {
        return json.getBytes(StandardCharsets.US_ASCII);
    }
}

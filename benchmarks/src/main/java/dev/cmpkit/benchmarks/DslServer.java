package dev.cmpkit.benchmarks;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.dslplatform.json.JsonAttribute.IncludePolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DSL-JSON peer: the CMP server wire shape as {@code @CompiledJson} classes, for which the
 * DSL-JSON annotation processor (inside the dsl-json jar) writes converters at compile time.
 * {@link DslJsonSupport} runs DSL-JSON with {@code skipDefaultValues}, so a field is omitted when
 * null unless it is marked {@link IncludePolicy#ALWAYS}; {@code index} fixes the key order, which
 * DSL-JSON otherwise chooses itself.
 */
@CompiledJson
public final class DslServer {
    @JsonAttribute(name = "id", index = 1, includeToMinimal = IncludePolicy.ALWAYS)
    public String id;

    @JsonAttribute(name = "type", index = 2, includeToMinimal = IncludePolicy.ALWAYS)
    public String type = "server";

    @JsonAttribute(name = "base", index = 3, includeToMinimal = IncludePolicy.ALWAYS)
    public Base base = new Base();

    @JsonAttribute(name = "connections", index = 4, includeToMinimal = IncludePolicy.ALWAYS)
    public Map<String, List<IdRef>> connections = new LinkedHashMap<>();

    @JsonAttribute(name = "metadata", index = 5, includeToMinimal = IncludePolicy.ALWAYS)
    public Map<String, Map<String, Object>> metadata = new LinkedHashMap<>();

    @JsonAttribute(name = "details", index = 6, includeToMinimal = IncludePolicy.ALWAYS)
    public Details details = new Details();

    /** The {@code base} object. */
    @CompiledJson
    public static final class Base {
        @JsonAttribute(name = "name", index = 1, includeToMinimal = IncludePolicy.ALWAYS)
        public String name;

        @JsonAttribute(name = "provider_created_at", index = 2, includeToMinimal = IncludePolicy.ALWAYS)
        public String providerCreatedAt;

        @JsonAttribute(name = "last_seen_at", index = 3, includeToMinimal = IncludePolicy.ALWAYS)
        public String lastSeenAt;

        @JsonAttribute(name = "native_portal_link", index = 4)
        public String nativePortalLink;

        @JsonAttribute(name = "locations", index = 5)
        public List<LocationEntry> locations;

        @JsonAttribute(name = "regions", index = 6)
        public List<IdRef> regions;
    }

    /** A {@code {"id": ...}} reference. */
    @CompiledJson
    public static final class IdRef {
        @JsonAttribute(name = "id", index = 1, includeToMinimal = IncludePolicy.ALWAYS)
        public String id;

        public IdRef() {}

        IdRef(String id) {
            this.id = id;
        }
    }

    /** One entry of {@code locations}; unset keys are omitted. */
    @CompiledJson
    public static final class LocationEntry {
        @JsonAttribute(name = "location", index = 1)
        public PlaceEntry location;

        @JsonAttribute(name = "city", index = 2)
        public PlaceEntry city;

        @JsonAttribute(name = "state", index = 3)
        public PlaceEntry state;

        @JsonAttribute(name = "country", index = 4)
        public PlaceEntry country;

        @JsonAttribute(name = "region", index = 5)
        public PlaceEntry region;

        @JsonAttribute(name = "type", index = 6)
        public String type;
    }

    /** A place; unset keys are omitted. */
    @CompiledJson
    public static final class PlaceEntry {
        @JsonAttribute(name = "id", index = 1)
        public String id;

        @JsonAttribute(name = "name", index = 2)
        public String name;

        @JsonAttribute(name = "latitude", index = 3)
        public Double latitude;

        @JsonAttribute(name = "longitude", index = 4)
        public Double longitude;
    }

    /** The {@code details} wrapper. */
    @CompiledJson
    public static final class Details {
        @JsonAttribute(name = "server", index = 1, includeToMinimal = IncludePolicy.ALWAYS)
        public ServerDetails server = new ServerDetails();
    }

    /** The server details. */
    @CompiledJson
    public static final class ServerDetails {
        @JsonAttribute(name = "cpu_cores", index = 1, includeToMinimal = IncludePolicy.ALWAYS)
        public Long cpuCores;

        @JsonAttribute(name = "cpu_hz", index = 2, includeToMinimal = IncludePolicy.ALWAYS)
        public Long cpuHz;

        @JsonAttribute(name = "ram_b", index = 3, includeToMinimal = IncludePolicy.ALWAYS)
        public Long ramB;

        @JsonAttribute(name = "volumes_b", index = 4, includeToMinimal = IncludePolicy.ALWAYS)
        public Long volumesB;

        @JsonAttribute(name = "instance_type", index = 5, includeToMinimal = IncludePolicy.ALWAYS)
        public String instanceType;

        @JsonAttribute(name = "state", index = 6, includeToMinimal = IncludePolicy.ALWAYS)
        public String state = "unknown";

        @JsonAttribute(name = "provider_state", index = 7, includeToMinimal = IncludePolicy.ALWAYS)
        public String providerState = "unknown";

        @JsonAttribute(name = "ip_addresses", index = 8, includeToMinimal = IncludePolicy.ALWAYS)
        public List<Ip> ipAddresses = new ArrayList<>();

        @JsonAttribute(name = "image_detail", index = 9, includeToMinimal = IncludePolicy.ALWAYS)
        public Image imageDetail;

        @JsonAttribute(name = "is_virtual", index = 10)
        public Boolean isVirtual;
    }

    /** An IP address; unset keys are omitted. */
    @CompiledJson
    public static final class Ip {
        @JsonAttribute(name = "ip_address", index = 1)
        public String ipAddress;

        @JsonAttribute(name = "network", index = 2)
        public Network network;

        @JsonAttribute(name = "description", index = 3)
        public String description;
    }

    /** The network of an IP address. */
    @CompiledJson
    public static final class Network {
        @JsonAttribute(name = "id", index = 1, includeToMinimal = IncludePolicy.ALWAYS)
        public String id;

        @JsonAttribute(name = "name", index = 2, includeToMinimal = IncludePolicy.ALWAYS)
        public String name;
    }

    /** An image detail: always all six keys. */
    @CompiledJson
    public static final class Image {
        @JsonAttribute(name = "id", index = 1, includeToMinimal = IncludePolicy.ALWAYS)
        public String id;

        @JsonAttribute(name = "name", index = 2, includeToMinimal = IncludePolicy.ALWAYS)
        public String name;

        @JsonAttribute(name = "architecture", index = 3, includeToMinimal = IncludePolicy.ALWAYS)
        public String architecture;

        @JsonAttribute(name = "distribution", index = 4, includeToMinimal = IncludePolicy.ALWAYS)
        public String distribution;

        @JsonAttribute(name = "type", index = 5, includeToMinimal = IncludePolicy.ALWAYS)
        public String type;

        @JsonAttribute(name = "version", index = 6, includeToMinimal = IncludePolicy.ALWAYS)
        public String version;
    }

    /**
     * Copies the Jackson POJO (itself a field-by-field copy of a cmpkit server).
     *
     * @param source the POJO
     * @return the DSL-JSON object, with {@code last_seen_at} still to be stamped
     */
    static DslServer from(JacksonServer source) {
        DslServer copy = new DslServer();
        copy.id = source.id;
        copy.base.name = source.base.name;
        copy.base.providerCreatedAt = source.base.providerCreatedAt;
        copy.base.nativePortalLink = source.base.nativePortalLink;
        if (source.base.locations != null) {
            copy.base.locations = new ArrayList<>();
            for (JacksonServer.LocationEntry entry : source.base.locations) {
                LocationEntry location = new LocationEntry();
                location.location = place(entry.location);
                location.city = place(entry.city);
                location.state = place(entry.state);
                location.country = place(entry.country);
                location.region = place(entry.region);
                location.type = entry.type;
                copy.base.locations.add(location);
            }
        }
        if (source.base.regions != null) {
            copy.base.regions = new ArrayList<>();
            source.base.regions.forEach(ref -> copy.base.regions.add(new IdRef(ref.id)));
        }
        source.connections.forEach((type, refs) -> {
            List<IdRef> list = new ArrayList<>();
            refs.forEach(ref -> list.add(new IdRef(ref.id)));
            copy.connections.put(type, list);
        });
        source.metadata.forEach((namespace, values) -> copy.metadata.put(namespace, new LinkedHashMap<>(values)));
        JacksonServer.ServerDetails from = source.details.server;
        ServerDetails to = copy.details.server;
        to.cpuCores = from.cpuCores;
        to.cpuHz = from.cpuHz;
        to.ramB = from.ramB;
        to.volumesB = from.volumesB;
        to.instanceType = from.instanceType;
        to.state = from.state;
        to.providerState = from.providerState;
        for (JacksonServer.Ip ip : from.ipAddresses) {
            Ip address = new Ip();
            address.ipAddress = ip.ipAddress;
            if (ip.network != null) {
                address.network = new Network();
                address.network.id = ip.network.id;
                address.network.name = ip.network.name;
            }
            address.description = ip.description;
            to.ipAddresses.add(address);
        }
        if (from.imageDetail != null) {
            to.imageDetail = new Image();
            to.imageDetail.id = from.imageDetail.id;
            to.imageDetail.name = from.imageDetail.name;
            to.imageDetail.architecture = from.imageDetail.architecture;
            to.imageDetail.distribution = from.imageDetail.distribution;
            to.imageDetail.type = from.imageDetail.type;
            to.imageDetail.version = from.imageDetail.version;
        }
        to.isVirtual = from.isVirtual;
        return copy;
    }

    private static PlaceEntry place(JacksonServer.PlaceEntry place) {
        if (place == null) {
            return null;
        }
        PlaceEntry copy = new PlaceEntry();
        copy.id = place.id;
        copy.name = place.name;
        copy.latitude = place.latitude;
        copy.longitude = place.longitude;
        return copy;
    }
}

package dev.cmpkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cmpkit.resources.Server;
import dev.cmpkit.runtime.ImageDetail;
import dev.cmpkit.runtime.IpAddress;
import dev.cmpkit.runtime.Location;
import dev.cmpkit.runtime.Place;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Jackson databind peer: a plain mutable POJO with the CMP server wire shape spelled out in
 * {@code @JsonProperty}, {@code @JsonInclude} and {@code @JsonPropertyOrder}, as a connector
 * author would write it without cmpkit. The hand-written {@code JsonGenerator} peer writes the
 * same object.
 */
@JsonPropertyOrder({"id", "type", "base", "connections", "metadata", "details"})
public final class JacksonServer {
    @JsonProperty("id")
    public String id;

    @JsonProperty("type")
    public String type = "server";

    @JsonProperty("base")
    public Base base = new Base();

    @JsonProperty("connections")
    public Map<String, List<IdRef>> connections = new LinkedHashMap<>();

    @JsonProperty("metadata")
    public Map<String, Map<String, Object>> metadata = new LinkedHashMap<>();

    @JsonProperty("details")
    public Details details = new Details();

    /** The {@code base} object. */
    @JsonPropertyOrder({"name", "provider_created_at", "last_seen_at", "native_portal_link", "locations", "regions"})
    public static final class Base {
        @JsonProperty("name")
        public String name;

        @JsonProperty("provider_created_at")
        public String providerCreatedAt;
        /** Stamped by the caller before each write, like cmpkit stamps it from its clock. */
        @JsonProperty("last_seen_at")
        public String lastSeenAt;

        @JsonProperty("native_portal_link")
        @JsonInclude(Include.NON_NULL)
        public String nativePortalLink;

        @JsonProperty("locations")
        @JsonInclude(Include.NON_NULL)
        public List<LocationEntry> locations;

        @JsonProperty("regions")
        @JsonInclude(Include.NON_NULL)
        public List<IdRef> regions;
    }

    /** A {@code {"id": ...}} reference (regions, connections). */
    public static final class IdRef {
        @JsonProperty("id")
        public String id;

        IdRef() {}

        IdRef(String id) {
            this.id = id;
        }
    }

    /** One entry of {@code locations}. */
    @JsonPropertyOrder({"location", "city", "state", "country", "region", "type"})
    @JsonInclude(Include.NON_NULL)
    public static final class LocationEntry {
        @JsonProperty("location")
        public PlaceEntry location;

        @JsonProperty("city")
        public PlaceEntry city;

        @JsonProperty("state")
        public PlaceEntry state;

        @JsonProperty("country")
        public PlaceEntry country;

        @JsonProperty("region")
        public PlaceEntry region;

        @JsonProperty("type")
        public String type;
    }

    /** A place of a location entry. */
    @JsonPropertyOrder({"id", "name", "latitude", "longitude"})
    @JsonInclude(Include.NON_NULL)
    public static final class PlaceEntry {
        @JsonProperty("id")
        public String id;

        @JsonProperty("name")
        public String name;

        @JsonProperty("latitude")
        public Double latitude;

        @JsonProperty("longitude")
        public Double longitude;
    }

    /** The {@code details} wrapper: {@code {"server": {...}}}. */
    public static final class Details {
        @JsonProperty("server")
        public ServerDetails server = new ServerDetails();
    }

    /** The server details. */
    @JsonPropertyOrder({
        "cpu_cores",
        "cpu_hz",
        "ram_b",
        "volumes_b",
        "instance_type",
        "state",
        "provider_state",
        "ip_addresses",
        "image_detail",
        "is_virtual"
    })
    public static final class ServerDetails {
        @JsonProperty("cpu_cores")
        public Long cpuCores;

        @JsonProperty("cpu_hz")
        public Long cpuHz;

        @JsonProperty("ram_b")
        public Long ramB;

        @JsonProperty("volumes_b")
        public Long volumesB;

        @JsonProperty("instance_type")
        public String instanceType;

        @JsonProperty("state")
        public String state = "unknown";

        @JsonProperty("provider_state")
        public String providerState = "unknown";

        @JsonProperty("ip_addresses")
        public List<Ip> ipAddresses = new ArrayList<>();

        @JsonProperty("image_detail")
        public Image imageDetail;

        @JsonProperty("is_virtual")
        @JsonInclude(Include.NON_NULL)
        public Boolean isVirtual;
    }

    /** An IP address. */
    @JsonPropertyOrder({"ip_address", "network", "description"})
    @JsonInclude(Include.NON_NULL)
    public static final class Ip {
        @JsonProperty("ip_address")
        public String ipAddress;

        @JsonProperty("network")
        public Network network;

        @JsonProperty("description")
        public String description;
    }

    /** The network of an IP address. */
    @JsonPropertyOrder({"id", "name"})
    public static final class Network {
        @JsonProperty("id")
        public String id;

        @JsonProperty("name")
        public String name;
    }

    /** An image detail: always all six keys. */
    @JsonPropertyOrder({"id", "name", "architecture", "distribution", "type", "version"})
    public static final class Image {
        @JsonProperty("id")
        public String id;

        @JsonProperty("name")
        public String name;

        @JsonProperty("architecture")
        public String architecture;

        @JsonProperty("distribution")
        public String distribution;

        @JsonProperty("type")
        public String type;

        @JsonProperty("version")
        public String version;
    }

    /**
     * Copies a cmpkit server field by field, so both sides hold the same data.
     *
     * @param server the server
     * @return the POJO, with {@code last_seen_at} still to be stamped
     */
    static JacksonServer from(Server server) {
        JacksonServer pojo = new JacksonServer();
        pojo.id = server.id();
        pojo.base.name = server.name();
        pojo.base.providerCreatedAt = server.base().providerCreatedAt();
        pojo.base.nativePortalLink = server.base().nativePortalLink();
        if (server.base().locations() != null && !server.base().locations().isEmpty()) {
            pojo.base.locations = new ArrayList<>();
            for (Location entry : server.base().locations().entries()) {
                LocationEntry copy = new LocationEntry();
                copy.location = place(entry.location());
                copy.city = place(entry.city());
                copy.state = place(entry.state());
                copy.country = place(entry.country());
                copy.region = place(entry.region());
                copy.type = entry.type();
                pojo.base.locations.add(copy);
            }
        } else {
            pojo.base.regions = new ArrayList<>();
            if (server.base().region() != null) {
                pojo.base.regions.add(new IdRef(server.base().region().id()));
            }
        }
        for (String type : server.base().connections().types()) {
            List<IdRef> refs = new ArrayList<>();
            for (String id : server.base().connections().ids(type)) {
                refs.add(new IdRef(id));
            }
            pojo.connections.put(type, refs);
        }
        for (String namespace : server.base().metadata().namespaces()) {
            pojo.metadata.put(
                    namespace, new LinkedHashMap<>(server.base().metadata().values(namespace)));
        }
        ServerDetails d = pojo.details.server;
        d.cpuCores = server.cpuCores();
        d.cpuHz = server.cpuHz();
        d.ramB = server.ramB();
        d.volumesB = server.volumesB();
        d.instanceType = server.instanceType();
        d.state = server.state() == null ? "unknown" : server.state();
        d.providerState = server.providerState() == null ? "unknown" : server.providerState();
        if (server.ipAddresses() != null) {
            for (IpAddress ip : server.ipAddresses()) {
                Ip copy = new Ip();
                copy.ipAddress = ip.ipAddress();
                if (ip.networkId() != null && ip.networkName() != null) {
                    copy.network = new Network();
                    copy.network.id = ip.networkId();
                    copy.network.name = ip.networkName();
                }
                copy.description = ip.description();
                d.ipAddresses.add(copy);
            }
        }
        ImageDetail image = server.imageDetail();
        if (image != null) {
            d.imageDetail = new Image();
            d.imageDetail.id = image.id();
            d.imageDetail.name = image.name();
            d.imageDetail.architecture = image.architecture();
            d.imageDetail.distribution = image.distribution();
            d.imageDetail.type = image.type();
            d.imageDetail.version = image.version();
        }
        d.isVirtual = server.isVirtual();
        return pojo;
    }

    private static PlaceEntry place(Place place) {
        if (place == null) {
            return null;
        }
        PlaceEntry copy = new PlaceEntry();
        copy.id = place.id();
        copy.name = place.name();
        copy.latitude = place.latitude();
        copy.longitude = place.longitude();
        return copy;
    }
}

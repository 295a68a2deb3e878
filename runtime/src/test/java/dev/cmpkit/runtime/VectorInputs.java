package dev.cmpkit.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the JSON inputs of the conformance vectors (see conformance/README.md) into runtime
 * objects, through the public builders.
 *
 * <p>An absent key and a JSON null both mean "not set". A value of the wrong JSON type (for
 * example {@code "id": {}}) cannot be written against the typed Java API, which rejects it at
 * compile time; the helper throws {@link Inexpressible} for it, so a test can say so.
 */
public final class VectorInputs {

    /** The input is not expressible in the typed Java API: the compiler would reject it. */
    public static final class Inexpressible extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Inexpressible(String message) {
            super(message);
        }
    }

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private VectorInputs() {}

    /** Whether the key is present with a non-null value. */
    public static boolean isSet(JsonNode args, String key) {
        return args != null && args.hasNonNull(key);
    }

    /** A string argument, or null when absent or null. */
    public static String string(JsonNode args, String key) {
        if (!isSet(args, key)) {
            return null;
        }
        JsonNode value = args.get(key);
        if (!value.isTextual()) {
            throw new Inexpressible(key + ": the Java API takes a String, the vector passes " + value);
        }
        return value.asText();
    }

    /** An integral argument as a Long, or null. */
    public static Long longValue(JsonNode args, String key) {
        if (!isSet(args, key)) {
            return null;
        }
        JsonNode value = args.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new Inexpressible(key + ": the Java API takes a long, the vector passes " + value);
        }
        return value.longValue();
    }

    /** An integral argument as an Integer, or null. */
    public static Integer intValue(JsonNode args, String key) {
        Long value = longValue(args, key);
        if (value != null && value != value.intValue()) {
            throw new Inexpressible(key + ": the Java API takes an int, the vector passes " + value);
        }
        return value == null ? null : value.intValue();
    }

    /** A boolean argument, or null. */
    public static Boolean bool(JsonNode args, String key) {
        if (!isSet(args, key)) {
            return null;
        }
        JsonNode value = args.get(key);
        if (!value.isBoolean()) {
            throw new Inexpressible(key + ": the Java API takes a boolean, the vector passes " + value);
        }
        return value.booleanValue();
    }

    /** A list of strings, or null. */
    public static List<String> strings(JsonNode args, String key) {
        if (!isSet(args, key)) {
            return null;
        }
        JsonNode value = args.get(key);
        if (!value.isArray()) {
            throw new Inexpressible(key + ": the Java API takes a list of strings, the vector passes " + value);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode element : value) {
            if (element.isNull()) {
                out.add(null);
            } else if (element.isTextual()) {
                out.add(element.asText());
            } else {
                throw new Inexpressible(key + ": the Java API takes strings, the vector passes " + element);
            }
        }
        return out;
    }

    /** Any JSON value as the plain Java value the metadata builder takes. */
    public static Object plain(JsonNode value) {
        return value == null ? null : PLAIN.convertValue(value, Object.class);
    }

    /**
     * A date/time value: null, a string (passed on unparsed), or
     * {@code {"datetime": [y, M, d, h, m, s, micro], "tz": null | zone | "+HH:MM"}} as a
     * {@link LocalDateTime}, {@link ZonedDateTime} or {@link OffsetDateTime}.
     *
     * @return null, a String or a java.time value
     */
    public static Object dateTime(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        JsonNode parts = value.get("datetime");
        if (parts == null || !parts.isArray() || parts.size() != 7) {
            throw new Inexpressible("date/time: expected a string or {datetime, tz}, got " + value);
        }
        LocalDateTime local = LocalDateTime.of(
                parts.get(0).intValue(),
                parts.get(1).intValue(),
                parts.get(2).intValue(),
                parts.get(3).intValue(),
                parts.get(4).intValue(),
                parts.get(5).intValue(),
                parts.get(6).intValue() * 1000);
        JsonNode tz = value.get("tz");
        if (tz == null || tz.isNull()) {
            return local;
        }
        String zone = tz.asText();
        if (zone.startsWith("+") || zone.startsWith("-")) {
            return local.atOffset(ZoneOffset.of(zone));
        }
        return local.atZone(ZoneId.of(zone));
    }

    /** A place: {@code {id, name, latitude, longitude}}. */
    public static Place place(JsonNode args) {
        Place.Builder builder = Place.builder().id(string(args, "id")).name(string(args, "name"));
        if (isSet(args, "latitude")) {
            builder.latitude(args.get("latitude").doubleValue());
        }
        if (isSet(args, "longitude")) {
            builder.longitude(args.get("longitude").doubleValue());
        }
        return builder.build();
    }

    /** A location entry: levels {@code location, city, state, country, region} and {@code type}. */
    public static Location location(JsonNode args) {
        Location.Builder builder = Location.builder();
        if (isSet(args, "location")) {
            builder.location(place(args.get("location")));
        }
        if (isSet(args, "city")) {
            builder.city(place(args.get("city")));
        }
        if (isSet(args, "state")) {
            builder.state(place(args.get("state")));
        }
        if (isSet(args, "country")) {
            builder.country(place(args.get("country")));
        }
        if (isSet(args, "region")) {
            builder.region(place(args.get("region")));
        }
        return builder.type(string(args, "type")).build();
    }

    /** Locations from an array of entries; a missing array is passed on as null. */
    public static Locations locations(JsonNode array) {
        if (array == null || array.isNull()) {
            return Locations.of((List<Location>) null);
        }
        List<Location> entries = new ArrayList<>();
        for (JsonNode entry : array) {
            entries.add(entry.isNull() ? null : location(entry));
        }
        return Locations.of(entries);
    }

    /**
     * Metadata from {@code {"values": [[k, v] | [ns, k, v], ...], "default_namespace": ns,
     * "adds": [{key, value, namespace}]}}; value arrays of other lengths are ignored, as the
     * reference library does.
     */
    public static Metadata metadata(JsonNode spec) {
        Metadata.Builder builder = Metadata.builder().defaultNamespace(string(spec, "default_namespace"));
        if (isSet(spec, "values")) {
            for (JsonNode value : spec.get("values")) {
                if (value.size() == 2) {
                    builder.add(value.get(0).asText(), plain(value.get(1)));
                } else if (value.size() == 3) {
                    builder.add(
                            value.get(1).asText(),
                            plain(value.get(2)),
                            value.get(0).asText());
                }
            }
        }
        if (isSet(spec, "adds")) {
            for (JsonNode add : spec.get("adds")) {
                builder.add(string(add, "key"), plain(add.get("value")), string(add, "namespace"));
            }
        }
        return builder.build();
    }

    /**
     * Connections from constructor arguments {@code {type, connections, appliances, servers,
     * networks, volumes}} followed by {@code add} calls with the same arguments; within one
     * call, the reference library adds type/connections first, then appliances, servers,
     * networks, volumes.
     */
    public static Connections connections(JsonNode init, JsonNode adds) {
        Connections.Builder builder = Connections.builder();
        addConnections(builder, init);
        if (adds != null) {
            for (JsonNode add : adds) {
                addConnections(builder, add);
            }
        }
        return builder.build();
    }

    private static void addConnections(Connections.Builder builder, JsonNode args) {
        if (isSet(args, "type") || isSet(args, "connections")) {
            builder.add(string(args, "type"), strings(args, "connections"));
        }
        // An absent keyword argument is the reference's None: the call is not made at all.
        if (isSet(args, "appliances")) {
            builder.appliances(strings(args, "appliances"));
        }
        if (isSet(args, "servers")) {
            builder.servers(strings(args, "servers"));
        }
        if (isSet(args, "networks")) {
            builder.networks(strings(args, "networks"));
        }
        if (isSet(args, "volumes")) {
            builder.volumes(strings(args, "volumes"));
        }
    }

    /** An IP address from {@code {ip_address, network_id, network_name, description}}. */
    public static IpAddress ipAddress(JsonNode args) {
        return IpAddress.builder()
                .ipAddress(string(args, "ip_address"))
                .networkId(string(args, "network_id"))
                .networkName(string(args, "network_name"))
                .description(string(args, "description"))
                .build();
    }

    /** A list of IP addresses; a JSON null element stays null (for the builder to reject). */
    public static List<IpAddress> ipAddresses(JsonNode array) {
        if (array == null || array.isNull()) {
            return null;
        }
        List<IpAddress> out = new ArrayList<>();
        for (JsonNode element : array) {
            out.add(element.isNull() ? null : ipAddress(element));
        }
        return out;
    }

    /** An image detail from {@code {id, name, type, distribution, version, architecture}}. */
    public static ImageDetail imageDetail(JsonNode args) {
        return applyImageFields(ImageDetail.builder().id(string(args, "id")), args)
                .build();
    }

    /** Sets the non-id image fields that the arguments carry (null ones are left unset). */
    public static ImageDetail.Builder applyImageFields(ImageDetail.Builder builder, JsonNode args) {
        if (isSet(args, "name")) {
            builder.name(string(args, "name"));
        }
        if (isSet(args, "type")) {
            builder.type(string(args, "type"));
        }
        if (isSet(args, "distribution")) {
            builder.distribution(string(args, "distribution"));
        }
        if (isSet(args, "version")) {
            builder.version(string(args, "version"));
        }
        if (isSet(args, "architecture")) {
            builder.architecture(string(args, "architecture"));
        }
        return builder;
    }

    /** An image map from {@code {id: [name, type, distribution, version, architecture]}}. */
    public static ImageDetailMap imageDetailMap(JsonNode mapping) {
        ImageDetailMap.Builder builder = ImageDetailMap.builder();
        mapping.properties().forEach(e -> {
            JsonNode v = e.getValue();
            builder.put(e.getKey(), text(v.get(0)), text(v.get(1)), text(v.get(2)), text(v.get(3)), text(v.get(4)));
        });
        return builder.build();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /**
     * Applies the common resource arguments ({@code id, name, region, locations, connections,
     * metadata, native_portal_link, provider_created_at}) to any resource builder.
     */
    public static <B extends ResourceBuilder<B>> B applyBase(B builder, JsonNode args) {
        builder.id(string(args, "id")).name(string(args, "name")).nativePortalLink(string(args, "native_portal_link"));
        if (isSet(args, "region")) {
            builder.region(Region.of(string(args, "region")));
        }
        if (isSet(args, "locations")) {
            builder.locations(locations(args.get("locations")));
        }
        if (isSet(args, "connections")) {
            builder.connections(connections(args.get("connections"), null));
        }
        if (isSet(args, "metadata")) {
            builder.metadata(metadata(args.get("metadata")));
        }
        Object created = dateTime(args.get("provider_created_at"));
        if (created instanceof String text) {
            builder.providerCreatedAt(text);
        } else if (created instanceof LocalDateTime local) {
            builder.providerCreatedAt(local);
        } else if (created instanceof ZonedDateTime zoned) {
            builder.providerCreatedAt(zoned);
        } else if (created instanceof OffsetDateTime offset) {
            builder.providerCreatedAt(offset);
        }
        return builder;
    }

    /** A generic resource from {@code resources.json} arguments of kind {@code resource}. */
    public static GenericResource genericResource(JsonNode args) {
        return applyBase(GenericResource.builder(), args)
                .type(string(args, "type"))
                .build();
    }

    /** An account from {@code {id, metadata}}. */
    public static Account account(JsonNode args) {
        Account.Builder builder = Account.builder().id(string(args, "id"));
        if (isSet(args, "metadata")) {
            builder.metadata(metadata(args.get("metadata")));
        }
        return builder.build();
    }
}

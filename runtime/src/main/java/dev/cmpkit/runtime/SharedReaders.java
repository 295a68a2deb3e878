package dev.cmpkit.runtime;

import static dev.cmpkit.runtime.json.JsonReading.expectArray;
import static dev.cmpkit.runtime.json.JsonReading.readStringValue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cmpkit.runtime.json.JsonReading;
import dev.cmpkit.runtime.json.ObjectKeys;
import dev.cmpkit.runtime.json.ReadOptions;
import dev.cmpkit.runtime.json.ValueReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming readers of the shared value types, each the mirror of the type's {@code writeTo}: it
 * reads the keys that method writes, in any order, and builds the value through its builder, so
 * that what is read is checked like what is built. A JSON null reads as null.
 *
 * <p>Each object's keys are a table ({@link ObjectKeys}), built once, whose reader {@link
 * CmpReaders} registers; {@code connections} and {@code metadata}, whose keys are the input's own
 * (connection types, namespaces), hand every key to a method below, and {@code locations}, a list,
 * is read by hand.
 */
final class SharedReaders {

    private SharedReaders() {}

    /** The parts of a value that has no builder: a region's id, a connected resource's id. */
    private static final class Id {
        private String value;
    }

    static final ValueReader<Region> REGION = ObjectKeys.<Id>builder()
            .string("id", (region, id) -> region.value = id)
            .reader("a region", Id::new, region -> Region.of(region.value));

    private static final ObjectKeys<Id> CONNECTED_RESOURCE = ObjectKeys.<Id>builder()
            .key("id", (parser, options, connected) -> connected.value = readStringValue(parser))
            .build();

    static final ValueReader<Place> PLACE = ObjectKeys.<Place.Builder>builder()
            .string("id", Place.Builder::id)
            .string("name", Place.Builder::name)
            .number("latitude", Place.Builder::latitude)
            .number("longitude", Place.Builder::longitude)
            .reader("a place", Place::builder, Place.Builder::build);

    static final ValueReader<Location> LOCATION = ObjectKeys.<Location.Builder>builder()
            .value("location", PLACE, Location.Builder::location)
            .value("city", PLACE, Location.Builder::city)
            .value("state", PLACE, Location.Builder::state)
            .value("country", PLACE, Location.Builder::country)
            .value("region", PLACE, Location.Builder::region)
            .string("type", Location.Builder::type)
            .reader("a location", Location::builder, Location.Builder::build);

    /** The network is written only with both its id and its name. */
    private static final ObjectKeys<IpAddress.Builder> NETWORK = ObjectKeys.<IpAddress.Builder>builder()
            .key("id", (parser, options, address) -> address.networkId(readStringValue(parser)))
            .key("name", (parser, options, address) -> address.networkName(readStringValue(parser)))
            .build();

    static final ValueReader<IpAddress> IP_ADDRESS = ObjectKeys.<IpAddress.Builder>builder()
            .string("ip_address", IpAddress.Builder::ipAddress)
            .key("network", SharedReaders::network)
            .string("description", IpAddress.Builder::description)
            .reader("an IP address", IpAddress::builder, IpAddress.Builder::build);

    static final ValueReader<ImageDetail> IMAGE_DETAIL = ObjectKeys.<ImageDetail.Builder>builder()
            .string("id", ImageDetail.Builder::id)
            .string("name", ImageDetail.Builder::name)
            .string("architecture", ImageDetail.Builder::architecture)
            .string("distribution", ImageDetail.Builder::distribution)
            .string("type", ImageDetail.Builder::type)
            .string("version", ImageDetail.Builder::version)
            .reader("an image detail", ImageDetail::builder, ImageDetail.Builder::build);

    /** Each key a connection type, read by {@link #connected}. */
    static final ValueReader<Connections> CONNECTIONS = ObjectKeys.<Connections.Builder>builder()
            .otherKeys(SharedReaders::connected)
            .reader("connections", Connections::builder, Connections.Builder::build);

    /** Each key a namespace, read by {@link #namespace}. */
    static final ValueReader<Metadata> METADATA = ObjectKeys.<Metadata.Builder>builder()
            .otherKeys(SharedReaders::namespace)
            .reader("metadata", Metadata::builder, Metadata.Builder::build);

    static final ValueReader<Account> ACCOUNT = ObjectKeys.<Account.Builder>builder()
            .string("id", Account.Builder::id)
            .value("metadata", METADATA, Account.Builder::metadata)
            .reader("an account", Account::builder, Account.Builder::build);

    static Locations locations(JsonParser parser, ReadOptions options) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectArray(parser, "a list of locations");
        List<Location> entries = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            entries.add(LOCATION.read(parser, options));
        }
        return JsonReading.built(parser, () -> Locations.of(entries));
    }

    private static String connectedId(JsonParser parser, ReadOptions options) throws IOException {
        Id connected = new Id();
        CONNECTED_RESOURCE.read(parser, options, "a connected resource {\"id\": ...}", connected);
        if (connected.value == null) {
            throw JsonReading.failure(parser, "a connected resource needs its \"id\"");
        }
        return connected.value;
    }

    /** Each key a connection type: type {@code any} lists raw ids, every other type {@code {"id": ...}} objects. */
    private static void connected(JsonParser parser, ReadOptions options, Connections.Builder connections, String type)
            throws IOException {
        expectArray(parser, "the list of connected " + JsonReading.quote(type) + " resources");
        List<String> ids = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            ids.add(Connections.ANY.equals(type) ? readStringValue(parser) : connectedId(parser, options));
        }
        connections.add(type, ids);
    }

    /** One metadata namespace while its keys are read. */
    private record Namespace(Metadata.Builder metadata, String name) {}

    private static final ObjectKeys<Namespace> NAMESPACE = ObjectKeys.<Namespace>builder()
            .otherKeys((parser, options, namespace, key) ->
                    namespace.metadata().add(key, JsonReading.readValue(parser), namespace.name()))
            .build();

    private static void namespace(JsonParser parser, ReadOptions options, Metadata.Builder metadata, String name)
            throws IOException {
        NAMESPACE.read(
                parser, options, "the metadata namespace " + JsonReading.quote(name), new Namespace(metadata, name));
    }

    /** A network object fills two of the address's keys; a null network leaves them unset. */
    private static void network(JsonParser parser, ReadOptions options, IpAddress.Builder address) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NULL) {
            NETWORK.read(parser, options, "a network {\"id\": ..., \"name\": ...}", address);
        }
    }
}

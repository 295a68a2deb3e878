package dev.cmpkit.runtime;

import static dev.cmpkit.runtime.json.JsonReading.expectArray;
import static dev.cmpkit.runtime.json.JsonReading.expectObject;
import static dev.cmpkit.runtime.json.JsonReading.readObject;
import static dev.cmpkit.runtime.json.JsonReading.readString;
import static dev.cmpkit.runtime.json.JsonReading.readStringValue;
import static dev.cmpkit.runtime.json.JsonReading.unknownKey;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cmpkit.runtime.json.JsonReading;
import dev.cmpkit.runtime.json.ReadOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming readers of the shared value types, each the mirror of the type's {@code writeTo}: it
 * reads the keys that method writes, in any order, and builds the value through its builder, so
 * that what is read is checked like what is built. A JSON null reads as null.
 */
final class SharedReaders {

    private SharedReaders() {}

    static Region region(JsonParser parser, ReadOptions options) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectObject(parser, "a region");
        String id = null;
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            parser.nextToken();
            if (key.equals("id")) {
                id = readString(parser);
            } else {
                unknownKey(parser, options, key, "id");
            }
        }
        String regionId = id;
        return JsonReading.built(parser, () -> Region.of(regionId));
    }

    static Locations locations(JsonParser parser, ReadOptions options) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectArray(parser, "a list of locations");
        List<Location> entries = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            entries.add(location(parser, options));
        }
        return JsonReading.built(parser, () -> Locations.of(entries));
    }

    static Location location(JsonParser parser, ReadOptions options) throws IOException {
        Location.Builder location = Location.builder();
        return readObject(parser, "a location", location::build, key -> {
            switch (key) {
                case "location" -> location.location(place(parser, options));
                case "city" -> location.city(place(parser, options));
                case "state" -> location.state(place(parser, options));
                case "country" -> location.country(place(parser, options));
                case "region" -> location.region(place(parser, options));
                case "type" -> location.type(readString(parser));
                default -> unknownKey(parser, options, key, "location, city, state, country, region or type");
            }
        });
    }

    static Place place(JsonParser parser, ReadOptions options) throws IOException {
        Place.Builder place = Place.builder();
        return readObject(parser, "a place", place::build, key -> {
            switch (key) {
                case "id" -> place.id(readString(parser));
                case "name" -> place.name(readString(parser));
                case "latitude" -> place.latitude(JsonReading.readDouble(parser));
                case "longitude" -> place.longitude(JsonReading.readDouble(parser));
                default -> unknownKey(parser, options, key, "id, name, latitude or longitude");
            }
        });
    }

    /** Type {@code any} holds raw ids; every other type holds {@code {"id": ...}} objects. */
    static Connections connections(JsonParser parser, ReadOptions options) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectObject(parser, "connections");
        Connections.Builder connections = Connections.builder();
        for (String type = parser.nextFieldName(); type != null; type = parser.nextFieldName()) {
            parser.nextToken();
            expectArray(parser, "the list of connected " + JsonReading.quote(type) + " resources");
            List<String> ids = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                ids.add(Connections.ANY.equals(type) ? readStringValue(parser) : connectedId(parser, options));
            }
            connections.add(type, ids);
        }
        return JsonReading.built(parser, connections::build);
    }

    private static String connectedId(JsonParser parser, ReadOptions options) throws IOException {
        expectObject(parser, "a connected resource {\"id\": ...}");
        String id = null;
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            parser.nextToken();
            if (key.equals("id")) {
                id = readStringValue(parser);
            } else {
                unknownKey(parser, options, key, "id");
            }
        }
        if (id == null) {
            throw JsonReading.failure(parser, "a connected resource needs its \"id\"");
        }
        return id;
    }

    static Metadata metadata(JsonParser parser, ReadOptions options) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectObject(parser, "metadata");
        Metadata.Builder metadata = Metadata.builder();
        for (String namespace = parser.nextFieldName(); namespace != null; namespace = parser.nextFieldName()) {
            parser.nextToken();
            expectObject(parser, "the metadata namespace " + JsonReading.quote(namespace));
            for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
                parser.nextToken();
                metadata.add(key, JsonReading.readValue(parser), namespace);
            }
        }
        return JsonReading.built(parser, metadata::build);
    }

    /** The network is written only with both its id and its name. */
    static IpAddress ipAddress(JsonParser parser, ReadOptions options) throws IOException {
        IpAddress.Builder address = IpAddress.builder();
        return readObject(parser, "an IP address", address::build, key -> {
            switch (key) {
                case "ip_address" -> address.ipAddress(readString(parser));
                case "description" -> address.description(readString(parser));
                case "network" -> network(parser, options, address);
                default -> unknownKey(parser, options, key, "ip_address, network or description");
            }
        });
    }

    private static void network(JsonParser parser, ReadOptions options, IpAddress.Builder address) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        expectObject(parser, "a network {\"id\": ..., \"name\": ...}");
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            parser.nextToken();
            switch (key) {
                case "id" -> address.networkId(readStringValue(parser));
                case "name" -> address.networkName(readStringValue(parser));
                default -> unknownKey(parser, options, key, "id or name");
            }
        }
    }

    static ImageDetail imageDetail(JsonParser parser, ReadOptions options) throws IOException {
        ImageDetail.Builder image = ImageDetail.builder();
        return readObject(parser, "an image detail", image::build, key -> {
            switch (key) {
                case "id" -> image.id(readString(parser));
                case "name" -> image.name(readString(parser));
                case "architecture" -> image.architecture(readString(parser));
                case "distribution" -> image.distribution(readString(parser));
                case "type" -> image.type(readString(parser));
                case "version" -> image.version(readString(parser));
                default -> unknownKey(parser, options, key, "id, name, architecture, distribution, type or version");
            }
        });
    }

    static Account account(JsonParser parser, ReadOptions options) throws IOException {
        Account.Builder account = Account.builder();
        return readObject(parser, "an account", account::build, key -> {
            switch (key) {
                case "id" -> account.id(readString(parser));
                case "metadata" -> account.metadata(metadata(parser, options));
                default -> unknownKey(parser, options, key, "id or metadata");
            }
        });
    }
}

package dev.cmpkit.runtime;

import static dev.cmpkit.runtime.json.JsonReading.expectArray;
import static dev.cmpkit.runtime.json.JsonReading.expectObject;
import static dev.cmpkit.runtime.json.JsonReading.failure;
import static dev.cmpkit.runtime.json.JsonReading.readString;
import static dev.cmpkit.runtime.json.JsonReading.unknownKey;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cmpkit.runtime.json.CmpReadException;
import dev.cmpkit.runtime.json.JsonReading;
import dev.cmpkit.runtime.json.ReadOptions;
import dev.cmpkit.runtime.json.ValueReader;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a generated resource reader calls: the common head of every resource ({@code id},
 * {@code type}, {@code base}, {@code connections}, {@code metadata}) read into the resource's
 * builder, the {@code details} object handed key by key to the generated code, and the conversions
 * of detail values.
 *
 * <p>Reading goes through the builder, so a resource read is checked exactly like one built; a
 * builder's rejection becomes a {@link CmpReadException} naming the resource's place in the input.
 */
public final class ResourceReading {

    private static final String HEAD_KEYS = "id, type, base, connections, metadata or details";
    private static final String BASE_KEYS =
            "name, provider_created_at, last_seen_at, native_portal_link, locations or regions";

    private ResourceReading() {}

    /** Reads the keys of one resource type's {@code details} object. */
    @FunctionalInterface
    public interface DetailReader {
        /**
         * Reads the value of {@code key}, the parser's current token, into the builder.
         *
         * @return false when the type has no such key (the caller then reports it)
         */
        boolean read(JsonParser parser, String key) throws IOException;
    }

    /**
     * Reads a resource object into {@code builder}: the head, and the details through {@code details}.
     *
     * @param parser at the resource's {@code START_OBJECT}
     * @param options how strictly to read
     * @param type the resource type the builder builds; the input's {@code type} must equal it
     * @param builder receives every value read
     * @param details reads the keys of {@code details.<type>}, or null for a type without details
     */
    public static void readResource(
            JsonParser parser, ReadOptions options, String type, ResourceBuilder<?> builder, DetailReader details)
            throws IOException {
        expectObject(parser, "a " + type + " resource");
        boolean typeSeen = false;
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            parser.nextToken();
            switch (key) {
                case "type" -> {
                    String given = JsonReading.readStringValue(parser);
                    if (!given.equals(type)) {
                        throw failure(
                                parser,
                                "expected a resource of type \"" + type + "\", got " + JsonReading.quote(given));
                    }
                    typeSeen = true;
                }
                case "details" -> {
                    if (details == null) {
                        unknownKey(parser, options, key, HEAD_KEYS.replace(" or details", ""));
                    } else {
                        readDetails(parser, options, type, details);
                    }
                }
                default -> {
                    if (!readHeadKey(parser, options, key, builder)) {
                        unknownKey(parser, options, key, HEAD_KEYS);
                    }
                }
            }
        }
        if (!typeSeen) {
            throw failure(parser, "the " + type + " resource has no \"type\" key");
        }
    }

    /** A generic resource: the head with any non-empty type, and no details. */
    static GenericResource readGeneric(JsonParser parser, ReadOptions options) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectObject(parser, "a resource");
        GenericResource.Builder builder = GenericResource.builder();
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            parser.nextToken();
            if (key.equals("type")) {
                builder.type(readString(parser));
            } else if (!readHeadKey(parser, options, key, builder)) {
                unknownKey(parser, options, key, "id, type, base, connections or metadata");
            }
        }
        return built(parser, builder::build);
    }

    private static boolean readHeadKey(JsonParser parser, ReadOptions options, String key, ResourceBuilder<?> builder)
            throws IOException {
        switch (key) {
            case "id" -> builder.id(readString(parser));
            case "base" -> readBase(parser, options, builder);
            case "connections" -> builder.connections(SharedReaders.connections(parser, options));
            case "metadata" -> builder.metadata(SharedReaders.metadata(parser, options));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void readBase(JsonParser parser, ReadOptions options, ResourceBuilder<?> builder)
            throws IOException {
        expectObject(parser, "the base object");
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            parser.nextToken();
            switch (key) {
                case "name" -> builder.name(readString(parser));
                case "provider_created_at" -> builder.providerCreatedAt(readString(parser));
                case "last_seen_at" -> builder.lastSeenAt(timestamp(parser));
                case "native_portal_link" -> builder.nativePortalLink(readString(parser));
                case "locations" -> builder.locations(SharedReaders.locations(parser, options));
                case "regions" -> builder.region(onlyRegion(parser, options));
                default -> unknownKey(parser, options, key, BASE_KEYS);
            }
        }
    }

    /** cmpkit writes a resource's one region as a one-element list. */
    private static Region onlyRegion(JsonParser parser, ReadOptions options) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectArray(parser, "the regions list");
        Region region = null;
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (count++ > 0) {
                throw failure(parser, "a resource has at most one region, got a second one");
            }
            region = SharedReaders.region(parser, options);
        }
        return region;
    }

    private static void readDetails(JsonParser parser, ReadOptions options, String type, DetailReader details)
            throws IOException {
        expectObject(parser, "the details object");
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            parser.nextToken();
            if (!key.equals(type)) {
                unknownKey(parser, options, key, "\"" + type + "\"");
                continue;
            }
            expectObject(parser, "the " + type + " details");
            for (String detail = parser.nextFieldName(); detail != null; detail = parser.nextFieldName()) {
                parser.nextToken();
                if (!details.read(parser, detail)) {
                    unknownKey(parser, options, detail, "a key of the " + type + " type");
                }
            }
        }
    }

    /**
     * Builds what was read; the builder's rejection becomes a read failure at the resource.
     *
     * @param parser at the resource's {@code END_OBJECT}
     * @param build the builder's {@code build}
     * @return the resource
     */
    public static <R> R built(JsonParser parser, Supplier<R> build) {
        return JsonReading.built(parser, build);
    }

    /**
     * Checks a key the class always writes with one value (its template does not declare it): the
     * input must hold that value, since the class cannot keep another one.
     *
     * @param expected the value the class writes, as {@link JsonReading#readValue} reads it
     */
    public static void requireConstant(JsonParser parser, String key, Object expected) throws IOException {
        Object actual = JsonReading.readValue(parser);
        if (!sameJson(expected, actual)) {
            throw failure(
                    parser,
                    "key \"" + key + "\" holds " + actual + ", but this class always writes " + expected
                            + " there (its template does not declare the key, so it cannot keep another value)");
        }
    }

    private static boolean sameJson(Object expected, Object actual) {
        if (expected instanceof Number e && actual instanceof Number a) {
            return e.doubleValue() == a.doubleValue();
        }
        return Objects.equals(expected, actual);
    }

    /** A nested cmpkit value (a {@code CmpSerializable} field), or null. */
    public static <T> T readObject(JsonParser parser, ReadOptions options, Class<T> type) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        ValueReader<T> reader = CmpReaders.find(type)
                .orElseThrow(() -> failure(
                        parser,
                        "cannot read a " + type.getName() + ": cmpkit has no reader of it; register one with"
                                + " CmpReaders.register"));
        return reader.read(parser, options);
    }

    /**
     * A list whose elements {@code element} reads, or null. A null element is kept, for the builder
     * to reject with its index.
     */
    public static <T> List<T> readList(JsonParser parser, ReadOptions options, ValueReader<T> element)
            throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectArray(parser, "a list");
        List<T> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(parser.currentToken() == JsonToken.VALUE_NULL ? null : element.read(parser, options));
        }
        return list;
    }

    /** An RFC 3339 timestamp as an instant, or null. */
    public static Instant readInstant(JsonParser parser) throws IOException {
        String text = timestamp(parser);
        return text == null ? null : Instant.parse(text);
    }

    /** An RFC 3339 timestamp, in UTC (the wire keeps the instant, not the offset), or null. */
    public static OffsetDateTime readOffsetDateTime(JsonParser parser) throws IOException {
        Instant instant = readInstant(parser);
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** An RFC 3339 timestamp, in UTC (the wire keeps the instant, not the zone), or null. */
    public static ZonedDateTime readZonedDateTime(JsonParser parser) throws IOException {
        Instant instant = readInstant(parser);
        return instant == null ? null : instant.atZone(ZoneOffset.UTC);
    }

    /** An RFC 3339 timestamp as the UTC date and time it was written from, or null. */
    public static LocalDateTime readLocalDateTime(JsonParser parser) throws IOException {
        Instant instant = readInstant(parser);
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** An RFC 3339 timestamp at midnight UTC, as the date it was written from, or null. */
    public static LocalDate readLocalDate(JsonParser parser) throws IOException {
        LocalDateTime time = readLocalDateTime(parser);
        if (time == null) {
            return null;
        }
        if (!time.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw failure(parser, "expected a date (a timestamp at midnight UTC), got " + time + "Z");
        }
        return time.toLocalDate();
    }

    /** A timestamp string normalised to cmpkit's wire form, or null. */
    private static String timestamp(JsonParser parser) throws IOException {
        String text = readString(parser);
        if (text == null) {
            return null;
        }
        try {
            return Rfc3339.convert(text);
        } catch (IllegalArgumentException e) {
            throw new CmpReadException(
                    "expected an RFC 3339 timestamp, got " + JsonReading.quote(text), JsonReading.path(parser), e);
        }
    }

    /** The failure for a string that names none of an enum field's constants (written in lower case). */
    public static CmpReadException notOneOf(JsonParser parser, String value, List<String> allowed) {
        return failure(parser, "expected one of " + allowed + ", got " + JsonReading.quote(value));
    }
}

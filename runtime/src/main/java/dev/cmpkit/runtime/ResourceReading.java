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
import dev.cmpkit.runtime.json.ObjectKeys;
import dev.cmpkit.runtime.json.ObjectKeys.KeyAction;
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
     * What the keys of a resource's head are read into: the builder, and for a generated type the
     * type the input must name, its details reader and whether {@code type} was seen.
     */
    private static final class Head<R extends ResourceBuilder<?>> {
        private final R builder;
        private final String type;
        private final DetailReader details;
        private boolean typeSeen;

        Head(R builder, String type, DetailReader details) {
            this.builder = builder;
            this.type = type;
            this.details = details;
        }
    }

    private static final ObjectKeys<ResourceBuilder<?>> BASE = ObjectKeys.<ResourceBuilder<?>>builder()
            .string("name", ResourceBuilder::name)
            .string("provider_created_at", ResourceBuilder::providerCreatedAt)
            .key("last_seen_at", (parser, options, builder) -> builder.lastSeenAt(timestamp(parser)))
            .string("native_portal_link", ResourceBuilder::nativePortalLink)
            .value("locations", SharedReaders::locations, ResourceBuilder::locations)
            .value("regions", ResourceReading::onlyRegion, ResourceBuilder::region)
            .build();

    private static final ObjectKeys<Head<ResourceBuilder<?>>> TYPED_HEAD =
            head(ResourceReading::checkType).build();
    private static final ObjectKeys<Head<ResourceBuilder<?>>> TYPED_HEAD_WITH_DETAILS = head(ResourceReading::checkType)
            .key("details", (parser, options, head) -> readDetails(parser, options, head.type, head.details))
            .build();
    private static final ValueReader<GenericResource> GENERIC = ResourceReading.<GenericResource.Builder>head(
                    (parser, options, head) -> head.builder.type(readString(parser)))
            .reader(
                    "a resource",
                    () -> new Head<>(GenericResource.builder(), null, null),
                    head -> head.builder.build());

    /** The keys every resource's head has, {@code type} read by {@code type}, in the order failures list them. */
    private static <R extends ResourceBuilder<?>> ObjectKeys.Builder<Head<R>> head(KeyAction<Head<R>> type) {
        return ObjectKeys.<Head<R>>builder()
                .string("id", (head, id) -> head.builder.id(id))
                .key("type", type)
                .key("base", (parser, options, head) -> BASE.read(parser, options, "the base object", head.builder))
                .value("connections", SharedReaders.CONNECTIONS, (head, c) -> head.builder.connections(c))
                .value("metadata", SharedReaders.METADATA, (head, m) -> head.builder.metadata(m));
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
        Head<ResourceBuilder<?>> head = new Head<>(builder, type, details);
        (details == null ? TYPED_HEAD : TYPED_HEAD_WITH_DETAILS).read(parser, options, "a " + type + " resource", head);
        if (!head.typeSeen) {
            throw failure(parser, "the " + type + " resource has no \"type\" key");
        }
    }

    private static void checkType(JsonParser parser, ReadOptions options, Head<?> head) throws IOException {
        String given = JsonReading.readStringValue(parser);
        if (!given.equals(head.type)) {
            throw failure(parser, "expected a resource of type \"" + head.type + "\", got " + JsonReading.quote(given));
        }
        head.typeSeen = true;
    }

    /** A generic resource: the head with any non-empty type, and no details. */
    static GenericResource readGeneric(JsonParser parser, ReadOptions options) throws IOException {
        return GENERIC.read(parser, options);
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
            region = SharedReaders.REGION.read(parser, options);
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

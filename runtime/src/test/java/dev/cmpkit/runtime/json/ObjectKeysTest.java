package dev.cmpkit.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The loop every object reader shares, through Jackson's real parser: a key found in the table runs
 * its action once, a key it does not list fails naming the table's keys (or is skipped when the
 * options say so), and JSON null, missing keys, repeated keys and values of the wrong JSON type
 * behave as the hand-written readers did.
 */
class ObjectKeysTest {

    private static final JsonFactory JSON = new JsonFactory();

    /** What the test shape's keys are read into: a plain mutable holder, checked by {@link #build}. */
    private static final class Parts {
        private String name;
        private Double size;
        private Integer count;
        private Boolean on;
        private final List<String> tags = new ArrayList<>();
        private Parts child;
        private final Map<String, Object> others = new LinkedHashMap<>();
        private int nameWrites;
    }

    /** The value the shape builds; the build step rejects a missing name, as a builder would. */
    private record Thing(String name, Double size, Integer count, Boolean on, List<String> tags, Thing child) {}

    private static Thing build(Parts parts) {
        if (parts.name == null) {
            throw new IllegalArgumentException("name is required, got null");
        }
        Thing child = parts.child == null ? null : build(parts.child);
        return new Thing(parts.name, parts.size, parts.count, parts.on, List.copyOf(parts.tags), child);
    }

    private static final ValueReader<Parts> CHILD_PARTS = (parser, options) -> {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        Parts child = new Parts();
        ObjectKeysTest.keys().read(parser, options, "a child thing", child);
        return child;
    };

    private static final ValueReader<String> TAG = (parser, options) -> JsonReading.readStringValue(parser);

    private static ObjectKeys<Parts> keys() {
        return ObjectKeys.<Parts>builder()
                .string("name", (parts, name) -> {
                    parts.name = name;
                    parts.nameWrites++;
                })
                .number("size", (parts, size) -> parts.size = size)
                .integer("count", (parts, count) -> parts.count = count)
                .bool("on", (parts, on) -> parts.on = on)
                .list("tags", "the list of tags", TAG, (parts, tag) -> parts.tags.add(tag))
                .value("child", CHILD_PARTS, (parts, child) -> parts.child = child)
                .build();
    }

    private static final ObjectReader<Parts, Thing> THING = ObjectKeys.<Parts>builder()
            .string("name", (parts, name) -> parts.name = name)
            .number("size", (parts, size) -> parts.size = size)
            .integer("count", (parts, count) -> parts.count = count)
            .bool("on", (parts, on) -> parts.on = on)
            .list("tags", "the list of tags", TAG, (parts, tag) -> parts.tags.add(tag))
            .value("child", CHILD_PARTS, (parts, child) -> parts.child = child)
            .reader("a thing", Parts::new, ObjectKeysTest::build);

    private static JsonParser parserAt(String json) throws IOException {
        JsonParser parser = JSON.createParser(json.replace('\'', '"'));
        parser.nextToken();
        return parser;
    }

    private static Thing read(String json, ReadOptions options) throws IOException {
        try (JsonParser parser = parserAt(json)) {
            Thing thing = THING.read(parser, options);
            assertEquals(JsonToken.END_OBJECT, parser.currentToken(), "the reader stops at the object's last token");
            assertNull(parser.nextToken(), "and the input has nothing after it");
            return thing;
        }
    }

    private static CmpReadException fails(String json, ReadOptions options) {
        return assertThrows(CmpReadException.class, () -> read(json, options));
    }

    @Test
    void everyKeyOfTheTableIsReadInAnyOrder() throws IOException {
        Thing thing = read(
                "{'tags': ['a', 'b'], 'on': true, 'child': {'name': 'c', 'count': 2}, 'count': 7, 'size': 1.5,"
                        + " 'name': 'n'}",
                ReadOptions.strict());
        Thing child = new Thing("c", null, 2, null, List.of(), null);
        assertEquals(new Thing("n", 1.5, 7, true, List.of("a", "b"), child), thing);
    }

    @Test
    void theUnknownKeyFailureListsTheTableKeysInTheOrderTheyWereAdded() {
        CmpReadException e = fails("{'name': 'n', 'colour': 'red'}", ReadOptions.strict());
        assertEquals(
                "unknown key \"colour\"; expected name, size, count, on, tags or child at /colour", e.getMessage());
        assertEquals("/colour", e.path());
        assertEquals("name, size, count, on, tags or child", keys().expected());
    }

    @Test
    void oneOrTwoKeysAreListedWithoutCommas() {
        ObjectKeys<Parts> one =
                ObjectKeys.<Parts>builder().string("id", (p, v) -> {}).build();
        ObjectKeys<Parts> two = ObjectKeys.<Parts>builder()
                .string("id", (p, v) -> {})
                .string("name", (p, v) -> {})
                .build();
        assertEquals("id", one.expected());
        assertEquals("id or name", two.expected());
    }

    @Test
    void anUnknownKeyInsideANestedValueFailsAtItsOwnPath() {
        CmpReadException e = fails("{'name': 'n', 'child': {'name': 'c', 'colour': 1}}", ReadOptions.strict());
        assertEquals(
                "unknown key \"colour\"; expected name, size, count, on, tags or child at /child/colour",
                e.getMessage());
    }

    @Test
    void leniencySkipsUnknownKeysWithWholeNestedValuesAtEveryLevel() throws IOException {
        Thing thing = read(
                "{'colour': {'deep': [1, {'x': [2]}]}, 'name': 'n', 'child': {'extra': [[]], 'name': 'c'},"
                        + " 'more': null, 'size': 2}",
                ReadOptions.ignoringUnknownKeys());
        assertEquals(
                new Thing("n", 2.0, null, null, List.of(), new Thing("c", null, null, null, List.of(), null)), thing);
    }

    @Test
    void readingIntoATargetStopsAtTheEndOfTheObjectSoTheCallerReadsOn() throws IOException {
        try (JsonParser parser = parserAt("[{'name': 'a', 'x': {'y': 1}}, {'name': 'b'}]")) {
            List<String> names = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Parts parts = new Parts();
                keys().read(parser, ReadOptions.ignoringUnknownKeys(), "a thing", parts);
                assertEquals(JsonToken.END_OBJECT, parser.currentToken());
                names.add(parts.name);
            }
            assertEquals(List.of("a", "b"), names);
        }
    }

    @Test
    void jsonNullReadsAsNullThroughAReaderButIsNotAnObjectToReadInto() throws IOException {
        try (JsonParser parser = parserAt("null")) {
            assertNull(THING.read(parser, ReadOptions.strict()));
        }
        try (JsonParser parser = parserAt("null")) {
            CmpReadException e = assertThrows(
                    CmpReadException.class,
                    () -> keys().read(parser, ReadOptions.strict(), "the base object", new Parts()));
            assertEquals("expected the base object (a JSON object), got null at the top level", e.getMessage());
        }
    }

    @Test
    void aNullValueGivesNullToTheSetterAndAbsentKeysAreLeftAlone() throws IOException {
        Parts parts = new Parts();
        parts.size = 3.0;
        try (JsonParser parser = parserAt("{'name': null, 'count': null, 'on': null, 'child': null}")) {
            keys().read(parser, ReadOptions.strict(), "a thing", parts);
        }
        assertNull(parts.name);
        assertEquals(1, parts.nameWrites, "a null value is still a value: the setter runs");
        assertNull(parts.count);
        assertNull(parts.on);
        assertNull(parts.child);
        assertEquals(3.0, parts.size, "a key that is absent leaves what the target has");
    }

    @Test
    void aMissingRequiredKeyIsTheBuildStepsFailureAtTheObject() throws IOException {
        try (JsonParser parser = parserAt("[{'name': 'a'}, {'size': 1}]")) {
            parser.nextToken();
            assertEquals("a", THING.read(parser, ReadOptions.strict()).name());
            parser.nextToken();
            CmpReadException e = assertThrows(CmpReadException.class, () -> THING.read(parser, ReadOptions.strict()));
            assertEquals("name is required, got null at /1", e.getMessage());
            assertEquals("/1", e.path());
            assertEquals(IllegalArgumentException.class, e.getCause().getClass());
        }
        assertEquals(
                "name is required, got null at the top level",
                fails("{}", ReadOptions.strict()).getMessage());
    }

    @Test
    void aKeyGivenTwiceRunsItsActionTwiceTheLastValueStaying() throws IOException {
        Parts parts = new Parts();
        try (JsonParser parser = parserAt("{'name': 'first', 'tags': ['a'], 'name': 'second', 'tags': ['b']}")) {
            keys().read(parser, ReadOptions.strict(), "a thing", parts);
        }
        assertEquals("second", parts.name);
        assertEquals(2, parts.nameWrites);
        assertEquals(List.of("a", "b"), parts.tags, "each list's elements are added in input order");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {'name': 5}                        | expected a string or null, got the number 5 at /name
            {'name': 'n', 'size': 'big'}       | expected a number, got the string "big" at /size
            {'name': 'n', 'size': true}        | expected a number, got true at /size
            {'name': 'n', 'count': 1.5}        | expected an integer from -2147483648 to 2147483647, got the number 1.5 at /count
            {'name': 'n', 'count': 2147483648} | expected an integer from -2147483648 to 2147483647, got 2147483648 at /count
            {'name': 'n', 'on': 'yes'}         | expected true or false, got the string "yes" at /on
            {'name': 'n', 'tags': null}        | expected the list of tags (a JSON array), got null at /tags
            {'name': 'n', 'tags': ['a', 1]}    | expected a string, got the number 1 at /tags/1
            {'name': 'n', 'child': []}         | expected a child thing (a JSON object), got an array at /child
            'n'                                | expected a thing (a JSON object), got the string "n" at the top level
            """)
    void aValueOfTheWrongJsonTypeFailsSayingWhatWasExpectedAndWhere(String json, String message) {
        assertEquals(message, fails(json, ReadOptions.strict()).getMessage());
        assertEquals(
                message,
                fails(json, ReadOptions.ignoringUnknownKeys()).getMessage(),
                "leniency is about unknown keys only, not known keys of the wrong type");
    }

    @Test
    void otherKeysGoToTheirOwnActionWithTheirKeyAndListedKeysStillToTheirs() throws IOException {
        ObjectKeys<Parts> open = ObjectKeys.<Parts>builder()
                .string("name", (parts, name) -> parts.name = name)
                .otherKeys((parser, options, parts, key) -> parts.others.put(key, JsonReading.readValue(parser)))
                .build();
        Parts parts = new Parts();
        try (JsonParser parser = parserAt("{'a': 1, 'name': 'n', 'b': {'c': [true]}}")) {
            open.read(parser, ReadOptions.strict(), "an open thing", parts);
        }
        assertEquals("n", parts.name);
        assertEquals(Map.of("a", 1, "b", Map.of("c", List.of(true))), parts.others);
    }

    @Test
    void theFinishStepSeesTheParserAtTheEndOfTheObject() throws IOException {
        ObjectReader<Parts, String> reader = ObjectKeys.<Parts>builder()
                .string("name", (parts, name) -> parts.name = name)
                .finishing("a named thing", Parts::new, (parser, parts) -> {
                    assertSame(JsonToken.END_OBJECT, parser.currentToken());
                    if (parts.name == null) {
                        throw JsonReading.failure(parser, "a named thing needs its \"name\"");
                    }
                    return parts.name;
                });
        try (JsonParser parser = parserAt("{'name': 'n'}")) {
            assertEquals("n", reader.read(parser, ReadOptions.strict()));
        }
        try (JsonParser parser = parserAt("[{}]")) {
            parser.nextToken();
            CmpReadException e = assertThrows(CmpReadException.class, () -> reader.read(parser, ReadOptions.strict()));
            assertEquals("a named thing needs its \"name\" at /0", e.getMessage());
            assertNull(e.getCause(), "a failure the finish step makes is not wrapped again");
        }
    }

    @Test
    void aTableStatesEachKeyOnceAndHasSomethingToRead() {
        ObjectKeys.Builder<Parts> table = ObjectKeys.<Parts>builder().string("name", (p, v) -> {});
        IllegalArgumentException twice =
                assertThrows(IllegalArgumentException.class, () -> table.number("name", (p, v) -> {}));
        assertEquals("the key \"name\" is in the table twice", twice.getMessage());
        IllegalStateException empty = assertThrows(
                IllegalStateException.class, () -> ObjectKeys.<Parts>builder().build());
        assertEquals("a table needs a key, or an action for other keys", empty.getMessage());
    }
}

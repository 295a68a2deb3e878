package dev.cmpkit.runtime;

import static dev.cmpkit.testing.RandomCases.anyString;
import static dev.cmpkit.testing.RandomCases.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cmpkit.resources.Server;
import dev.cmpkit.runtime.json.CmpJson;
import dev.cmpkit.runtime.json.JsonWritable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CmpJson} writes the bytes Jackson writes: for random resources of every type and every
 * shared value, through each entry point, and with Jackson's {@code ObjectMapper} (which hands
 * compact UTF-8 output to the same writer) agreeing with Jackson's own generator.
 */
class CmpJsonTest {

    private static final int CASES = 400;
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The reference: the value's Jackson serializer on a plain UTF-8 generator. */
    static byte[] generator(JsonWritable value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            value.writeJson(gen, Wire.CLOCK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void assertSameBytes(JsonWritable value) throws IOException {
        String expected = text(generator(value));
        assertEquals(expected, text(CmpJson.toBytes(value, Wire.CLOCK)), "CmpJson.toBytes");
        assertEquals(expected, text(Wire.MAPPER.writeValueAsBytes(value)), "ObjectMapper");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CmpJson.write(value, out, Wire.CLOCK);
        assertEquals(expected, text(out.toByteArray()), "CmpJson.write");
    }

    static String text(byte[] bytes) {
        // Byte for byte: ISO-8859-1 maps each byte to one char, so invalid UTF-8 would show.
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void randomResourcesOfEveryTypeWriteJacksonsBytes() {
        check(CASES * 5, random -> assertSameBytes(RandomResources.ANY.any(random)));
    }

    @Test
    void randomSharedValuesWriteJacksonsBytes() {
        check(CASES, random -> {
            assertSameBytes(Region.of(anyString(random, 10)));
            assertSameBytes(OneShapePropertyTest.place(random));
            assertSameBytes(OneShapePropertyTest.location(random));
            assertSameBytes(OneShapePropertyTest.locations(random));
            assertSameBytes(OneShapePropertyTest.ipAddress(random));
            assertSameBytes(OneShapePropertyTest.imageDetail(random));
            Metadata metadata = OneShapePropertyTest.metadata(random);
            assertSameBytes(metadata);
            assertSameBytes(OneShapePropertyTest.connections(random));
            assertSameBytes(Account.builder()
                    .id(anyString(random, 5))
                    .metadata(random.nextBoolean() ? metadata : null)
                    .build());
        });
    }

    /** Every resource vector's expected output, read into its type, is written back as it is. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cmpkit.runtime.ReadBackVectorsTest#resources")
    void resourceVectors(Vectors.Case c) throws IOException {
        byte[] expected = ReadBackVectorsTest.compact(
                Vectors.withLastSeenAt(Vectors.canonicalResource(c.expected()), Wire.CLOCK_TEXT));
        Resource resource = CmpJsonReader.read(
                expected, ReadBackVectorsTest.KINDS.get(c.input().get("kind").asText()));
        assertEquals(text(expected), text(CmpJson.toBytes(resource, Wire.CLOCK)));
        assertSameBytes(resource);
    }

    /** The same for every vector of the shared values. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cmpkit.runtime.ReadBackVectorsTest#sharedValues")
    void sharedValueVectors(ReadBackVectorsTest.SharedCase c) throws IOException {
        JsonNode node = c.type() == Locations.class
                ? Vectors.canonicalLocations(c.vector().expected())
                : c.vector().expected();
        byte[] expected = ReadBackVectorsTest.compact(node);
        JsonWritable value = (JsonWritable) CmpJsonReader.read(expected, c.type());
        assertEquals(text(expected), text(CmpJson.toBytes(value, Wire.CLOCK)));
        assertSameBytes(value);
    }

    @Test
    void everyStringReadsBackThroughJackson() {
        ObjectMapper mapper = new ObjectMapper();
        check(CASES, random -> {
            String key = anyString(random, 10);
            String value = anyString(random, 30);
            String type = anyString(random, 6);
            GenericResource resource = GenericResource.builder()
                    .type("t")
                    .id("i")
                    .name(value)
                    .metadata(Metadata.builder().add(key, value).build())
                    .connections(Connections.builder().add(type, value).build())
                    .build();
            byte[] bytes = CmpJson.toBytes(resource, Wire.CLOCK);
            // Jackson's byte parser rejects a lone surrogate in a name even when escaped; its text
            // parser reads the escapes back.
            JsonNode tree = mapper.readTree(new String(bytes, StandardCharsets.UTF_8));
            assertEquals(value, tree.path("base").path("name").asText());
            assertEquals(
                    value,
                    tree.path("metadata")
                            .path(Metadata.PROVIDER_SPECIFIC)
                            .path(key)
                            .asText());
            assertEquals(
                    value,
                    tree.path("connections").path(type).path(0).path("id").asText());
        });
    }

    @Test
    void arraysFromIterablesIteratorsAndStreamsWriteJacksonsBytes() throws IOException {
        List<Resource> resources = new ArrayList<>();
        check(60, random -> resources.add(RandomResources.ANY.any(random)));
        resources.add(2, null);
        String expected = text(Wire.MAPPER.writeValueAsBytes(resources));

        ByteArrayOutputStream fromIterable = new ByteArrayOutputStream();
        CmpJson.writeArray(resources, fromIterable, Wire.CLOCK);
        assertEquals(expected, text(fromIterable.toByteArray()));

        ByteArrayOutputStream fromIterator = new ByteArrayOutputStream();
        CmpJson.writeArray(resources.iterator(), fromIterator, Wire.CLOCK);
        assertEquals(expected, text(fromIterator.toByteArray()));

        ByteArrayOutputStream fromStream = new ByteArrayOutputStream();
        CmpJson.writeArray(resources.stream(), fromStream, Wire.CLOCK);
        assertEquals(expected, text(fromStream.toByteArray()));

        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        CmpJson.writeArray(List.<Resource>of(), empty, Wire.CLOCK);
        assertEquals("[]", empty.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writeAppendsToTheStreamWithoutClosingIt() throws IOException {
        Region region = Region.of("r");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        out.write('[');
        CmpJson.write(region, out, Wire.CLOCK);
        out.write(',');
        CmpJson.writeArray(List.of(region), out, Wire.CLOCK);
        out.write(']');
        assertEquals("[{\"id\":\"r\"},[{\"id\":\"r\"}]]", bytes.toString(StandardCharsets.UTF_8));
        assertEquals(false, closed[0]);
    }

    @Test
    void arraysStreamThroughAFixedBuffer() throws IOException {
        int[] taken = {0};
        Iterator<Server> servers = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return taken[0] < 3;
            }

            @Override
            public Server next() {
                return Server.builder().id("s" + taken[0]++).name("n").build();
            }
        };
        List<Integer> takenWhenWritten = new ArrayList<>();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {}

            @Override
            public void write(byte[] b, int off, int len) {
                takenWhenWritten.add(taken[0]);
            }
        };
        CmpJson.writeArray(servers, out, Wire.CLOCK);
        assertEquals(3, taken[0]);
        assertEquals(List.of(3), takenWhenWritten, "one flush at the end for a small array");

        // A lazy stream of a million servers streams through the 8 KiB buffer: the output is
        // flushed many times while the stream is being pulled.
        long[] written = {0, 0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                written[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written[0] += len;
                written[1]++;
            }
        };
        Stream<Server> lazy = IntStream.range(0, 20_000)
                .mapToObj(i -> Server.builder().id("s" + i).name("n").build());
        CmpJson.writeArray(lazy, counting, Wire.CLOCK);
        byte[] one = CmpJson.toBytes(Server.builder().id("s0").name("n").build(), Wire.CLOCK);
        assertEquals(true, written[1] > written[0] / (2 * 8192), "flushed as the buffer filled");
        assertEquals(true, written[0] > 20_000L * one.length - 1, "every server written");
    }

    @Test
    void aValueThatCallsCmpJsonWhileBeingWrittenGetsItsOwnBuffer() throws IOException {
        JsonWritable nested = (gen, clock) ->
                gen.writeRawValue(new String(CmpJson.toBytes(Region.of("inner"), clock), StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CmpJson.writeArray(List.of(Region.of("before"), nested, Region.of("after")), out, Wire.CLOCK);
        assertEquals(
                "[{\"id\":\"before\"},{\"id\":\"inner\"},{\"id\":\"after\"}]", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aUsersOwnSerializableIsWrittenFromItsMap() throws IOException {
        CmpSerializable own = () -> Map.of("k", List.of(1, 2.5, "x"));
        assertSameBytes(own);
        assertEquals("{\"k\":[1,2.5,\"x\"]}", new String(CmpJson.toBytes(own), StandardCharsets.UTF_8));
    }

    @Test
    void theSystemClockStampsLastSeenAtWithoutOne() {
        Server server = Server.builder().id("s").name("n").build();
        String before = Rfc3339.convert(Clock.systemUTC().instant());
        String json = new String(CmpJson.toBytes(server), StandardCharsets.UTF_8);
        String stamp = json.replaceAll(".*\"last_seen_at\":\"([^\"]+)\".*", "$1");
        assertEquals(true, stamp.compareTo(before) >= 0, stamp + " is not before " + before);
    }

    @Test
    void prettyPrintingStaysJacksons() throws IOException {
        ObjectMapper pretty =
                new ObjectMapper().registerModule(new CmpModule(Wire.CLOCK)).enable(SerializationFeature.INDENT_OUTPUT);
        Server server = RandomResources.ANY.server(new java.util.SplittableRandom(7));
        String indented = pretty.writeValueAsString(server);
        assertEquals(true, indented.contains("\n  \"id\" : "), indented);
        assertEquals(
                new ObjectMapper().readTree(new String(Wire.MAPPER.writeValueAsBytes(server), StandardCharsets.UTF_8)),
                new ObjectMapper().readTree(indented));
    }

    @Test
    void theObjectMappersPreWrittenValuesSitRightInsideOtherJson() throws IOException {
        Server server = RandomResources.ANY.server(new java.util.SplittableRandom(11));
        Region region = Region.of("r\u00e9");
        Map<String, Object> around = new java.util.LinkedHashMap<>();
        around.put("a", server);
        around.put("b", List.of(region, region));
        String expected = "{\"a\":" + text(generator(server)) + ",\"b\":[" + text(generator(region)) + ","
                + text(generator(region)) + "]}";
        assertEquals(expected, text(Wire.MAPPER.writeValueAsBytes(around)));
    }

    @Test
    void aGeneratorThatEscapesDifferentlyIsLeftToJackson() throws IOException {
        ObjectMapper asciiOnly = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
                .addModule(new CmpModule(Wire.CLOCK))
                .build();
        assertEquals("{\"id\":\"r\\u00E9\"}", asciiOnly.writeValueAsString(Region.of("r\u00e9")));
        assertEquals(
                "{\"id\":\"r\\u00E9\"}",
                new String(asciiOnly.writeValueAsBytes(Region.of("r\u00e9")), StandardCharsets.UTF_8));
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        Region region = Region.of("r");
        OutputStream out = new ByteArrayOutputStream();
        assertEquals(
                "value is required, got null",
                assertThrows(IllegalArgumentException.class, () -> CmpJson.toBytes(null))
                        .getMessage());
        assertEquals(
                "clock is required, got null",
                assertThrows(IllegalArgumentException.class, () -> CmpJson.toBytes(region, null))
                        .getMessage());
        assertEquals(
                "out is required, got null",
                assertThrows(IllegalArgumentException.class, () -> CmpJson.write(region, null))
                        .getMessage());
        assertEquals(
                "values is required, got null",
                assertThrows(IllegalArgumentException.class, () -> CmpJson.writeArray((Iterable<Region>) null, out))
                        .getMessage());
        assertEquals(
                "values is required, got null",
                assertThrows(IllegalArgumentException.class, () -> CmpJson.writeArray((Stream<Region>) null, out))
                        .getMessage());
        assertEquals(
                "out is required, got null",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> CmpJson.writeArray(Arrays.asList(region).iterator(), null))
                        .getMessage());
    }
}

package dev.cmpkit.runtime.json;

import static dev.cmpkit.testing.RandomCases.anyString;
import static dev.cmpkit.testing.RandomCases.check;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cmpkit.testing.RandomCases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * cmpkit's byte writer against Jackson's UTF-8 generator: the same sink calls give the same bytes,
 * for strings over the whole UTF-16 range (controls, escapes, astral characters, lone surrogates),
 * longs at the edges and doubles of every kind; and what it writes reads back.
 */
class JsonByteWriterTest {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Clock CLOCK = Clock.systemUTC();

    /** Calls made on a sink; run once on Jackson and once on cmpkit's writer. */
    @FunctionalInterface
    interface Script {
        void write(JsonSink sink) throws IOException;
    }

    static byte[] jackson(Script script) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            script.write(new GeneratorSink(gen));
        }
        return out.toByteArray();
    }

    static byte[] cmpkit(Script script) throws IOException {
        JsonByteWriter writer = new JsonByteWriter(16);
        writer.start(null);
        script.write(writer);
        return writer.toByteArray();
    }

    /** Through a stream and a buffer far smaller than the output, which forces many flushes. */
    static byte[] cmpkitStreamed(Script script) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonByteWriter writer = new JsonByteWriter(64);
        writer.start(out);
        script.write(writer);
        writer.flushBuffer();
        return out.toByteArray();
    }

    static void assertSameBytes(Script script) throws IOException {
        byte[] expected = jackson(script);
        assertEquals(text(expected), text(cmpkit(script)));
        assertArrayEquals(expected, cmpkit(script));
        assertArrayEquals(expected, cmpkitStreamed(script));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void stringsFromTheWholeUtf16RangeAsValuesAndNames() {
        check(3000, random -> {
            String name = anyString(random, 12);
            String value = anyString(random, random.nextInt(8) == 0 ? 3000 : 40);
            assertSameBytes(sink -> {
                sink.beginObject();
                sink.name(name);
                sink.string(value);
                sink.name(JsonName.of(name));
                sink.beginArray();
                sink.string(value);
                sink.string(value.toCharArray(), 0, value.length());
                sink.endArray();
                sink.endObject();
            });
        });
    }

    @Test
    void longStringsWithAnEscapeOrWideCharNearEach1024CharBoundary() throws IOException {
        // Long strings are encoded 1,024 chars at a time; the plain-ASCII loop restarts in each
        // piece, after a char that needed the general loop in the piece before.
        for (int length : new int[] {1023, 1024, 1025, 2047, 2048, 2049, 3100}) {
            for (int at : new int[] {0, 1022, 1023, 1024, 1025, 2047, 2048, length - 1}) {
                for (char odd : new char[] {'"', '\u00e9', '\u20ac', '\uD800'}) {
                    if (at >= length) {
                        continue;
                    }
                    char[] chars = new char[length];
                    Arrays.fill(chars, 'a');
                    chars[at] = odd;
                    String value = new String(chars);
                    assertSameBytes(sink -> {
                        sink.beginArray();
                        sink.string(value);
                        sink.string(value);
                        sink.endArray();
                    });
                }
            }
        }
    }

    @Test
    void everyStringReadsBackAsTheSameString() {
        check(3000, random -> {
            String name = anyString(random, 12);
            String value = anyString(random, 40);
            byte[] bytes = cmpkit(sink -> {
                sink.beginObject();
                sink.name(name);
                sink.string(value);
                sink.endObject();
            });
            // Jackson's byte parser refuses a lone surrogate in a name even as an escape, its
            // char parser reads it, so names are checked through the text.
            try (JsonParser parser = FACTORY.createParser(new String(bytes, StandardCharsets.UTF_8))) {
                assertEquals(JsonToken.START_OBJECT, parser.nextToken());
                assertEquals(JsonToken.FIELD_NAME, parser.nextToken());
                assertEquals(name, parser.currentName());
                assertEquals(JsonToken.VALUE_STRING, parser.nextToken());
                assertEquals(value, parser.getText());
            }
            try (JsonParser parser = FACTORY.createParser(cmpkit(sink -> sink.string(value)))) {
                assertEquals(JsonToken.VALUE_STRING, parser.nextToken());
                assertEquals(value, parser.getText());
            }
        });
    }

    @Test
    void loneSurrogatesAreUppercaseUnicodeEscapes() throws IOException {
        byte[] bytes = cmpkit(sink -> {
            sink.beginObject();
            sink.name("k\uDC00");
            sink.string("a\uD800b\uD83D\uDE00\u00e9\u0001\n");
            sink.endObject();
        });
        assertEquals(
                "{\"k\\uDC00\":\"a\\uD800b\\uD83D\\uDE00\u00e9\\u0001\\n\"}",
                new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void everyCharOnItsOwn() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            all.append(c);
        }
        String text = all.toString();
        assertSameBytes(sink -> {
            sink.beginObject();
            sink.name(text);
            sink.string(text);
            sink.endObject();
        });
    }

    static final List<Long> EDGE_LONGS = List.of(
            0L,
            -1L,
            1L,
            9L,
            10L,
            -10L,
            99L,
            100L,
            Integer.MAX_VALUE - 1L,
            (long) Integer.MAX_VALUE,
            Integer.MAX_VALUE + 1L,
            (long) Integer.MIN_VALUE,
            Integer.MIN_VALUE - 1L,
            999_999_999_999_999_999L,
            1_000_000_000_000_000_000L,
            Long.MAX_VALUE,
            Long.MAX_VALUE - 1,
            Long.MIN_VALUE,
            Long.MIN_VALUE + 1,
            1L << 62);

    @Test
    void longsAtTheEdgesAndAtRandom() throws IOException {
        assertSameBytes(sink -> {
            sink.beginArray();
            for (long value : EDGE_LONGS) {
                sink.number(value);
            }
            // Every digit count starts at a power of ten: both sides of each, either sign.
            long power = 1;
            for (int exponent = 0; exponent <= 18; exponent++, power *= 10) {
                for (long value : new long[] {power - 1, power, power + 1}) {
                    sink.number(value);
                    sink.number(-value);
                }
            }
            sink.endArray();
        });
        check(2000, random -> {
            long value = random.nextLong() >> random.nextInt(64);
            assertSameBytes(sink -> {
                sink.beginArray();
                sink.number(value);
                sink.value(value, CLOCK);
                sink.value((int) value, CLOCK);
                sink.endArray();
            });
        });
    }

    static final List<Double> EDGE_DOUBLES = List.of(
            0.0,
            -0.0,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            Double.MIN_NORMAL,
            Math.nextDown(Double.MIN_NORMAL),
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            1e21,
            Math.nextDown(1e21),
            Math.nextUp(1e21),
            1e-7,
            Math.nextDown(1e-7),
            Math.nextUp(1e-7),
            1e-3,
            9.999999e-4,
            1e7,
            Math.nextDown(1e7),
            // The double nearest 1e23, which Java 17's own Double.toString writes as 9.999999999999999E22.
            Double.parseDouble("1e23"),
            2e-3,
            0.1,
            1.0 / 3,
            100.0,
            4.35,
            2.0E-3,
            1.0E22);

    @Test
    void doublesOfEveryKind() {
        check(4000, random -> {
            double value = switch (random.nextInt(4)) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> Double.longBitsToDouble(random.nextLong(0x0010_0000_0000_0000L)); // subnormal
                case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(-30, 30));
                default -> EDGE_DOUBLES.get(random.nextInt(EDGE_DOUBLES.size()));
            };
            if (!Double.isFinite(value)) {
                return;
            }
            float single = (float) value;
            assertSameBytes(sink -> {
                sink.beginArray();
                sink.number(value);
                sink.value(value, CLOCK);
                if (Float.isFinite(single)) {
                    sink.value(single, CLOCK);
                }
                sink.value(BigDecimal.valueOf(value), CLOCK);
                sink.endArray();
            });
        });
    }

    @Test
    void manyDoublesInOneWriterNeverTakeAnotherValuesDigits() throws IOException {
        SplittableRandom random = new SplittableRandom(RandomCases.seed());
        double[] values = new double[20_000];
        for (int i = 0; i < values.length; i++) {
            // Few distinct values, so that slots are both hit and taken over.
            values[i] = random.nextInt(300) / 7.0 * (random.nextBoolean() ? 1 : -1);
        }
        assertSameBytes(sink -> {
            sink.beginArray();
            for (double value : values) {
                sink.number(value);
            }
            sink.endArray();
        });
    }

    @Test
    void jsonCompatibleValuesNestedAtRandom() {
        check(2000, random -> {
            Object value = RandomCases.anyJsonValue(random, true);
            assertSameBytes(sink -> sink.value(value, CLOCK));
        });
    }

    @Test
    void aValueThatOnlyKnowsJacksonIsWrittenByJackson() throws IOException {
        JsonWritable custom = (gen, clock) -> {
            gen.writeStartObject();
            gen.writeStringField("custom", "\uD800 ok");
            gen.writeNumberField("n", 1.5f);
            gen.writeEndObject();
        };
        assertSameBytes(sink -> {
            sink.beginArray();
            sink.value(custom, CLOCK);
            sink.value(List.of(custom, Map.of("k", custom)), CLOCK);
            sink.endArray();
        });
    }

    @Test
    void badValuesAreRejectedNamingWhatWasWrong() {
        IllegalArgumentException nan = assertThrows(
                IllegalArgumentException.class, () -> cmpkit(sink -> sink.value(List.of(Double.NaN), CLOCK)));
        assertEquals("JSON numbers must be finite, got NaN", nan.getMessage());
        IllegalArgumentException infinite = assertThrows(
                IllegalArgumentException.class, () -> cmpkit(sink -> sink.value(Float.POSITIVE_INFINITY, CLOCK)));
        assertEquals("JSON numbers must be finite, got Infinity", infinite.getMessage());
        IllegalArgumentException key =
                assertThrows(IllegalArgumentException.class, () -> cmpkit(sink -> sink.value(Map.of(1, "x"), CLOCK)));
        assertEquals("JSON object keys must be strings, got java.lang.Integer 1", key.getMessage());
        IllegalArgumentException other =
                assertThrows(IllegalArgumentException.class, () -> cmpkit(sink -> sink.value(new Object() {}, CLOCK)));
        assertTrue(other.getMessage().startsWith("not a JSON-compatible value: "), other.getMessage());
    }

    @Test
    void constantRunsDecideTheNextComma() throws IOException {
        byte[] bytes = cmpkit(sink -> {
            JsonByteWriter out = (JsonByteWriter) sink;
            out.beginArray();
            out.run("{\"a\":".getBytes(StandardCharsets.UTF_8));
            out.number(1);
            out.endRun("}".getBytes(StandardCharsets.UTF_8));
            out.run("{\"b\":[".getBytes(StandardCharsets.UTF_8));
            out.string("x");
            out.string("y");
            out.endRun("]}".getBytes(StandardCharsets.UTF_8));
            out.nullValue();
            out.endArray();
        });
        assertEquals("[{\"a\":1}{\"b\":[\"x\",\"y\"]},null]", new String(bytes, StandardCharsets.UTF_8));
    }
}

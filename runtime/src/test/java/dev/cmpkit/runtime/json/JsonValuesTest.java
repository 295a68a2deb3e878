package dev.cmpkit.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    private interface Body {
        void write(JsonGenerator gen) throws IOException;
    }

    private static String json(Body body) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = new JsonFactory().createGenerator(out)) {
            body.write(gen);
        }
        return out.toString();
    }

    @Test
    void writesEveryJsonCompatibleValue() throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("s", "x\"y");
        map.put("n", null);
        map.put("l", Arrays.asList(1, 2L, (short) 3, (byte) 4, 1.5, 2.5f, new BigDecimal("1.10"), true, null));
        JsonWritable nested = (gen, clock) -> gen.writeString("nested");
        map.put("w", nested);
        assertEquals(
                "{\"s\":\"x\\\"y\",\"n\":null,\"l\":[1,2,3,4,1.5,2.5,1.10,true,null],\"w\":\"nested\"}",
                json(gen -> JsonValues.writeValue(gen, map, Clock.systemUTC())));
    }

    @Test
    void writeValueRejectsWhatJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> json(gen -> JsonValues.writeValue(gen, new Object(), null)));
        assertThrows(
                IllegalArgumentException.class,
                () -> json(gen -> JsonValues.writeValue(gen, List.of(Double.NaN), null)));
        assertThrows(
                IllegalArgumentException.class, () -> json(gen -> JsonValues.writeValue(gen, Map.of(1, "x"), null)));
        assertThrows(IllegalArgumentException.class, () -> json(gen -> JsonValues.writeDouble(gen, Double.NaN)));
    }

    @Test
    void nullableWritersWriteNull() throws IOException {
        assertEquals("[null,null,null,null,null,null,[]]", json(gen -> {
            gen.writeStartArray();
            JsonValues.writeString(gen, null);
            JsonValues.writeInteger(gen, null);
            JsonValues.writeLong(gen, null);
            JsonValues.writeDouble(gen, null);
            JsonValues.writeBoolean(gen, null);
            JsonValues.writeWritable(gen, null, null);
            JsonValues.writeList(gen, null, null);
            gen.writeEndArray();
        }));
        assertEquals("[\"a\",1,9223372036854775807,0.5,true]", json(gen -> {
            gen.writeStartArray();
            JsonValues.writeString(gen, "a");
            JsonValues.writeInteger(gen, 1);
            JsonValues.writeLong(gen, Long.MAX_VALUE);
            JsonValues.writeDouble(gen, 0.5);
            JsonValues.writeBoolean(gen, true);
            gen.writeEndArray();
        }));
    }

    @Test
    void immutableCopyKeepsScalarsAndCopiesContainers() {
        assertSame("s", JsonValues.immutableCopy("f", "s"));
        List<Object> list = new ArrayList<>(List.of("a"));
        Object copy = JsonValues.immutableCopy("f", list);
        list.add("b");
        assertEquals(List.of("a"), copy);
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) copy).clear());
    }

    @Test
    void sharedButNotCyclicValuesAreAccepted() {
        List<Object> shared = List.of("x");
        assertEquals(List.of(shared, shared), JsonValues.immutableCopy("f", List.of(shared, shared)));
    }

    @Test
    void rejectionsNameTheFieldAndThePath() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> JsonValues.immutableCopy("tags", Map.of("a", List.of(new StringBuilder("sb")))));
        assertTrue(
                e.getMessage().contains("tags")
                        && e.getMessage().contains("tags.a[0]")
                        && e.getMessage().contains("java.lang.StringBuilder sb"),
                e.getMessage());
    }
}

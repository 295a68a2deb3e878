package dev.cmpkit.runtime;

import static dev.cmpkit.runtime.Rejects.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void namespaceConstantsAreTheWireNames() {
        assertEquals("default", Metadata.DEFAULT);
        assertEquals("provider_specific", Metadata.PROVIDER_SPECIFIC);
        assertEquals("provider_specific_editable", Metadata.PROVIDER_SPECIFIC_EDITABLE);
        assertEquals("provider_metadata", Metadata.PROVIDER_METADATA);
    }

    @Test
    void reAddingAKeyReplacesItsValueInPlace() {
        Metadata m = Metadata.builder().add("a", 1).add("b", 2).add("a", 3).build();
        assertEquals(
                List.of("a", "b"),
                new ArrayList<>(m.values(Metadata.PROVIDER_SPECIFIC).keySet()));
        assertEquals(3, m.get(Metadata.PROVIDER_SPECIFIC, "a"));
    }

    @Test
    void defaultNamespaceAppliesToEveryAddWithoutOne() {
        Metadata m = Metadata.builder()
                .add("a", 1)
                .defaultNamespace(Metadata.DEFAULT)
                .add("b", 2, Metadata.PROVIDER_METADATA)
                .build();
        assertEquals(List.of("default", "provider_metadata"), new ArrayList<>(m.namespaces()));
        assertEquals(1, m.get("default", "a"));
        Metadata reset = Metadata.builder()
                .defaultNamespace("x")
                .defaultNamespace(null)
                .add("a", 1)
                .build();
        assertEquals(1, reset.get(Metadata.PROVIDER_SPECIFIC, "a"));
    }

    @Test
    void acceptsEveryJsonCompatibleValue() throws Exception {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("z", null);
        nested.put("a", List.of(1L, 2.5, true, "s"));
        Metadata m = Metadata.builder()
                .add("null", null)
                .add("int", 1)
                .add("long", Long.MAX_VALUE)
                .add("short", (short) 2)
                .add("byte", (byte) 3)
                .add("float", 1.5f)
                .add("double", 48.0)
                .add("big", new BigInteger("123456789012345678901234567890"))
                .add("dec", new BigDecimal("1.10"))
                .add("bool", false)
                .add("nested", nested)
                .build();
        Wire.assertAgree(m.serialize(), m);
        assertEquals(
                Long.MAX_VALUE,
                Wire.streamed(m).get("provider_specific").get("long").longValue());
        assertTrue(Wire.streamed(m).get("provider_specific").get("double").isFloatingPointNumber());
        assertEquals(
                List.of("z", "a"), new ArrayList<>(((Map<?, ?>) m.get(Metadata.PROVIDER_SPECIFIC, "nested")).keySet()));
    }

    @Test
    void rejectsValuesThatAreNotJsonCompatibleNamingTheKey() {
        assertRejects(
                () -> Metadata.builder().add("when", new Object()).build(),
                "metadata value \"when\" must be JSON-compatible",
                "java.lang.Object");
        assertRejects(() -> Metadata.builder().add("tags", Set.of("a")).build(), "\"tags\"", "Set");
        assertRejects(() -> Metadata.builder().add("arr", new String[] {"a"}).build(), "\"arr\"");
        assertRejects(() -> Metadata.builder().add("n", Double.NaN).build(), "\"n\" must be a finite number, got NaN");
        assertRejects(() -> Metadata.builder().add("n", Float.POSITIVE_INFINITY).build(), "Infinity");
        assertRejects(
                () -> Metadata.builder().add("counter", new AtomicInteger(1)).build(), "\"counter\"", "AtomicInteger");
        assertRejects(
                () -> Metadata.builder()
                        .add("deep", Map.of("list", List.of(1, new Object())))
                        .build(),
                "\"deep\"",
                "at metadata value \"deep\".list[1]");
        Map<Object, Object> intKeys = new HashMap<>();
        intKeys.put(1, "one");
        assertRejects(
                () -> Metadata.builder().add("keys", intKeys).build(),
                "map key that is not a string",
                "java.lang.Integer 1");
    }

    @Test
    void rejectsSelfContainingAndTooDeepValues() {
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        assertRejects(() -> Metadata.builder().add("loop", loop).build(), "\"loop\" contains itself");
        Object deep = "leaf";
        for (int i = 0; i < 10_000; i++) {
            deep = List.of(deep);
        }
        Object tooDeep = deep;
        assertRejects(() -> Metadata.builder().add("deep", tooDeep).build(), "nested deeper than 500");
    }

    @Test
    void rejectsNullKeys() {
        assertRejects(() -> Metadata.builder().add(null, 1).build(), "metadata key is required, got null");
    }

    @Test
    void theEmptyNamespaceIsANamespaceLikeAnyOther() throws Exception {
        Metadata explicit = Metadata.builder().add("k", 1, "").build();
        assertEquals(Map.of("", Map.of("k", 1)), explicit.serialize());
        Metadata byDefault =
                Metadata.builder().defaultNamespace("").add("k", "v").build();
        assertEquals(Map.of("", Map.of("k", "v")), byDefault.serialize());
        assertEquals("v", byDefault.get("", "k"));
        Wire.assertAgree(byDefault.serialize(), byDefault);
    }

    @Test
    void valuesAreDeepCopiedAndUnmodifiable() {
        List<Object> tags = new ArrayList<>(List.of("a"));
        Map<String, Object> info = new HashMap<>(Map.of("k", tags));
        Metadata.Builder builder = Metadata.builder().add("tags", tags).add("info", info);
        Metadata built = builder.build();
        tags.add("b");
        info.put("k2", 1);
        builder.add("tags", "replaced").add("more", 1);
        assertEquals(List.of("a"), built.get(Metadata.PROVIDER_SPECIFIC, "tags"));
        assertEquals(Map.of("k", List.of("a")), built.get(Metadata.PROVIDER_SPECIFIC, "info"));
        assertNull(built.get(Metadata.PROVIDER_SPECIFIC, "more"));
        @SuppressWarnings("unchecked")
        List<Object> view = (List<Object>) built.get(Metadata.PROVIDER_SPECIFIC, "tags");
        assertThrows(UnsupportedOperationException.class, () -> view.add("x"));
        assertThrows(
                UnsupportedOperationException.class,
                () -> built.values(Metadata.PROVIDER_SPECIFIC).clear());
        assertThrows(
                UnsupportedOperationException.class, () -> built.namespaces().clear());
        assertThrows(
                UnsupportedOperationException.class,
                () -> built.values(Metadata.PROVIDER_SPECIFIC).put("more", 2));
        assertEquals(Set.of(Metadata.PROVIDER_SPECIFIC), built.namespaces());
        assertNull(built.get(Metadata.PROVIDER_SPECIFIC, "more"));
    }

    @Test
    void namedAndOtherNamespacesStreamAsTheyAreSerialized() {
        // The named namespaces are written pre-encoded, any other namespace per write; both must agree.
        Metadata m = Metadata.builder()
                .add("a", 1)
                .add("b", "x", Metadata.DEFAULT)
                .add("c", true, Metadata.PROVIDER_METADATA)
                .add("d", 2.5, Metadata.PROVIDER_SPECIFIC_EDITABLE)
                .add("e\u00e9\"", Map.of("k", List.of()), "mine \"ns\"")
                .build();
        Wire.assertAgree(m.serialize(), m);
        assertEquals(
                List.of(
                        "provider_specific",
                        "default",
                        "provider_metadata",
                        "provider_specific_editable",
                        "mine \"ns\""),
                new ArrayList<>(m.namespaces()));
        assertTrue(Wire.streamed(m).get("mine \"ns\"").get("e\u00e9\"").get("k").isArray());
    }

    @Test
    void listsMayHoldJsonNulls() {
        Metadata m = Metadata.builder().add("l", Arrays.asList("a", null)).build();
        assertEquals(Arrays.asList("a", null), m.get(Metadata.PROVIDER_SPECIFIC, "l"));
        Wire.assertAgree(m.serialize(), m);
    }

    @Test
    void valueSemanticsIncludeKeyOrder() {
        Metadata ab = Metadata.builder().add("a", 1).add("b", 2).build();
        Metadata ba = Metadata.builder().add("b", 2).add("a", 1).build();
        assertEquals(ab, Metadata.builder().add("a", 1).add("b", 2).build());
        assertEquals(
                ab.hashCode(),
                Metadata.builder().add("a", 1).add("b", 2).build().hashCode());
        assertNotEquals(ab, ba);
        assertEquals(ab, ab.toBuilder().build());
        assertNotEquals(ab, ab.toBuilder().add("c", 3).build());
        assertTrue(ab.toString().contains("a=1"), ab.toString());
        assertTrue(Metadata.none().isEmpty());
        assertEquals(Metadata.none(), Metadata.builder().build());
    }
}

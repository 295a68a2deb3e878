package dev.cmpkit.runtime;

import static dev.cmpkit.runtime.Rejects.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionsTest {

    @Test
    void rejectsANullType() {
        assertRejects(() -> Connections.builder().add(null, "1").build(), "type is required, got null");
    }

    @Test
    void theEmptyTypeIsATypeLikeAnyOther() throws Exception {
        Connections c = Connections.builder().add("", "x").build();
        assertEquals(Map.of("", List.of(Map.of("id", "x"))), c.serialize());
        Wire.assertAgree(c.serialize(), c);
    }

    @Test
    void rejectsNullIdsAtTheCallNamingTheTypeAndIndex() {
        Connections.Builder builder = Connections.builder();
        assertRejects(() -> builder.servers("a", null), "\"server\"[1] must not be null");
        assertRejects(() -> builder.add("any", Arrays.asList(null, "b")), "\"any\"[0] must not be null");
        assertRejects(() -> builder.add("disk", "a", "b", null), "\"disk\"[2] must not be null");
        assertRejects(() -> builder.networks(Arrays.asList("n", null)), "\"network\"[1] must not be null");
        assertTrue(builder.build().isEmpty(), "a call with a null id adds none of its ids");
    }

    @Test
    void rejectsANullListOrArrayAtTheCallInEveryForm() {
        Connections.Builder builder = Connections.builder();
        assertRejects(() -> builder.add("disk", (List<String>) null), "ids of type \"disk\" are required, got null");
        assertRejects(() -> builder.add("disk", (String[]) null), "ids of type \"disk\" are required, got null");
        assertRejects(() -> builder.volumes((List<String>) null), "ids of type \"volume\" are required, got null");
        assertRejects(() -> builder.servers((String[]) null), "ids of type \"server\" are required, got null");
        assertTrue(builder.build().isEmpty(), "a rejected call adds nothing");
    }

    @Test
    void emptyListsAddNothing() {
        Connections none = Connections.builder()
                .servers()
                .volumes(List.of())
                .add("x", List.of())
                .build();
        assertTrue(none.isEmpty());
        assertEquals(Map.of(), none.serialize());
        assertSame(Connections.none(), none);
    }

    @Test
    void namedAndOtherTypesStreamAsTheyAreSerialized() {
        // The named types are written pre-encoded, any other type per write; both must agree.
        Connections c = Connections.builder()
                .appliances("a1")
                .networks("n1")
                .add("réseau \"x\"", "r1")
                .servers("s1")
                .volumes("v1")
                .add("any", "z")
                .add("Server", "s2")
                .build();
        Wire.assertAgree(c.serialize(), c);
        assertEquals("r1", Wire.streamed(c).get("réseau \"x\"").get(0).get("id").asText());
        assertEquals("s2", Wire.streamed(c).get("Server").get(0).get("id").asText());
    }

    @Test
    void idsOfARepeatedTypeAreAppendedAndKeysKeepFirstOrder() {
        Connections c = Connections.builder()
                .volumes("v1")
                .servers("s1")
                .volumes(List.of("v2"))
                .add("any", "x", "y")
                .build();
        assertEquals(List.of("volume", "server", "any"), new ArrayList<>(c.types()));
        assertEquals(List.of("v1", "v2"), c.ids("volume"));
        assertEquals(List.of(), c.ids("network"));
        assertEquals(
                Map.of(
                        "volume",
                        List.of(Map.of("id", "v1"), Map.of("id", "v2")),
                        "server",
                        List.of(Map.of("id", "s1")),
                        "any",
                        List.of("x", "y")),
                c.serialize());
        Wire.assertAgree(c.serialize(), c);
    }

    @Test
    void laterChangesToInputsOrBuilderDoNotLeakIn() {
        List<String> ids = new ArrayList<>(List.of("s1"));
        String[] array = {"n1"};
        Connections.Builder builder = Connections.builder().servers(ids).networks(array);
        Connections built = builder.build();
        ids.add("s2");
        array[0] = "changed";
        builder.servers("s3").appliances("a1");
        assertEquals(List.of("s1"), built.ids("server"));
        assertEquals(List.of("n1"), built.ids("network"));
        assertEquals(List.of("server", "network"), new ArrayList<>(built.types()));
        assertThrows(
                UnsupportedOperationException.class, () -> built.ids("server").add("x"));
        assertThrows(UnsupportedOperationException.class, () -> built.types().remove("server"));
        assertEquals(List.of("server", "network"), new ArrayList<>(built.types()));
    }

    @Test
    void valueSemanticsIncludeKeyOrder() {
        Connections ab = Connections.builder().servers("s").volumes("v").build();
        Connections ba = Connections.builder().volumes("v").servers("s").build();
        assertEquals(ab, Connections.builder().servers("s").volumes("v").build());
        assertEquals(
                ab.hashCode(),
                Connections.builder().servers("s").volumes("v").build().hashCode());
        assertNotEquals(ab, ba);
        assertEquals(ab, ab.toBuilder().build());
        assertTrue(ab.toString().contains("server=[s]"), ab.toString());
    }
}

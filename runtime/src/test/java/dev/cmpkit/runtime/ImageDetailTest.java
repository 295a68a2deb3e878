package dev.cmpkit.runtime;

import static dev.cmpkit.runtime.Rejects.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageDetailTest {

    private static final ImageDetailMap MAP = ImageDetailMap.builder()
            .put("ubuntu16", "Ubuntu Linux 16.04 LTS 64 bit", "Linux", "Ubuntu", "16.04", "x64")
            .put("sparse", "", null, "", "v", null)
            .build();

    @Test
    void idIsRequired() {
        assertRejects(() -> ImageDetail.builder().name("n").build(), "ImageDetail", "id is required, got null");
    }

    @Test
    void anEmptyIdIsWrittenWithAllSixKeys() throws Exception {
        ImageDetail empty = ImageDetail.builder().id("").build();
        assertEquals(
                List.of("id", "name", "architecture", "distribution", "type", "version"),
                new ArrayList<>(empty.serialize().keySet()));
        assertEquals("", empty.serialize().get("id"));
        Wire.assertAgree(empty.serialize(), empty);
    }

    @Test
    void valueSemantics() {
        ImageDetail a =
                ImageDetail.builder().id("i").name("n").architecture("arm64").build();
        assertEquals(a, a.toBuilder().build());
        assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
        assertNotEquals(a, a.toBuilder().version("2").build());
        assertTrue(a.toString().contains("architecture=arm64"), a.toString());
        Wire.assertAgree(a.serialize(), a);
    }

    @Test
    void mappedValuesAndOverrides() {
        ImageDetail plain = MAP.get("ubuntu16");
        assertEquals("Ubuntu", plain.distribution());
        ImageDetail overridden = MAP.get("ubuntu16", b -> b.architecture("i386").name(null));
        assertEquals("i386", overridden.architecture());
        // A null override leaves the mapped value.
        assertEquals("Ubuntu Linux 16.04 LTS 64 bit", overridden.name());
        assertEquals("x64", MAP.get("ubuntu16").architecture());
    }

    @Test
    void emptyMappedValuesCountAsUnsetButExplicitEmptyOverridesWin() {
        ImageDetail sparse = MAP.get("sparse");
        assertNull(sparse.name());
        assertNull(sparse.distribution());
        assertEquals("v", sparse.version());
        assertEquals("", MAP.get("ubuntu16", b -> b.type("")).type());
    }

    @Test
    void unknownIdsGiveOnlyTheId() {
        ImageDetail unknown = MAP.get("nope");
        assertEquals(ImageDetail.builder().id("nope").build(), unknown);
        assertEquals("alt", MAP.get("nope", b -> b.name("alt")).name());
    }

    @Test
    void badLookupsAndPutsAreRejected() {
        assertRejects(() -> MAP.get(null), "id is required, got null");
        assertRejects(() -> MAP.get("ubuntu16", null), "overrides is required", "\"ubuntu16\"");
        assertRejects(
                () -> ImageDetailMap.builder()
                        .put(null, "n", null, null, null, null)
                        .build(),
                "image id is required, got null",
                "\"n\"");
    }

    @Test
    void anEmptyIdIsMappedLikeAnyOther() {
        ImageDetailMap map = ImageDetailMap.builder()
                .put("", "unnamed", "linux", null, null, null)
                .put("a", "A", null, null, null, null)
                .build();
        assertEquals("", map.get("").id());
        assertEquals("unnamed", map.get("").name());
        assertEquals("linux", map.get("").type());
        assertEquals("A", map.get("a").name(), "one empty-keyed entry leaves the rest usable");
        assertEquals("", MAP.get("").id(), "an unknown empty id gives a detail with only the id");
    }

    @Test
    void theMapIsImmutable() {
        ImageDetailMap.Builder builder = ImageDetailMap.builder().put("a", "A", null, null, null, null);
        ImageDetailMap built = builder.build();
        builder.put("a", "changed", null, null, null, null).put("b", "B", null, null, null, null);
        assertEquals("A", built.get("a").name());
        assertEquals(List.of("a"), List.copyOf(built.ids()));
        assertEquals(
                built,
                ImageDetailMap.builder().put("a", "A", null, null, null, null).build());
        assertTrue(built.toString().contains("name=A"), built.toString());
    }
}

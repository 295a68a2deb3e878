package dev.cmpkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.resources.Appliance;
import dev.cmpkit.resources.Circuit;
import dev.cmpkit.resources.ColoSpace;
import dev.cmpkit.resources.ComputePool;
import dev.cmpkit.resources.Network;
import dev.cmpkit.resources.SaasUser;
import dev.cmpkit.resources.Server;
import dev.cmpkit.resources.ServiceOffering;
import dev.cmpkit.resources.Volume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every conformance vector reads back: the expected output, read into its type and written again
 * with the same clock, gives the same bytes, both through {@link CmpJsonReader} and through Jackson
 * with {@link CmpModule}.
 */
class ReadBackVectorsTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    static final Map<String, Class<? extends Resource>> KINDS = Map.of(
            "resource", GenericResource.class,
            "server", Server.class,
            "volume", Volume.class,
            "network", Network.class,
            "appliance", Appliance.class,
            "service_offering", ServiceOffering.class,
            "compute_pool", ComputePool.class,
            "saas_user", SaasUser.class,
            "colo_space", ColoSpace.class,
            "circuit", Circuit.class);

    static List<Vectors.Case> resources() {
        return Vectors.load("resources.json").stream().filter(c -> !c.isError()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void resources(Vectors.Case c) {
        byte[] bytes = compact(Vectors.withLastSeenAt(Vectors.canonicalResource(c.expected()), Wire.CLOCK_TEXT));
        Class<? extends Resource> type = KINDS.get(c.input().get("kind").asText());
        Resource read = assertReadsBack(bytes, type);
        assertEquals(Wire.CLOCK_TEXT, read.base().lastSeenAt());
    }

    /** One shared-value vector and the type its expected output is read as. */
    record SharedCase(Vectors.Case vector, Class<?> type) {
        @Override
        public String toString() {
            return type.getSimpleName() + ": " + vector.name();
        }
    }

    static List<SharedCase> sharedValues() {
        Map<String, Class<?>> files = Map.of(
                "metadata.json", Metadata.class,
                "connections.json", Connections.class,
                "ip_address.json", IpAddress.class,
                "image_detail.json", ImageDetail.class,
                "account.json", Account.class,
                "locations.json", Locations.class);
        List<SharedCase> cases = new java.util.ArrayList<>();
        files.forEach((file, type) -> Vectors.load(file).stream()
                .filter(c -> !c.isError())
                .forEach(c -> cases.add(new SharedCase(c, regionOr(c, type)))));
        return cases;
    }

    private static Class<?> regionOr(Vectors.Case c, Class<?> type) {
        return c.input().path("class").asText().equals("Region") ? Region.class : type;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void sharedValues(SharedCase c) {
        JsonNode expected = c.type() == Locations.class
                ? Vectors.canonicalLocations(c.vector().expected())
                : c.vector().expected();
        assertReadsBack(compact(expected), c.type());
    }

    /** Reads the bytes both ways, writes each with the fixed clock, and expects the same bytes. */
    private static <T> T assertReadsBack(byte[] bytes, Class<T> type) {
        T read = CmpJsonReader.read(bytes, type);
        T jackson;
        try {
            jackson = Wire.MAPPER.readValue(bytes, type);
            assertEquals(text(bytes), Wire.MAPPER.writeValueAsString(read), "written again after CmpJsonReader");
            assertEquals(text(bytes), Wire.MAPPER.writeValueAsString(jackson), "written again after Jackson");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(read, jackson);
        return read;
    }

    static byte[] compact(JsonNode node) {
        try {
            return PLAIN.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

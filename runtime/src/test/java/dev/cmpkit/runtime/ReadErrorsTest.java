package dev.cmpkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.cmpkit.resources.Server;
import dev.cmpkit.resources.Volume;
import dev.cmpkit.runtime.json.CmpReadException;
import dev.cmpkit.runtime.json.ReadOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading never drops or guesses: every input that is not a valid value of the requested type is a
 * {@link CmpReadException} saying what was expected, with a JSON Pointer to the place.
 */
class ReadErrorsTest {

    private static final String SERVER = "{\"id\": \"i-1\", \"type\": \"server\", \"base\": {\"name\": \"web\","
            + " \"provider_created_at\": null, \"last_seen_at\": \"2026-11-29T01:02:03Z\", \"regions\": []},"
            + " \"connections\": {}, \"metadata\": {}, \"details\": {\"server\": {%s}}}";

    private static byte[] server(String details) {
        return String.format(SERVER, details).getBytes(StandardCharsets.UTF_8);
    }

    private static CmpReadException assertFails(byte[] json, Class<?> type, String path, String... texts) {
        CmpReadException e = assertThrows(CmpReadException.class, () -> CmpJsonReader.read(json, type));
        assertEquals(path, e.path(), e.getMessage());
        for (String text : texts) {
            assertTrue(e.getMessage().contains(text), () -> "\"" + text + "\" not in: " + e.getMessage());
        }
        return e;
    }

    @Test
    void aServerReadsWithItsLastSeenAt() {
        Server server = CmpJsonReader.read(server("\"cpu_cores\": 4, \"state\": \"running\""), Server.class);
        assertEquals(4L, server.cpuCores());
        assertEquals("running", server.state());
        assertEquals("unknown", server.providerState(), "an absent key takes its default, as in a builder");
        assertEquals("2026-11-29T01:02:03Z", server.base().lastSeenAt());
        assertEquals(Server.builder("i-1", "web").cpuCores(4L).state("running").build(), server);
    }

    @Test
    void unknownDetailKeyIsAnErrorNamingTheKeyAndItsPath() {
        CmpReadException e = assertFails(
                server("\"cpu_cores\": 4, \"colour\": \"red\""),
                Server.class,
                "/details/server/colour",
                "unknown key \"colour\"");
        assertEquals(
                "unknown key \"colour\"; expected a key of the server type at /details/server/colour", e.getMessage());
    }

    @Test
    void unknownKeysAtEveryLevelAreErrors() {
        String base = String.format(SERVER, "").replace("\"regions\": []", "\"regions\": [], \"zone\": \"a\"");
        assertFails(base.getBytes(StandardCharsets.UTF_8), Server.class, "/base/zone", "unknown key \"zone\"");
        String top = String.format(SERVER, "").replace("\"metadata\": {}", "\"metadata\": {}, \"extra\": 1");
        assertFails(top.getBytes(StandardCharsets.UTF_8), Server.class, "/extra", "unknown key \"extra\"");
        String region =
                String.format(SERVER, "").replace("\"regions\": []", "\"regions\": [{\"id\": \"r\", \"x\": 1}]");
        assertFails(region.getBytes(StandardCharsets.UTF_8), Server.class, "/base/regions/0/x", "unknown key \"x\"");
    }

    @Test
    void unknownKeysCanBeIgnored() {
        Server server = CmpJsonReader.read(
                server("\"cpu_cores\": 4, \"colour\": {\"nested\": [1, 2]}"),
                Server.class,
                ReadOptions.ignoringUnknownKeys());
        assertEquals(4L, server.cpuCores());
    }

    @Test
    void jacksonWithTheModuleFollowsFailOnUnknownProperties() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new CmpModule());
        MismatchedInputException e = assertThrows(
                MismatchedInputException.class, () -> mapper.readValue(server("\"colour\": 1"), Server.class));
        assertTrue(e.getMessage().contains("unknown key \"colour\""), e.getMessage());
        Server server = mapper.copy()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(server("\"colour\": 1, \"ram_b\": 8"), Server.class);
        assertEquals(8L, server.ramB());
    }

    @Test
    void aValueOfTheWrongJsonTypeSaysWhatWasExpected() {
        assertFails(
                server("\"cpu_cores\": \"four\""),
                Server.class,
                "/details/server/cpu_cores",
                "expected an integer from",
                "got the string \"four\"");
        assertFails(server("\"cpu_cores\": 1.5"), Server.class, "/details/server/cpu_cores", "got the number 1.5");
        assertFails(
                server("\"cpu_cores\": 9223372036854775808"),
                Server.class,
                "/details/server/cpu_cores",
                "9223372036854775808");
        assertFails(server("\"is_virtual\": \"yes\""), Server.class, "/details/server/is_virtual", "true or false");
        assertFails(server("\"ip_addresses\": {}"), Server.class, "/details/server/ip_addresses", "a JSON array");
    }

    @Test
    void aValueTheBuilderRejectsFailsWithTheBuildersMessageAtTheResource() {
        assertFails(
                server("\"state\": \"shutting-down\""),
                Server.class,
                "",
                "server \"i-1\": state must be one of [unknown, pending, running, shutting, terminated, stopping,"
                        + " stopped], got \"shutting-down\"");
        assertFails(server("\"ip_addresses\": [null]"), Server.class, "", "ipAddresses[0] must not be null");
    }

    @Test
    void inAListTheFailureNamesTheElement() {
        String list = "[" + String.format(SERVER, "") + ", " + String.format(SERVER, "\"ram_b\": true") + "]";
        CmpReadException e = assertThrows(
                CmpReadException.class,
                () -> CmpJsonReader.readList(list.getBytes(StandardCharsets.UTF_8), Server.class));
        assertEquals("/1/details/server/ram_b", e.path());
    }

    @Test
    void anotherResourceTypeIsNotReadAsThisOne() {
        byte[] volume = String.format(SERVER, "")
                .replace("\"type\": \"server\"", "\"type\": \"volume\"")
                .getBytes(StandardCharsets.UTF_8);
        assertFails(volume, Server.class, "/type", "expected a resource of type \"server\", got \"volume\"");
        byte[] untyped =
                String.format(SERVER, "").replace("\"type\": \"server\", ", "").getBytes(StandardCharsets.UTF_8);
        assertFails(untyped, Server.class, "", "has no \"type\" key");
        assertFails(server(""), Volume.class, "/type", "expected a resource of type \"volume\"");
    }

    @Test
    void aResourceHasAtMostOneRegion() {
        byte[] two = String.format(SERVER, "")
                .replace("\"regions\": []", "\"regions\": [{\"id\": \"a\"}, {\"id\": \"b\"}]")
                .getBytes(StandardCharsets.UTF_8);
        assertFails(two, Server.class, "/base/regions/1", "at most one region");
    }

    @Test
    void aTimestampThatIsNoTimestampIsRejected() {
        byte[] json = String.format(SERVER, "")
                .replace("2026-11-29T01:02:03Z", "yesterday")
                .getBytes(StandardCharsets.UTF_8);
        assertFails(json, Server.class, "/base/last_seen_at", "expected an RFC 3339 timestamp, got \"yesterday\"");
    }

    @Test
    void malformedJsonDuplicateKeysAndTrailingInputAreRejected() {
        assertFails("{\"id\": ".getBytes(StandardCharsets.UTF_8), Server.class, "", "malformed JSON");
        assertFails(
                "{\"id\": \"a\", \"id\": \"b\"}".getBytes(StandardCharsets.UTF_8),
                Region.class,
                "",
                "malformed JSON",
                "Duplicate field 'id'");
        assertFails(
                "{\"id\": \"a\"} {}".getBytes(StandardCharsets.UTF_8),
                Region.class,
                "",
                "expected the end of the input");
        assertFails(new byte[0], Region.class, "", "got no input");
        assertFails("[1]".getBytes(StandardCharsets.UTF_8), Region.class, "", "expected a region (a JSON object)");
    }

    @Test
    void theArgumentsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> CmpJsonReader.read((byte[]) null, Server.class));
        assertThrows(IllegalArgumentException.class, () -> CmpJsonReader.read(new byte[0], null));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> CmpJsonReader.read("\"x\"".getBytes(StandardCharsets.UTF_8), String.class));
        assertTrue(e.getMessage().startsWith("cmpkit has no reader of java.lang.String"), e.getMessage());
    }

    @Test
    void aJsonNullReadsAsNullAndAStreamStaysOpen() {
        assertNull(CmpJsonReader.read("null".getBytes(StandardCharsets.UTF_8), Server.class));
        ByteArrayInputStream in = new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), CmpJsonReader.readList(in, Server.class));
    }
}

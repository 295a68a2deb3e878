package dev.cmpkit.runtime.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Whatever bytes cross the wire come back byte-identical from the YAML file. */
class CassetteFilePropertyTest {

    @Property(tries = 150)
    void anyBytesRoundTrip(@ForAll @Size(max = 300) byte[] body) throws IOException {
        roundTrip(body);
    }

    @Property(tries = 150)
    void anyTextRoundTrip(@ForAll String text) throws IOException {
        roundTrip(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 50)
    void awkwardYamlTextRoundTrips(@ForAll("awkward") String text) throws IOException {
        roundTrip(text.getBytes(StandardCharsets.UTF_8));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> awkward() {
        return net.jqwik.api.Arbitraries.of(List.of(" leading", "trailing ", "a\n", "a\n\n", "\n", "\t", "- x",
                "key: value", "#comment", "'quoted'", "\"dq\"", "null", "~", "true", "123", "0x1F", "1e3", "&a *a",
                "!!binary x", "---", "...", "a\n  b\n c", "€😀", "%TAG", "@x", "`x", "|", ">", "a: \n- b", "\\"))
                .list().ofMaxSize(4).map(parts -> String.join("", parts));
    }

    private static void roundTrip(byte[] body) throws IOException {
        Path file = Files.createTempFile("cassette", ".yaml");
        try {
            Interaction interaction = new Interaction("POST", "http://h/x", Map.of(), body, 200, Map.of(), body);
            CassetteFile.write(file, List.of(interaction));
            Interaction back = CassetteFile.read(file).get(0);
            assertArrayEquals(body, back.requestBody());
            assertArrayEquals(body, back.responseBody());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

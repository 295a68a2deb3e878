package dev.cmpkit.runtime.api;

import static dev.cmpkit.testing.RandomCases.anyBytes;
import static dev.cmpkit.testing.RandomCases.anyString;
import static dev.cmpkit.testing.RandomCases.check;
import static dev.cmpkit.testing.RandomCases.oneOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever bytes cross the wire come back byte-identical from the YAML file. */
class CassetteFilePropertyTest {

    /** Text that YAML gives a meaning of its own, joined into bodies. */
    private static final List<String> AWKWARD = List.of(
            " leading",
            "trailing ",
            "a\n",
            "a\n\n",
            "\n",
            "\t",
            "- x",
            "key: value",
            "#comment",
            "'quoted'",
            "\"dq\"",
            "null",
            "~",
            "true",
            "123",
            "0x1F",
            "1e3",
            "&a *a",
            "!!binary x",
            "---",
            "...",
            "a\n  b\n c",
            "€😀",
            "%TAG",
            "@x",
            "`x",
            "|",
            ">",
            "a: \n- b",
            "\\");

    @Test
    void anyBytesRoundTrip() {
        check(150, random -> roundTrip(anyBytes(random, 300)));
    }

    @Test
    void anyTextRoundTrip() {
        check(150, random -> roundTrip(anyString(random, 60).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void awkwardYamlTextRoundTrips() {
        check(50, random -> {
            StringBuilder text = new StringBuilder();
            for (int parts = random.nextInt(5); parts > 0; parts--) {
                text.append(oneOf(random, AWKWARD));
            }
            roundTrip(text.toString().getBytes(StandardCharsets.UTF_8));
        });
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

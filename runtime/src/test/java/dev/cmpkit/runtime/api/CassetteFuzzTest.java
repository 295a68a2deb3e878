package dev.cmpkit.runtime.api;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz target for reading cassette files: any file either reads as a list of interactions or
 * fails with a {@link CassetteException}.
 */
class CassetteFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void read(byte[] yaml) throws IOException {
        Path file = Files.createTempFile("cassette", ".yaml");
        try {
            Files.write(file, yaml);
            try {
                for (Interaction interaction : CassetteFile.read(file)) {
                    interaction.method();
                }
            } catch (CassetteException expected) {
                // the one documented failure of a bad cassette
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

package dev.cmpkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** The processor declares itself to build tools: isolating for Gradle, the latest source version, its option. */
class IncrementalDeclarationTest {

    @Test
    void gradleSeesAnIsolatingProcessor() throws IOException {
        try (InputStream in =
                CmpProcessor.class.getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
            assertNotNull(in, "META-INF/gradle/incremental.annotation.processors is missing");
            assertEquals(
                    "dev.cmpkit.processor.CmpProcessor,isolating",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        }
    }

    @Test
    void javacFindsTheProcessorThroughTheServiceFile() throws IOException {
        try (InputStream in =
                CmpProcessor.class.getResourceAsStream("/META-INF/services/javax.annotation.processing.Processor")) {
            assertNotNull(in, "the AutoService registration is missing");
            assertEquals(CmpProcessor.class.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        }
    }

    @Test
    void supportsTheLatestSourceVersionAndTheSchemaOption() {
        CmpProcessor processor = new CmpProcessor();
        assertEquals(SourceVersion.latestSupported(), processor.getSupportedSourceVersion());
        assertEquals(java.util.Set.of("cmpkit.schema"), processor.getSupportedOptions());
    }
}

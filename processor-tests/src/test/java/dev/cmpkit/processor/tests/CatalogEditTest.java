package dev.cmpkit.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An extra catalog is read on every compilation: after the file is edited, compiling the same
 * template again checks it against the new catalog and exports the new schema. (Whether the build
 * tool recompiles at all is its setting; the diagnostics guide shows it for Maven and Gradle.)
 */
class CatalogEditTest {

    private static final JavaFileObject BUCKET = JavaFileObjects.forSourceString("test.BucketSpec", """
            package test;

            import dev.cmpkit.annotations.CmpField;
            import dev.cmpkit.annotations.CmpResource;

            @CmpResource(type = "bucket")
            class BucketSpec {
                @CmpField Long sizeB;
                @CmpField String tier;
            }
            """);

    private static Compilation compileWith(Path catalog) {
        return Compile.compile(List.of("-Acmpkit.schema=" + catalog), BUCKET);
    }

    @Test
    void anEditedCatalogIsWhatTheNextCompilationChecksAgainst(@TempDir Path dir) throws IOException {
        Path catalog = dir.resolve("catalog.yaml");
        Files.writeString(catalog, """
                types:
                  bucket:
                    keys:
                      size_b: {type: integer}
                """);
        Compilation before = compileWith(catalog);
        assertThat(before).hadErrorCount(1);
        assertThat(before)
                .hadErrorContaining("CMP002 BucketSpec.tier: wire key \"tier\" is not in the schema of type \"bucket\"")
                .inFile(BUCKET)
                .onLineContaining("String tier");

        Files.writeString(catalog, """
                types:
                  bucket:
                    keys:
                      size_b: {type: integer}
                      tier: {type: string, allowed: [standard, archive]}
                """);
        Compilation after = compileWith(catalog);
        assertThat(after).succeededWithoutWarnings();
        assertThat(after).generatedSourceFile("test.Bucket");
        try (InputStream in = after.generatedFile(
                        StandardLocation.CLASS_OUTPUT, "META-INF/cmpkit/schemas/bucket.schema.json")
                .orElseThrow()
                .openInputStream()) {
            var details = new ObjectMapper().readTree(in).at("/$defs/details/properties");
            List<String> keys = new ArrayList<>();
            details.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("size_b", "tier"), keys);
            assertEquals(
                    "[\"standard\",\"archive\",null]",
                    details.get("tier").get("enum").toString());
        }
    }
}

package dev.cmpkit.processor.tests;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The text of generated sources, which the AST golden in {@link GoldenSourceTest} does not see: one
 * class compared line by line with a checked-in {@code .java} file, and no line of any generated or
 * golden source longer than 100 characters.
 */
class GeneratedLayoutTest {

    private static final int MAX_LINE = 100;

    @Test
    void applianceTemplateGeneratesThisText() throws IOException {
        Compilation compilation = Compile.compile(GoldenSourceTest.boxTemplate());
        assertThat(compilation).succeededWithoutWarnings();
        List<String> generated = lines(generatedSource(compilation, "test.Box"));
        List<String> golden = lines(resource("/golden/Box.java"));
        for (int i = 0; i < Math.min(generated.size(), golden.size()); i++) {
            assertEquals(golden.get(i), generated.get(i), "line " + (i + 1) + " of test/Box.java");
        }
        assertEquals(golden.size(), generated.size(), "lines in test/Box.java");
    }

    @Test
    void noGoldenLineIsLongerThan100Characters() {
        assertThat(longLines("golden/Box.java", resource("/golden/Box.java"))).isEmpty();
    }

    @Test
    void noGeneratedLineIsLongerThan100Characters() throws IOException {
        // Every field kind, and a type with allowed values.
        Compilation compilation = Compile.compile(
                List.of("-Acmpkit.schema=" + GenerationTest.everythingCatalog()),
                GenerationTest.withImports("EverythingSpec", GenerationTest.EVERYTHING_TEMPLATE),
                GoldenSourceTest.boxTemplate());
        assertThat(compilation).succeeded();
        List<String> tooLong = new ArrayList<>();
        for (JavaFileObject source : compilation.generatedSourceFiles()) {
            tooLong.addAll(
                    longLines(source.getName(), source.getCharContent(true).toString()));
        }
        assertThat(compilation.generatedSourceFiles()).hasSize(2);
        assertThat(tooLong).isEmpty();
    }

    private static List<String> longLines(String file, String text) {
        List<String> tooLong = new ArrayList<>();
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > MAX_LINE) {
                tooLong.add(file + ":" + (i + 1) + " (" + lines.get(i).length() + "): "
                        + lines.get(i).strip());
            }
        }
        return tooLong;
    }

    private static String generatedSource(Compilation compilation, String qualifiedName) throws IOException {
        return compilation
                .generatedSourceFile(qualifiedName)
                .orElseThrow(() -> new AssertionError("no generated " + qualifiedName))
                .getCharContent(true)
                .toString();
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static String resource(String name) {
        try (InputStream in = GeneratedLayoutTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

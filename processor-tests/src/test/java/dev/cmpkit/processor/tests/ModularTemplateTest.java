package dev.cmpkit.processor.tests;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmpkit.annotations.CmpResource;
import dev.cmpkit.processor.CmpProcessor;
import dev.cmpkit.runtime.Resource;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a named module, generated code carries {@code @Generated} only when the module reads
 * {@code java.compiler}; either way it compiles. (javac on real files: compile-testing's in-memory
 * files do not support module-info.)
 */
class ModularTemplateTest {

    private static String modulePath() {
        return Stream.of(CmpResource.class, Resource.class, JsonGenerator.class)
                .map(ModularTemplateTest::location)
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String location(Class<?> type) {
        try {
            return new File(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Compiles module {@code test.mod} with the template, without warnings (but the one javac gives
     * for requiring our jars, automatic modules as yet), and returns the generated source.
     */
    private static String generatedIn(Path dir, String requires) throws IOException {
        // Module names come from the jars' manifests; `mvn test` alone puts class folders here instead.
        assumeTrue(
                Stream.of(modulePath().split(File.pathSeparator)).allMatch(p -> p.endsWith(".jar")),
                "needs the packaged jars (mvn verify)");
        Path src = Files.createDirectories(dir.resolve("src/test"));
        Files.writeString(dir.resolve("src/module-info.java"), "module test.mod {\n" + requires + "}\n");
        Files.writeString(
                src.resolve("NetSpec.java"),
                "package test;\n@dev.cmpkit.annotations.CmpResource(type = \"network\")\nclass NetSpec {\n}\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(
                    log,
                    files,
                    null,
                    List.of(
                            "--module-path",
                            modulePath(),
                            "-d",
                            out.toString(),
                            "-s",
                            out.toString(),
                            "-Xlint:all,-requires-automatic"),
                    null,
                    files.getJavaFileObjects(dir.resolve("src/module-info.java"), src.resolve("NetSpec.java")));
            task.setProcessors(List.of(new CmpProcessor()));
            assertThat(task.call()).isTrue();
        }
        assertThat(log.toString()).isEmpty();
        return Files.readString(out.resolve("test/Net.java"));
    }

    private static final String REQUIRES = """
                requires static dev.cmpkit.annotations;
                requires dev.cmpkit.runtime;
                requires com.fasterxml.jackson.core;
            """;

    @Test
    void moduleWithoutJavaCompilerGetsNoGeneratedAnnotation(@TempDir Path dir) throws IOException {
        assertThat(generatedIn(dir, REQUIRES)).doesNotContain("@Generated");
    }

    @Test
    void moduleReadingJavaCompilerGetsTheGeneratedAnnotation(@TempDir Path dir) throws IOException {
        assertThat(generatedIn(dir, REQUIRES + "    requires static java.compiler;\n"))
                .contains("@Generated(");
    }
}

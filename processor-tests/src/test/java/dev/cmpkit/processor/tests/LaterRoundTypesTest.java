package dev.cmpkit.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.cmpkit.processor.CmpProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A template whose field type another processor generates waits for that round instead of failing. */
class LaterRoundTypesTest {

    /** Generates {@code test.Power} in the first round, as code generators of other libraries would. */
    static final class PowerEnumProcessor extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try {
                    JavaFileObject file = processingEnv.getFiler().createSourceFile("test.Power");
                    try (Writer out = file.openWriter()) {
                        out.write("package test;\npublic enum Power { RUNNING, STOPPED }\n");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void templateUsingATypeGeneratedInTheFirstRoundIsGeneratedInTheNext() {
        JavaFileObject template = Compile.source("Ec2Spec", """
                package test;
                import dev.cmpkit.annotations.CmpField;
                import dev.cmpkit.annotations.CmpResource;
                @CmpResource(type = "server")
                final class Ec2Spec {
                    @CmpField Power state;
                }
                """);
        Compilation compilation = Compiler.javac()
                .withProcessors(new PowerEnumProcessor(), new CmpProcessor())
                .compile(template);
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test.Ec2");
    }
}

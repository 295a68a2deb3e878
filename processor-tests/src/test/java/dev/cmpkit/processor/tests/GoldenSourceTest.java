package dev.cmpkit.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One golden source, to catch output that is correct but weird; behaviour is tested functionally
 * elsewhere. This test compares syntax trees (comments and layout aside); the same file,
 * {@code golden/Box.java}, is compared line by line, layout included, by
 * {@link GeneratedLayoutTest}.
 */
class GoldenSourceTest {

    /** A template of the standard {@code appliance} type with its one detail, which has allowed values. */
    static JavaFileObject boxTemplate() {
        return Compile.source("BoxSpec", """
                package test;
                import dev.cmpkit.annotations.CmpField;
                import dev.cmpkit.annotations.CmpResource;
                @CmpResource(type = "appliance")
                final class BoxSpec {
                    @CmpField(required = true) String typeId;
                }
                """);
    }

    @Test
    void applianceTemplateGeneratesThisClass() {
        Compilation compilation = Compile.compile(boxTemplate());
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("test.Box")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/Box.java"));
    }
}

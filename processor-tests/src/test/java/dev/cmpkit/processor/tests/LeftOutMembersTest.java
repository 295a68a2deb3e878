package dev.cmpkit.processor.tests;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Nothing a template declares is dropped without a word: a member without {@code @CmpField} warns
 * (CMP021) unless left out on purpose, and an abstract accessor is an error (CMP022).
 */
class LeftOutMembersTest {

    /** A source file in package {@code test} with the imports templates need, then {@code body}. */
    private static JavaFileObject template(String name, String body) {
        return Compile.source(name, """
                package test;
                import dev.cmpkit.annotations.CmpField;
                import dev.cmpkit.annotations.CmpIgnore;
                import dev.cmpkit.annotations.CmpResource;
                """ + body);
    }

    @Test
    void cmp021MemberWithoutCmpFieldWarnsOnTheFieldAndStillGenerates() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    @CmpField Long cpuCores;
                    String notes;
                }
                """);
        Compilation compilation = Compile.compile(source);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation)
                .hadWarningContaining("CMP021 Ec2Spec.notes: without @CmpField this member is left out of the"
                        + " generated resource (never built, written or read); annotate it with @CmpField to make"
                        + " it a detail key, or with @CmpIgnore (or @SuppressWarnings(\"cmpkit\")) to leave it out"
                        + " on purpose")
                .inFile(source)
                .onLineContaining("String notes;");
        assertThat(compilation).generatedSourceFile("test.Ec2");
    }

    @Test
    void cmp021RecordComponentWithoutCmpFieldWarnsOnce() {
        JavaFileObject source = template("VolSpec", """
                @CmpResource(type = "volume")
                record VolSpec(@CmpField Long sizeB, String comment) {
                }
                """);
        Compilation compilation = Compile.compile(source);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation)
                .hadWarningContaining("CMP021 VolSpec.comment")
                .inFile(source)
                .onLineContaining("String comment");
    }

    @Test
    void cmpIgnoreLeavesAMemberOutWithoutWarning() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    @CmpField Long cpuCores;
                    @CmpIgnore String notes;
                }
                """);
        assertThat(Compile.compile(source)).succeededWithoutWarnings();
    }

    @Test
    void cmpIgnoreOnARecordComponentLeavesItOutWithoutWarning() {
        JavaFileObject source = template("VolSpec", """
                @CmpResource(type = "volume")
                record VolSpec(@CmpField Long sizeB, @CmpIgnore String comment) {
                }
                """);
        assertThat(Compile.compile(source)).succeededWithoutWarnings();
    }

    @Test
    void suppressWarningsCmpkitOnTheMemberSilencesTheWarning() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    @CmpField Long cpuCores;
                    @SuppressWarnings("cmpkit") String notes;
                }
                """);
        assertThat(Compile.compile(source)).succeededWithoutWarnings();
    }

    @Test
    void suppressWarningsCmpkitOnTheTemplateSilencesEveryMember() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                @SuppressWarnings({"unused", "cmpkit"})
                class Ec2Spec {
                    @CmpField Long cpuCores;
                    String notes;
                    int revision;
                }
                """);
        assertThat(Compile.compile(source)).succeededWithoutWarnings();
    }

    @Test
    void otherSuppressionsDoNotSilenceTheWarning() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    @SuppressWarnings("unused") String notes;
                }
                """);
        Compilation compilation = Compile.compile(source);
        assertThat(compilation)
                .hadWarningContaining("CMP021 Ec2Spec.notes")
                .inFile(source)
                .onLineContaining("notes;");
    }

    @Test
    void staticAndTransientMembersAreNotDetailsAndDrawNoWarning() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    static final String PLAN = "t2.micro";
                    transient Object cache;
                    @CmpField Long cpuCores;
                }
                """);
        assertThat(Compile.compile(source)).succeededWithoutWarnings();
    }

    @Test
    void cmp022AbstractAccessorIsAnErrorOnTheMethodAndNothingIsGenerated() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                abstract class Ec2Spec {
                    @CmpField Long cpuCores;
                    abstract Long ramB();
                }
                """);
        Compilation compilation = Compile.compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("CMP022 Ec2Spec: abstract method ramB() cannot hold a detail value; a template"
                        + " declares its keys as fields or record components annotated @CmpField (for example"
                        + " @CmpField Long cpuCores;), so replace the abstract method with such a field or make the"
                        + " template a record")
                .inFile(source)
                .onLineContaining("abstract Long ramB();");
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            assertThat(error.getMessage(Locale.ROOT)).startsWith("CMP");
        }
    }

    @Test
    void abstractTemplateWithoutAbstractMethodsGeneratesCleanly() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                abstract class Ec2Spec {
                    @CmpField Long cpuCores;
                    String describe() { return "server"; }
                }
                """);
        Compilation compilation = Compile.compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Ec2");
    }
}

package dev.cmpkit.processor.tests;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.cmpkit.annotations.CmpResource;
import dev.cmpkit.processor.CmpProcessor;
import dev.cmpkit.processor.ProcessorAccess;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every diagnostic of the catalogue: its id and text, on the exact element, and nothing generated. */
class DiagnosticsTest {

    /** A source file in package {@code test} with the imports templates need, then {@code body}. */
    private static JavaFileObject template(String name, String body) {
        return Compile.source(name, """
                package test;
                import dev.cmpkit.annotations.CmpField;
                import dev.cmpkit.annotations.CmpResource;
                import dev.cmpkit.runtime.IpAddress;
                import java.util.List;
                import java.util.Map;

                """ + body);
    }

    /**
     * Asserts an error with the texts on the line, and that every error is ours: a generated class
     * with a problem would add javac errors of its own.
     */
    private static void assertError(Compilation compilation, JavaFileObject source, String line, String... texts) {
        assertThat(compilation).failed();
        for (String text : texts) {
            assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining(line);
        }
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            assertThat(error.getMessage(Locale.ROOT)).startsWith("CMP");
        }
    }

    @Test
    void cmp001UnknownTypeSuggestsTheNearMissAndListsTheKnownTypes() {
        JavaFileObject source = template("SeverSpec", """
                @CmpResource(type = "sever")
                class SeverSpec {
                }
                """);
        assertError(
                Compile.compile(source),
                source,
                "type = \"sever\"",
                "CMP001 SeverSpec: unknown resource type \"sever\" (did you mean \"server\"?); known types: server,"
                        + " volume, network, appliance, service_offering, compute_pool, saas_user, colo_space, circuit");
    }

    @Test
    void cmp001FarFromAnyTypeListsTheKnownTypesWithoutSuggestion() {
        JavaFileObject source = template("BucketSpec", """
                @CmpResource(type = "bucket")
                class BucketSpec {
                }
                """);
        Compilation compilation = Compile.compile(source);
        assertError(
                compilation,
                source,
                "type = \"bucket\"",
                "CMP001 BucketSpec: unknown resource type \"bucket\";" + " known types: server");
    }

    @Test
    void cmp002ExplicitKeyNotInSchemaIsReportedOnTheNameValueWithDidYouMean() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    @CmpField(name = "cpu_coers")
                    Long cores;
                }
                """);
        assertError(
                Compile.compile(source),
                source,
                "name = \"cpu_coers\"",
                "CMP002 Ec2Spec.cores: wire key \"cpu_coers\" is not in the schema of type \"server\"; did you mean"
                        + " \"cpu_cores\"?");
    }

    @Test
    void cmp002DerivedKeyNotInSchemaIsReportedOnTheFieldWithTheFix() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    @CmpField Long cpuCorse;
                    @CmpField String colour;
                }
                """);
        Compilation compilation = Compile.compile(source);
        assertError(
                compilation,
                source,
                "Long cpuCorse;",
                "CMP002 Ec2Spec.cpuCorse: wire key \"cpu_corse\"",
                "did you mean \"cpu_cores\"? (set it with @CmpField(name = \"cpu_cores\"))");
        assertError(
                compilation,
                source,
                "String colour;",
                "CMP002 Ec2Spec.colour: wire key \"colour\" is not in the"
                        + " schema of type \"server\"; known keys: cpu_cores, cpu_hz, ram_b");
    }

    @Test
    void cmp003JavaTypeThatDoesNotFitTheJsonTypeListsTheFittingTypes() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    @CmpField String cpuCores;
                    @CmpField List<String> ipAddresses;
                }
                """);
        Compilation compilation = Compile.compile(source);
        assertError(
                compilation,
                source,
                "String cpuCores;",
                "CMP003 Ec2Spec.cpuCores: Java type java.lang.String does"
                        + " not fit key \"cpu_cores\" of JSON type integer; use int, Integer, long or Long");
        assertError(
                compilation,
                source,
                "List<String> ipAddresses;",
                "CMP003 Ec2Spec.ipAddresses:",
                "of JSON type array of ip_address; use List<IpAddress>");
    }

    @Test
    void cmp003OnARecordComponentIsReportedOnItsLine() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                record Ec2Spec(
                        @CmpField Long cpuCores,
                        @CmpField String ramB) {
                }
                """);
        Compilation compilation = Compile.compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertError(
                compilation,
                source,
                "@CmpField String ramB",
                "CMP003 Ec2Spec.ramB: Java type java.lang.String" + " does not fit key \"ram_b\"");
    }

    @Test
    void cmp004DuplicateWireKeyNamesTheOtherMember() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    @CmpField Long ramB;
                    @CmpField(name = "ram_b") Long memory;
                }
                """);
        assertError(
                Compile.compile(source),
                source,
                "Long memory;",
                "CMP004 Ec2Spec.memory: wire key \"ram_b\" is already used by Ec2Spec.ramB; each key may appear once");
    }

    @Test
    void cmp005DefaultValueThatDoesNotParseSaysWhatWouldFit() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    @CmpField(defaultValue = "lots") Long cpuCores;
                    @CmpField(defaultValue = "yes") Boolean isVirtual;
                }
                """);
        Compilation compilation = Compile.compile(source);
        assertError(
                compilation,
                source,
                "defaultValue = \"lots\"",
                "CMP005 Ec2Spec.cpuCores: defaultValue \"lots\""
                        + " does not fit the field; expected a long literal such as \"0\" or \"1073741824\"");
        assertError(
                compilation,
                source,
                "defaultValue = \"yes\"",
                "CMP005 Ec2Spec.isVirtual: defaultValue \"yes\""
                        + " does not fit the field; expected \"true\" or \"false\"");
    }

    @Test
    void cmp006NonStaticNestedTemplate() {
        JavaFileObject source = template("Outer", """
                class Outer {
                    @CmpResource(type = "network")
                    class InnerSpec {
                    }
                }
                """);
        assertError(
                Compile.compile(source),
                source,
                "class InnerSpec",
                "CMP006 Outer.InnerSpec: a nested template must be static; add the static modifier");
    }

    @Test
    void cmp007UnsupportedFieldTypeListsTheSupportedOnes() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    @CmpField(name = "instance_type") Map<String, String> flavour;
                    @CmpField float cpuCores;
                }
                """);
        Compilation compilation = Compile.compile(source);
        assertError(
                compilation,
                source,
                "Map<String, String> flavour;",
                "CMP007 Ec2Spec.flavour: field type"
                        + " java.util.Map<java.lang.String,java.lang.String> is not supported; use String, int/Integer");
        assertError(compilation, source, "float cpuCores;", "CMP007 Ec2Spec.cpuCores: field type float");
    }

    @Test
    void cmp007PrivateEnumCannotBeNamedByTheGeneratedClass() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    private enum Power { RUNNING }
                    @CmpField Power state;
                }
                """);
        assertError(
                Compile.compile(source),
                source,
                "Power state;",
                "CMP007 Ec2Spec.state: field type test.Ec2Spec.Power"
                        + " (private, so the generated class cannot name it) is not supported");
    }

    @Test
    void cmp008PrivateTemplate() {
        JavaFileObject source = template("Outer", """
                class Outer {
                    @CmpResource(type = "network")
                    private static class HiddenSpec {
                    }
                }
                """);
        assertError(
                Compile.compile(source),
                source,
                "private static class HiddenSpec",
                "CMP008 Outer.HiddenSpec: a template must not be private; make it package-private or public");
    }

    @Test
    void cmp009GenericTemplate() {
        JavaFileObject source = template("NetSpec", """
                @CmpResource(type = "network")
                class NetSpec<T> {
                }
                """);
        assertError(
                Compile.compile(source),
                source,
                "class NetSpec<T>",
                "CMP009 NetSpec: a template must not have type parameters (<T>); remove them");
    }

    @Test
    void cmp010EnumConstantsOutsideTheAllowedSetAtCompileTime() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    enum Power { RUNNING, EXPLODED }
                    @CmpField Power state;
                }
                """);
        assertError(
                Compile.compile(source),
                source,
                "Power state;",
                "CMP010 Ec2Spec.state: value \"exploded\" is not allowed for key \"state\"; allowed: unknown, pending,"
                        + " running, shutting, terminated, stopping, stopped");
    }

    @Test
    void cmp010DefaultValueOutsideTheAllowedSetIsReportedOnTheDefault() {
        JavaFileObject source = template("BoxSpec", """
                @CmpResource(type = "appliance")
                class BoxSpec {
                    @CmpField(defaultValue = "toaster") String typeId;
                }
                """);
        assertError(
                Compile.compile(source),
                source,
                "defaultValue = \"toaster\"",
                "CMP010 BoxSpec.typeId: value \"toaster\" is not allowed for key \"type_id\"; allowed: firewall,"
                        + " load_balancer");
    }

    @Test
    void cmp011InterfaceTemplate() {
        JavaFileObject source = template("NetSpec", """
                @CmpResource(type = "network")
                interface NetSpec {
                }
                """);
        assertError(
                Compile.compile(source),
                source,
                "interface NetSpec",
                "CMP011 NetSpec: @CmpResource applies to classes and records, not to interface");
    }

    @Test
    void cmp012StaticField() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    @CmpField static Long cpuCores;
                }
                """);
        assertError(
                Compile.compile(source),
                source,
                "static Long cpuCores;",
                "CMP012 Ec2Spec.cpuCores: @CmpField applies to instance fields, not static ones; remove static");
    }

    @Test
    void cmp013MemberNameTakenByEveryResource() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    @CmpField(name = "instance_type") String type;
                }
                """);
        assertError(
                Compile.compile(source),
                source,
                "String type;",
                "CMP013 Ec2Spec.type: the name \"type\" is taken by a member every resource or builder has; rename"
                        + " the field and keep its key with @CmpField(name = \"instance_type\")");
    }

    @Test
    void cmp014GeneratedNameThatIsNoClassName() {
        JavaFileObject source = template("NetSpec", """
                @CmpResource(type = "network", generatedName = "my-net")
                class NetSpec {
                }
                """);
        assertError(
                Compile.compile(source),
                source,
                "generatedName = \"my-net\"",
                "CMP014 NetSpec: generatedName \"my-net\" is not a valid Java class name; use a simple name such as"
                        + " \"Net\"");
    }

    @Test
    void cmp015MalformedCatalogFile(@TempDir Path dir) throws IOException {
        Path catalog = dir.resolve("broken.yaml");
        Files.writeString(catalog, "types:\n  bucket:\n    keys:\n      size: {type: integr}\n");
        JavaFileObject source = template("NetSpec", """
                @CmpResource(type = "network")
                class NetSpec {
                }
                """);
        Compilation compilation = Compile.compile(List.of("-Acmpkit.schema=" + catalog), source);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("CMP015 cannot load the CMP schema catalog: " + catalog
                        + ": types.bucket.keys.size.type is 'integr'; expected one of [string, integer");
    }

    @Test
    void cmp015UnreadableCatalogFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.yaml");
        JavaFileObject source = template("NetSpec", """
                @CmpResource(type = "network")
                class NetSpec {
                }
                """);
        Compilation compilation = Compile.compile(List.of("-Acmpkit.schema=" + missing), source);
        assertThat(compilation)
                .hadErrorContaining("CMP015 cannot load the CMP schema catalog: " + missing + ": cannot read the file");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void cmp016InternalFailureIsOneDiagnosticAskingForAReport() {
        JavaFileObject source = template("NetSpec", """
                @CmpResource(type = "network")
                class NetSpec {
                }
                """);
        Compilation compilation = Compiler.javac()
                .withProcessors(ProcessorAccess.failingWith(new IllegalStateException("boom")))
                .compile(source);
        assertError(
                compilation,
                source,
                "class NetSpec",
                "CMP016 NetSpec: internal error in the cmpkit processor"
                        + " (java.lang.IllegalStateException: boom at ",
                "please report this to the cmpkit maintainers");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void cmp017FieldOutsideATemplate() {
        JavaFileObject source = template("Plain", """
                class Plain {
                    @CmpField Long cpuCores;
                }
                """);
        Compilation compilation = Compile.compile(source);
        assertThat(compilation)
                .hadErrorContaining("CMP017 Plain.cpuCores: @CmpField only has an effect in a class or"
                        + " record annotated @CmpResource")
                .inFile(source)
                .onLineContaining("Long cpuCores;");
    }

    @Test
    void cmp017RecordComponentOutsideATemplateIsReportedOnce() {
        JavaFileObject source = template("Plain", """
                record Plain(@CmpField Long cpuCores) {
                }
                """);
        Compilation compilation = Compile.compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("CMP017 Plain.cpuCores")
                .inFile(source)
                .onLineContaining("record Plain(@CmpField Long cpuCores)");
    }

    @Test
    void cmp018RuntimeMissingFromTheClassPath() throws URISyntaxException {
        File annotations = new File(CmpResource.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        JavaFileObject source = Compile.source("NetSpec", """
                package test;
                @dev.cmpkit.annotations.CmpResource(type = "network")
                class NetSpec {
                }
                """);
        Compilation compilation = Compiler.javac()
                .withProcessors(new CmpProcessor())
                .withClasspath(List.of(annotations))
                .compile(source);
        assertError(
                compilation,
                source,
                "class NetSpec",
                "CMP018 NetSpec: the cmpkit runtime is not on the class path"
                        + " (dev.cmpkit.runtime.CmpSerializable not found); add the dev.cmpkit:cmpkit-runtime dependency");
    }

    @Test
    void cmp019RequiredPrimitive() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    @CmpField(required = true) long cpuCores;
                }
                """);
        assertError(
                Compile.compile(source),
                source,
                "required = true",
                "CMP019 Ec2Spec.cpuCores: a primitive field always has a value, so required = true has no effect");
    }

    @Test
    void cmp020GeneratedNameTakenByAnExistingType() {
        JavaFileObject source = template("NetSpec", """
                @CmpResource(type = "network")
                class NetSpec {
                }
                """);
        JavaFileObject existing = Compile.source("Net", """
                package test;
                class Net {
                }
                """);
        Compilation compilation = Compile.compile(source, existing);
        assertError(
                compilation,
                source,
                "class NetSpec",
                "CMP020 NetSpec: cannot generate test.Net because a type of" + " that name already exists");
    }

    @Test
    void oneTemplateWithSeveralMistakesReportsAllOfThemInOneCompile() {
        JavaFileObject source = template("Ec2Spec", """
                @CmpResource(type = "server")
                class Ec2Spec {
                    @CmpField String cpuCores;
                    @CmpField(name = "ram_bytes") Long memory;
                    @CmpField(defaultValue = "x") Long cpuHz;
                    @CmpField(name = "instance_type") String name;
                }
                """);
        Compilation compilation = Compile.compile(source);
        assertThat(compilation).hadErrorCount(4);
        assertThat(compilation).hadErrorContaining("CMP003").inFile(source).onLineContaining("String cpuCores;");
        assertThat(compilation).hadErrorContaining("CMP002").inFile(source).onLineContaining("ram_bytes");
        assertThat(compilation).hadErrorContaining("CMP005").inFile(source).onLineContaining("defaultValue = \"x\"");
        assertThat(compilation).hadErrorContaining("CMP013").inFile(source).onLineContaining("String name;");
    }

    @Test
    void nothingIsGeneratedForATemplateWithErrorsWhileAGoodOneBesideItIs(@TempDir Path dir) throws IOException {
        JavaFileObject broken = template("BadSpec", """
                @CmpResource(type = "server")
                class BadSpec {
                    @CmpField String cpuCores;
                }
                """);
        JavaFileObject good = template("LanSpec", """
                @CmpResource(type = "network")
                class LanSpec {
                }
                """);
        assertThat(Compile.generatedSources(dir, broken, good)).containsExactly("test/Lan.java");
    }
}

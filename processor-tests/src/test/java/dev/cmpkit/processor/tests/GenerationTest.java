package dev.cmpkit.processor.tests;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated code compiles without warnings under {@code -Xlint:all} for class and record templates,
 * every supported field type and custom catalogs, and writes the expected wire JSON.
 */
class GenerationTest {

    static String everythingCatalog() {
        try {
            return Path.of(GenerationTest.class.getResource("/everything.yaml").toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String IMPORTS = """
            package test;

            import com.fasterxml.jackson.databind.ObjectMapper;
            import dev.cmpkit.annotations.CmpField;
            import dev.cmpkit.annotations.CmpResource;
            import dev.cmpkit.runtime.CmpModule;
            import dev.cmpkit.runtime.ImageDetail;
            import dev.cmpkit.runtime.IpAddress;
            import dev.cmpkit.runtime.Place;
            import dev.cmpkit.runtime.Region;
            import java.time.*;
            import java.util.List;

            """;

    /** A source file in package {@code test} with the imports every probe needs, then {@code body}. */
    static JavaFileObject withImports(String name, String body) {
        return Compile.source(name, IMPORTS + body);
    }

    /** The class {@code Probe}, whose {@code static String run()} runs {@code statements}. */
    static String probeClass(String statements) {
        return """
                final class Probe {
                    static String run() throws Exception {
                %s    }
                }
                """.formatted(statements.indent(8));
    }

    /** A probe that runs {@code statements}, which build {@code resource}, then {@link #PROBE_CHECK}. */
    private static JavaFileObject checkedProbe(String statements) {
        return withImports("Probe", probeClass(statements + PROBE_CHECK));
    }

    /** A template of the test catalog's {@code everything} type with one field of every supported kind. */
    static final String EVERYTHING_TEMPLATE = """
            @CmpResource(type = "everything")
            class EverythingSpec {
                enum Colour { RED, LIGHT_GREEN }
                @CmpField(required = true) String text;
                @CmpField int small;
                @CmpField Integer smallBoxed;
                @CmpField long big;
                @CmpField Long bigBoxed;
                @CmpField double ratio;
                @CmpField Double ratioBoxed;
                @CmpField boolean flag;
                @CmpField Boolean flagBoxed;
                @CmpField Colour colour;
                @CmpField String colourText;
                @CmpField List<IpAddress> addresses;
                @CmpField ImageDetail image;
                @CmpField List<String> tags;
                @CmpField List<Long> counts;
                @CmpField Place place;
                @CmpField List<Region> places;
                @CmpField Instant created;
                @CmpField OffsetDateTime seen;
                @CmpField ZonedDateTime zoned;
                @CmpField LocalDateTime local;
                @CmpField LocalDate day;
                @CmpField String createdText;
                @CmpField Integer withDefault;
                @CmpField String omitted;
                @CmpField String writtenNull;
            }
            """;

    /** Builds with every value set, checks Jackson output equals serialize(), and returns the JSON's details. */
    private static final String PROBE_CHECK = """
            Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
            ObjectMapper mapper = new ObjectMapper().registerModule(new CmpModule(clock));
            String streamed = mapper.writeValueAsString(resource);
            String mapped = mapper.writeValueAsString(resource.serialize(clock));
            if (!mapper.readTree(streamed).equals(mapper.readTree(mapped))) {
                throw new AssertionError(streamed + " <> " + mapped);
            }
            if (!resource.equals(resource.toBuilder().build())) {
                throw new AssertionError("toBuilder().build() differs: " + resource);
            }
            return mapper.readTree(streamed).get("details").toString();
            """;

    @Test
    void classTemplateWithEverySupportedFieldTypeCompilesCleanlyAndWritesEveryKey() {
        JavaFileObject template = withImports("EverythingSpec", EVERYTHING_TEMPLATE);
        JavaFileObject probe = checkedProbe("""
                Everything resource = Everything.builder("e-1", "all", "hello")
                        .small(1).smallBoxed(2).big(3).bigBoxed(4L).ratio(0.5).ratioBoxed(1.5)
                        .flag(true).flagBoxed(false).colour(EverythingSpec.Colour.LIGHT_GREEN)
                        .colourText("red")
                        .addresses(List.of(IpAddress.builder().ipAddress("10.0.0.1").build()))
                        .image(ImageDetail.builder().id("img").build())
                        .tags(List.of("a", "b")).counts(List.of(1L, Long.MAX_VALUE))
                        .place(Place.builder().name("Paris").build())
                        .places(List.of(Region.of("eu")))
                        .created(Instant.parse("2020-01-01T00:00:00.5Z"))
                        .seen(OffsetDateTime.parse("2017-01-01T00:00:00+10:00"))
                        .zoned(ZonedDateTime.of(2020, 6, 1, 12, 0, 0, 0, ZoneId.of("Europe/Paris")))
                        .local(LocalDateTime.of(2020, 1, 1, 0, 0))
                        .day(LocalDate.of(1970, 1, 1))
                        .createdText("2017-01-01 00:00:00+10")
                        .build();
                """);
        Compilation compilation = Compile.compile(List.of("-Acmpkit.schema=" + everythingCatalog()), template, probe);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Everything");
        assertEquals(
                "{\"everything\":{\"text\":\"hello\",\"small\":1,\"small_boxed\":2,\"big\":3,\"big_boxed\":4,"
                        + "\"ratio\":0.5,\"ratio_boxed\":1.5,\"flag\":true,\"flag_boxed\":false,\"colour\":\"light_green\","
                        + "\"colour_text\":\"red\",\"addresses\":[{\"ip_address\":\"10.0.0.1\"}],"
                        + "\"image\":{\"id\":\"img\",\"name\":null,\"architecture\":null,\"distribution\":null,\"type\":null,"
                        + "\"version\":null},\"tags\":[\"a\",\"b\"],\"counts\":[1,9223372036854775807],"
                        + "\"place\":{\"name\":\"Paris\"},\"places\":[{\"id\":\"eu\"}],"
                        + "\"created\":\"2020-01-01T00:00:00.500000Z\",\"seen\":\"2016-12-31T14:00:00Z\","
                        + "\"zoned\":\"2020-06-01T10:00:00Z\",\"local\":\"2020-01-01T00:00:00Z\",\"day\":\"1970-01-01T00:00:00Z\","
                        + "\"created_text\":\"2016-12-31T14:00:00Z\",\"with_default\":7,\"written_null\":null}}",
                Compile.run(compilation, "Probe"));
    }

    @Test
    void recordTemplateCompilesCleanlyAndItsUnsetKeysTakeTheSchemaDefaults() {
        JavaFileObject template = withImports("MachineSpec", """
                @CmpResource(type = "server")
                record MachineSpec(
                        @CmpField Integer cpuCores,
                        @CmpField(name = "ram_b") Long memoryBytes,
                        @CmpField String state,
                        @CmpField(name = "rack") String rackName) {
                }
                """);
        JavaFileObject probe = checkedProbe("""
                Machine resource = Machine.builder("m-1", "box").cpuCores(2).memoryBytes(1024L).build();
                """);
        Compilation compilation = Compile.compile(List.of("-Acmpkit.schema=" + everythingCatalog()), template, probe);
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(
                "{\"server\":{\"cpu_cores\":2,\"cpu_hz\":null,\"ram_b\":1024,\"volumes_b\":null,"
                        + "\"instance_type\":null,\"state\":\"unknown\",\"provider_state\":\"unknown\",\"ip_addresses\":[],"
                        + "\"image_detail\":null}}",
                Compile.run(compilation, "Probe"));
    }

    @Test
    void requiredFieldsAreParametersOfTheBuilderFactoryAndCheckedAtBuild() {
        JavaFileObject template = withImports("TaggedSpec", """
                @CmpResource(type = "service_offering", generatedName = "Offering")
                final class TaggedSpec {
                    @CmpField(required = true) String typeId;
                }
                """);
        JavaFileObject probe = withImports("Probe", """
                final class Probe {
                    static String run() {
                        try {
                            Offering.builder().id("o").name("n").build();
                            return "built";
                        } catch (IllegalArgumentException e) {
                            return e.getMessage() + " / " + Offering.builder("o", "n", "db").build().typeId();
                        }
                    }
                }
                """);
        Compilation compilation = Compile.compile(template, probe);
        assertThat(compilation).succeededWithoutWarnings();
        String result = Compile.run(compilation, "Probe");
        assertTrue(result.contains("typeId is required, got null"), result);
        assertTrue(result.endsWith(" / db"), result);
    }

    @Test
    void defaultValueIsAssignedWhenNothingWasSet() {
        JavaFileObject template = withImports("PoolSpec", """
                @CmpResource(type = "compute_pool")
                final class PoolSpec {
                    @CmpField(defaultValue = "2000") Long cpuHz;
                    @CmpField(include = CmpField.Include.ALWAYS) String billingTag;
                }
                """);
        JavaFileObject probe = checkedProbe("""
                Pool resource = Pool.builder("p", "n").build();
                """);
        Compilation compilation = Compile.compile(template, probe);
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(
                "{\"compute_pool\":{\"cpu_hz\":2000,\"memory_b\":null,\"storage_b\":null,\"billing_tag\":null}}",
                Compile.run(compilation, "Probe"));
    }

    @Test
    void nonNullIncludeLeavesAnUnsetKeyOut() {
        JavaFileObject template = withImports("DiskSpec", """
                @CmpResource(type = "volume")
                final class DiskSpec {
                    @CmpField(include = CmpField.Include.NON_NULL) Long iops;
                }
                """);
        JavaFileObject probe = checkedProbe("""
                Disk resource = Disk.builder("d", "n").build();
                """);
        Compilation compilation = Compile.compile(template, probe);
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("{\"volume\":{\"encrypted\":null,\"size_b\":null}}", Compile.run(compilation, "Probe"));
    }

    @Test
    void templateWithoutSpecSuffixGetsImmutablePrefixAndNestedStaticTemplatesWork() {
        JavaFileObject template = withImports("Outer", """
                final class Outer {
                    @CmpResource(type = "network")
                    static final class Lan {
                    }
                }
                """);
        Compilation compilation = Compile.compile(template);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ImmutableLan");
    }

    @Test
    void badTimestampStringIsRejectedAtBuildWithTheOtherProblems() {
        JavaFileObject template = withImports("StampSpec", """
                @CmpResource(type = "everything")
                final class StampSpec {
                    @CmpField String createdText;
                }
                """);
        JavaFileObject probe = withImports("Probe", """
                final class Probe {
                    static String run() {
                        return Stamp.builder().name("n").createdText("yesterday").build().toString();
                    }
                }
                """);
        Compilation compilation = Compile.compile(List.of("-Acmpkit.schema=" + everythingCatalog()), template, probe);
        assertThat(compilation).succeededWithoutWarnings();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Compile.run(compilation, "Probe"));
        assertThat(e).hasMessageThat().contains("id is required");
        assertThat(e).hasMessageThat().contains("createdText: ");
        assertThat(e).hasMessageThat().contains("yesterday");
    }

    @Test
    void templatesDocumentExampleWritesTheDocumentedJson() {
        JavaFileObject template = withImports("Ec2InstanceSpec", """
                @CmpResource(type = "server")
                class Ec2InstanceSpec {
                    @CmpField Integer cpuCores;
                    @CmpField(name = "ram_b") Long memoryBytes;
                    @CmpField PowerState state;
                    @CmpField List<IpAddress> ipAddresses;
                    @CmpField(required = true) String instanceType;

                    enum PowerState { UNKNOWN, RUNNING, STOPPED }
                }
                """);
        JavaFileObject probe = checkedProbe("""
                Ec2Instance resource = Ec2Instance.builder("i-0abc", "web-1", "t3.micro")
                        .cpuCores(2)
                        .memoryBytes(1L << 30)
                        .state(Ec2InstanceSpec.PowerState.RUNNING)
                        .region(Region.of("eu-west-1"))
                        .build();
                """);
        Compilation compilation = Compile.compile(template, probe);
        assertThat(compilation).succeededWithoutWarnings();
        // docs/templates.md shows this output.
        assertEquals(
                "{\"server\":{\"cpu_cores\":2,\"cpu_hz\":null,\"ram_b\":1073741824,\"volumes_b\":null,"
                        + "\"instance_type\":\"t3.micro\",\"state\":\"running\",\"provider_state\":\"unknown\","
                        + "\"ip_addresses\":[],\"image_detail\":null}}",
                Compile.run(compilation, "Probe"));
    }

    @Test
    void enumWithoutAConstantForTheSchemaDefaultWritesTheDefaultWhenUnset() {
        JavaFileObject template = withImports("VmSpec", """
                @CmpResource(type = "server")
                class VmSpec {
                    enum Power { RUNNING, STOPPED }
                    @CmpField Power state;
                    @CmpField(include = CmpField.Include.ALWAYS) Boolean isVirtual;
                }
                """);
        JavaFileObject probe = checkedProbe("""
                Vm resource = Vm.builder("v", "n").build();
                if (resource.state() != null) {
                    throw new AssertionError("no constant holds the default, so the accessor gives null");
                }
                """);
        Compilation compilation = Compile.compile(template, probe);
        assertThat(compilation).succeededWithoutWarnings();
        String details = Compile.run(compilation, "Probe");
        assertTrue(details.contains("\"state\":\"unknown\""), details);
        assertTrue(details.endsWith("\"is_virtual\":null}}"), details);
    }
}

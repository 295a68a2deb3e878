package dev.cmpkit.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every generated class reads its own wire JSON back: for a template with every supported field
 * kind, {@code read(write(x))} equals {@code x} and writes the same bytes; keys the template leaves
 * to the schema read only as the value the class writes.
 */
class ReaderGenerationTest {

    /** Imports the read-back probes need beyond the ones {@link GenerationTest#withImports} gives. */
    private static final String READING_IMPORTS = """
            import dev.cmpkit.runtime.CmpJsonReader;
            import dev.cmpkit.runtime.json.CmpReadException;
            import java.nio.charset.StandardCharsets;
            """;

    private static JavaFileObject source(String name, String body) {
        return GenerationTest.withImports(name, READING_IMPORTS + body);
    }

    /** A probe that runs {@code statements}, which build {@code resource}, then {@link #ROUND_TRIP}. */
    private static JavaFileObject roundTripProbe(String statements) {
        return source("Probe", GenerationTest.probeClass(statements + ROUND_TRIP));
    }

    /** Writes {@code resource} with a fixed clock, reads it back and returns "same" or what differs. */
    private static final String ROUND_TRIP = """
            ObjectMapper mapper = new ObjectMapper().registerModule(
                    new CmpModule(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC)));
            byte[] written = mapper.writeValueAsBytes(resource);
            var read = CmpJsonReader.read(written, resource.getClass());
            if (!read.equals(resource)) {
                return "differs: " + read + " <> " + resource;
            }
            String again = new String(mapper.writeValueAsBytes(read), StandardCharsets.UTF_8);
            String first = new String(written, StandardCharsets.UTF_8);
            if (!again.equals(first)) {
                return "bytes differ: " + again + " <> " + first;
            }
            if (!mapper.readValue(written, resource.getClass()).equals(resource)) {
                return "Jackson differs";
            }
            return "same, last seen " + read.base().lastSeenAt();
            """;

    @Test
    void aTemplateWithEveryFieldKindReadsBackEqual() {
        JavaFileObject template = source("EverythingSpec", GenerationTest.EVERYTHING_TEMPLATE);
        JavaFileObject probe = roundTripProbe("""
                Everything resource = Everything.builder("e-1", "all", "hello")
                        .small(-1).smallBoxed(2).big(Long.MIN_VALUE).bigBoxed(4L).ratio(0.1).ratioBoxed(1e300)
                        .flag(true).flagBoxed(false).colour(EverythingSpec.Colour.LIGHT_GREEN)
                        .colourText("red")
                        .addresses(List.of(IpAddress.builder().ipAddress("10.0.0.1").build()))
                        .image(ImageDetail.builder().id("img").version("1").build())
                        .tags(List.of("a", "")).counts(List.of(1L, Long.MAX_VALUE))
                        .place(Place.builder().name("Paris").latitude(48.85).longitude(2.35).build())
                        .places(List.of(Region.of("eu")))
                        .created(Instant.parse("2020-01-01T00:00:00.5Z"))
                        .seen(OffsetDateTime.parse("2017-01-01T00:00:00Z"))
                        .zoned(ZonedDateTime.of(2020, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC))
                        .local(LocalDateTime.of(2020, 1, 1, 0, 0, 1))
                        .day(LocalDate.of(1970, 1, 1))
                        .createdText("2017-01-01 00:00:00+10")
                        .omitted("here")
                        .build();
                """);
        Compilation compilation =
                Compile.compile(List.of("-Acmpkit.schema=" + GenerationTest.everythingCatalog()), template, probe);
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("same, last seen 2026-01-02T03:04:05Z", Compile.run(compilation, "Probe"));
    }

    @Test
    void anEmptyResourceOfEveryFieldKindReadsBackEqual() {
        JavaFileObject template = source("SparseSpec", """
                @CmpResource(type = "everything")
                record SparseSpec(@CmpField Integer smallBoxed, @CmpField List<IpAddress> addresses,
                        @CmpField Instant created, @CmpField LocalDate day, @CmpField Place place) {
                }
                """);
        JavaFileObject probe = roundTripProbe("""
                Sparse resource = Sparse.builder("s-1", "").build();
                """);
        Compilation compilation =
                Compile.compile(List.of("-Acmpkit.schema=" + GenerationTest.everythingCatalog()), template, probe);
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("same, last seen 2026-01-02T03:04:05Z", Compile.run(compilation, "Probe"));
    }

    @Test
    void aKeyTheTemplateLeavesToTheSchemaReadsOnlyAsTheValueTheClassWrites() {
        JavaFileObject template = source("SmallSpec", """
                @CmpResource(type = "server")
                record SmallSpec(@CmpField Long cpuCores) {
                }
                """);
        JavaFileObject probe = source("Probe", """
                final class Probe {
                    static String run() throws Exception {
                        String json = "{\\"id\\":\\"s\\",\\"type\\":\\"server\\",\\"base\\":{\\"name\\":\\"n\\",\\"provider_created_at\\":null,\\"regions\\":[]},\\"connections\\":{},\\"metadata\\":{},\\"details\\":{\\"server\\":{\\"cpu_cores\\":2,\\"state\\":\\"%s\\"}}}";
                        Small read = CmpJsonReader.read(String.format(json, "unknown").getBytes(StandardCharsets.UTF_8), Small.class);
                        try {
                            CmpJsonReader.read(String.format(json, "running").getBytes(StandardCharsets.UTF_8), Small.class);
                            return "read a state the class cannot hold";
                        } catch (CmpReadException e) {
                            return read.cpuCores() + " / " + e.getMessage();
                        }
                    }
                }
                """);
        Compilation compilation = Compile.compile(template, probe);
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(
                "2 / key \"state\" holds running, but this class always writes unknown there (its template does not"
                        + " declare the key, so it cannot keep another value) at /details/server/state",
                Compile.run(compilation, "Probe"));
    }

    @Test
    void anEnumWithoutTheSchemaDefaultReadsTheWrittenDefaultBackAsNull() {
        JavaFileObject template = source("PowerSpec", """
                @CmpResource(type = "server")
                class PowerSpec {
                    enum Power { RUNNING, STOPPED }
                    @CmpField Power state;
                }
                """);
        JavaFileObject probe = roundTripProbe("""
                Power resource = Power.builder("p", "n").build();
                """);
        Compilation compilation = Compile.compile(template, probe);
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("same, last seen 2026-01-02T03:04:05Z", Compile.run(compilation, "Probe"));
    }
}

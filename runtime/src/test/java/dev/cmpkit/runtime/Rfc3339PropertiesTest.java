package dev.cmpkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the RFC 3339 parser and the allocation-free formatter. */
class Rfc3339PropertiesTest {

    private static final DateTimeFormatter REFERENCE_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter REFERENCE_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter WITH_OFFSET =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L)
                .flatMap(seconds -> Arbitraries.integers().between(0, 999_999_999)
                        .map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
    }

    @Property(tries = 500)
    void formatsLikeTheJdkFormatter(@ForAll("instants") Instant instant) {
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        String expected = micros.getNano() == 0 ? REFERENCE_SECONDS.format(micros) : REFERENCE_MICROS.format(micros);
        assertEquals(expected, Rfc3339.convert(instant));
    }

    @Property(tries = 500)
    void parsingTheOutputGivesItBack(@ForAll("instants") Instant instant) {
        String wire = Rfc3339.convert(instant);
        assertEquals(wire, Rfc3339.convert(wire));
        assertEquals(instant.truncatedTo(ChronoUnit.MICROS), Instant.parse(wire));
    }

    @Property(tries = 500)
    void anyOffsetGivesTheSameInstant(@ForAll("instants") Instant instant,
            @ForAll("offsets") ZoneOffset offset) {
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime local = micros.atOffset(offset);
        if (local.getYear() < 0 || local.getYear() > 9999) {
            return;
        }
        String text = local.format(WITH_OFFSET);
        assertEquals(Rfc3339.convert(micros), Rfc3339.convert(text));
        assertEquals(Rfc3339.convert(micros), Rfc3339.convert(text.replace("T", " ")));
    }

    @Provide
    Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.integers().between(-18 * 60, 18 * 60).map(m -> ZoneOffset.ofTotalSeconds(m * 60));
    }

    @Property(tries = 500)
    void arbitraryTextIsAcceptedOrRejectedWithAnIllegalArgumentException(
            @ForAll("timestampLike") String text) {
        try {
            String wire = Rfc3339.convert(text);
            assertTrue(wire == null || wire.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?Z"), wire);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("not an RFC 3339 timestamp"), e.getMessage());
        }
    }

    @Provide
    Arbitrary<String> timestampLike() {
        return Arbitraries.strings().withChars("0123456789-:T .Zz+").ofMaxLength(40);
    }
}

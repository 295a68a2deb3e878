package dev.cmpkit.runtime;

import static dev.cmpkit.testing.RandomCases.check;
import static dev.cmpkit.testing.RandomCases.stringOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of the RFC 3339 parser and the allocation-free formatter. */
class Rfc3339PropertiesTest {

    private static final DateTimeFormatter REFERENCE_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter REFERENCE_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    /** An instant from year 0000 to 9999, with any nanoseconds. */
    private static boolean wholeSecond(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).equals(instant);
    }

    private static Instant instant(SplittableRandom random) {
        long seconds = random.nextLong(-62_167_219_200L, 253_402_300_800L);
        return Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000));
    }

    @Test
    void formatsLikeTheJdkFormatter() {
        check(500, random -> {
            Instant instant = instant(random);
            Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
            String expected = wholeSecond(micros) ? REFERENCE_SECONDS.format(micros) : REFERENCE_MICROS.format(micros);
            assertEquals(expected, Rfc3339.convert(instant));
        });
    }

    @Test
    void formatsRunsOfInstantsWithinOneSecondAndBackAndForthAcrossSeconds() {
        // The formatter remembers the last second it formatted: instants that share it, and
        // instants that leave it and come back, must each get their own text.
        check(200, random -> {
            Instant first = instant(random).truncatedTo(ChronoUnit.SECONDS);
            long apart = random.nextBoolean() ? 1 : 86_400;
            Instant other = first.getEpochSecond() - apart >= -62_167_219_200L
                    ? first.minusSeconds(apart)
                    : first.plusSeconds(apart);
            for (int i = 0; i < 6; i++) {
                Instant base = i % 3 == 2 ? other : first;
                Instant instant = base.plusNanos(random.nextInt(1_000_000_000));
                Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
                String expected =
                        wholeSecond(micros) ? REFERENCE_SECONDS.format(micros) : REFERENCE_MICROS.format(micros);
                assertEquals(expected, Rfc3339.convert(instant));
            }
        });
    }

    @Test
    void theWireFormIsRecognisedExactlyWhenParsingAndFormattingGiveItBack() {
        // Texts shaped like the wire form, with fields in and out of range and now and then a
        // wrong separator or a zero fraction: the shortcut must agree with the full conversion.
        check(20_000, random -> {
            StringBuilder text = new StringBuilder();
            text.append(String.format("%04d", random.nextInt(10_000)));
            text.append(random.nextInt(50) == 0 ? '/' : '-');
            text.append(String.format("%02d", random.nextInt(14)));
            text.append('-');
            text.append(String.format("%02d", random.nextInt(33)));
            text.append(random.nextInt(50) == 0 ? 't' : 'T');
            text.append(String.format("%02d:%02d:%02d", random.nextInt(25), random.nextInt(61), random.nextInt(61)));
            switch (random.nextInt(4)) {
                case 0 -> text.append(".000000");
                case 1 -> text.append(String.format(".%06d", random.nextInt(1_000_000)));
                case 2 -> text.append(String.format(".%03d", random.nextInt(1_000)));
                default -> {}
            }
            text.append(random.nextInt(50) == 0 ? "+00:00" : "Z");
            String value = text.toString();
            String converted;
            try {
                converted = Rfc3339.format(Rfc3339.parse(value));
            } catch (IllegalArgumentException e) {
                converted = null;
            }
            assertEquals(value.equals(converted), Rfc3339.isWireForm(value), value);
        });
    }

    @Test
    void parsingTheOutputGivesItBack() {
        check(500, random -> {
            Instant instant = instant(random);
            String wire = Rfc3339.convert(instant);
            assertEquals(wire, Rfc3339.convert(wire));
            assertEquals(instant.truncatedTo(ChronoUnit.MICROS), Instant.parse(wire));
        });
    }

    @Test
    void anyOffsetGivesTheSameInstant() {
        check(500, random -> {
            Instant micros = instant(random).truncatedTo(ChronoUnit.MICROS);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60);
            OffsetDateTime local = micros.atOffset(offset);
            if (local.getYear() < 0 || local.getYear() > 9999) {
                return;
            }
            String text = local.format(WITH_OFFSET);
            assertEquals(Rfc3339.convert(micros), Rfc3339.convert(text));
            assertEquals(Rfc3339.convert(micros), Rfc3339.convert(text.replace("T", " ")));
        });
    }

    @Test
    void arbitraryTextIsAcceptedOrRejectedWithAnIllegalArgumentException() {
        check(500, random -> {
            String text = stringOf(random, "0123456789-:T .Zz+", 0, 40);
            try {
                String wire = Rfc3339.convert(text);
                assertTrue(
                        wire == null || wire.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?Z"), wire);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().contains("not an RFC 3339 timestamp"), e.getMessage());
            }
        });
    }
}

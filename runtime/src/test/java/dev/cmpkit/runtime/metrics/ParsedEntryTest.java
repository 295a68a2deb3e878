package dev.cmpkit.runtime.metrics;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cmpkit.runtime.expr.SimpleExpressionParser;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A mapping entry made directly: its checks, its conversion and its equality. */
class ParsedEntryTest {

    @Test
    void everyFieldIsRequired() {
        assertEquals(
                "name is required, got null",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new ParsedEntry(null, "", false, "", Optional.empty()))
                        .getMessage());
        assertEquals(
                "conversion is required, got null",
                assertThrows(IllegalArgumentException.class, () -> new ParsedEntry("n", "", false, "", null))
                        .getMessage());
    }

    @Test
    void anEntryMadeDirectlyConvertsLikeALoadedOne() {
        ParsedEntry percent = new ParsedEntry(
                "cpu", "percent", false, "", Optional.of(new SimpleExpressionParser().parse("value * 100")));
        assertEquals(25.0, percent.value(Map.of("value", 0.25)));
        ParsedEntry plain = new ParsedEntry("net", "", true, "", Optional.empty());
        assertEquals(8.0, plain.value(Map.of("value", 8)));
        assertEquals(
                plain,
                MetricMapping.load(
                                new ByteArrayInputStream("net_rx:\n  name: net\n  counter: true\n".getBytes(UTF_8)),
                                "inline")
                        .get("net_rx"));
        assertNotEquals(plain, new ParsedEntry("net", "", false, "", Optional.empty()));
        assertEquals(
                "ParsedEntry[name=cpu, unit=percent, counter=false, specialisation=, conversion_expr=value * 100]",
                percent.toString());
    }
}

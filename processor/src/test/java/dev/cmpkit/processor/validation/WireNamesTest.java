package dev.cmpkit.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Java names become the snake_case wire keys of SPEC.md section 4. */
class WireNamesTest {

    @Test
    void camelCaseBecomesSnakeCase() {
        assertEquals("cpu_cores", WireNames.snakeCase("cpuCores"));
        assertEquals("ram_b", WireNames.snakeCase("ramB"));
        assertEquals("is_virtual", WireNames.snakeCase("isVirtual"));
        assertEquals("power_allocation_w", WireNames.snakeCase("powerAllocationW"));
        assertEquals("endpoint_a", WireNames.snakeCase("endpointA"));
        assertEquals("state", WireNames.snakeCase("state"));
        assertEquals("http_url_port", WireNames.snakeCase("httpURLPort"));
        assertEquals("ipv4_address", WireNames.snakeCase("ipv4Address"));
        assertEquals("already_snake", WireNames.snakeCase("already_snake"));
    }

    @Property(tries = 300)
    void resultHasNoUpperCaseAndKeepsTheLetters(@ForAll @AlphaChars @StringLength(min = 1, max = 30) String name) {
        String snake = WireNames.snakeCase(name);
        assertEquals(snake.toLowerCase(java.util.Locale.ROOT), snake);
        assertEquals(name.toLowerCase(java.util.Locale.ROOT), snake.replace("_", ""));
        assertFalse(snake.contains("__"));
    }
}

package dev.cmpkit.processor.validation;

import static dev.cmpkit.testing.RandomCases.check;
import static dev.cmpkit.testing.RandomCases.stringOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Java field names become snake_case wire keys. */
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

    @Test
    void resultHasNoUpperCaseAndKeepsTheLetters() {
        check(300, random -> {
            String name = stringOf(random, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 30);
            String snake = WireNames.snakeCase(name);
            assertEquals(snake.toLowerCase(java.util.Locale.ROOT), snake);
            assertEquals(name.toLowerCase(java.util.Locale.ROOT), snake.replace("_", ""));
            assertFalse(snake.contains("__"), snake);
        });
    }
}

package dev.cmpkit.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a call is rejected with an IllegalArgumentException whose message says why. */
final class Rejects {

    private Rejects() {}

    /**
     * Asserts an IllegalArgumentException whose message contains every fragment (typically the
     * field name and the quoted value).
     */
    static IllegalArgumentException assertRejects(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String fragment : fragments) {
            assertTrue(
                    e.getMessage() != null && e.getMessage().contains(fragment),
                    "message should contain <" + fragment + "> but was <" + e.getMessage() + ">");
        }
        return e;
    }
}

package dev.cmpkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Assertions about values: the equals/hashCode contract and the message a rejected call gives. */
public final class ValueAssertions {

    private ValueAssertions() {}

    /** Asserts that the values are equal and so have equal hash codes. */
    public static void assertEqualWithSameHash(Object expected, Object actual) {
        assertEquals(expected, actual);
        assertEquals(expected.hashCode(), actual.hashCode(), "equal values must have equal hash codes");
    }

    /** Asserts that the call throws an IllegalArgumentException and returns its message. */
    public static String rejection(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }
}

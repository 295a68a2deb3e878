package dev.cmpkit.processor.diagnostics;

import static dev.cmpkit.testing.RandomCases.anyString;
import static dev.cmpkit.testing.RandomCases.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Did-you-mean only for near misses: within a third of the word's length in edits. */
class SuggestionsTest {

    private static final List<String> KEYS = List.of("cpu_cores", "cpu_hz", "ram_b", "state", "ip_addresses");

    @Test
    void typoIsMatchedToTheClosestKey() {
        assertEquals(Optional.of("cpu_cores"), Suggestions.closest("cpu_coers", KEYS));
        assertEquals(Optional.of("ip_addresses"), Suggestions.closest("ip_adresses", KEYS));
        assertEquals(Optional.of("server"), Suggestions.closest("sever", List.of("server", "volume")));
    }

    @Test
    void wordFarFromEveryCandidateGetsNoSuggestion() {
        assertEquals(Optional.empty(), Suggestions.closest("colour", KEYS));
        assertEquals(Optional.empty(), Suggestions.closest("bucket", List.of("server", "volume", "network")));
        assertEquals(Optional.empty(), Suggestions.closest("x", List.of()));
    }

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, Suggestions.distance("state", "state"));
        assertEquals(1, Suggestions.distance("stat", "state"));
        assertEquals(2, Suggestions.distance("cpu_coers", "cpu_cores"));
        assertEquals(6, Suggestions.distance("", "abcdef"));
    }

    @Test
    void distanceIsSymmetricAndBoundedByTheLongerLength() {
        check(300, random -> {
            String a = anyString(random, 12);
            String b = anyString(random, 12);
            int distance = Suggestions.distance(a, b);
            assertEquals(distance, Suggestions.distance(b, a));
            assertTrue(distance <= Math.max(a.length(), b.length()));
            assertTrue(distance >= Math.abs(a.length() - b.length()));
        });
    }
}

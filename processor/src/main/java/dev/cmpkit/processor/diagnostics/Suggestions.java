package dev.cmpkit.processor.diagnostics;

import java.util.List;
import java.util.Optional;

/** Finds the near miss a user probably meant ("did you mean ...?") among a list of valid names. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The candidate closest to {@code input} by edit distance, if that distance is at most a third of
     * the input's length (at least one): anything farther is more likely a different word than a typo.
     */
    public static Optional<String> closest(String input, List<String> candidates) {
        int limit = Math.max(1, input.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(input, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** The Levenshtein distance between {@code a} and {@code b}, keeping only two rows of the table. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

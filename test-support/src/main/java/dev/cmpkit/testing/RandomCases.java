package dev.cmpkit.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Runs a property over many seeded random cases, the way cmpkit's property tests do.
 *
 * <p>Every run is reproducible: the seed is fixed ({@link #DEFAULT_SEED}) unless the system
 * property {@code cmpkit.seed} sets another, and case {@code i} always draws from the same
 * stream for a given seed. A failing case is reported with the seed and the case number, so the
 * failure can be replayed with {@code -Dcmpkit.seed=<seed>}.
 */
public final class RandomCases {

    /** The seed used when {@code cmpkit.seed} is not set. */
    public static final long DEFAULT_SEED = 0x5EED_C3B_C0DEL;

    /** One case of a property: draws its inputs from {@code random} and asserts. */
    @FunctionalInterface
    public interface Case {
        /**
         * Checks the property for inputs drawn from {@code random}.
         *
         * @param random the case's own random stream
         * @throws Exception when the case fails
         */
        void check(SplittableRandom random) throws Exception;
    }

    private RandomCases() {}

    /** Returns the seed of this run: {@code -Dcmpkit.seed}, else {@link #DEFAULT_SEED}. */
    public static long seed() {
        return Long.getLong("cmpkit.seed", DEFAULT_SEED);
    }

    /**
     * Checks a property for {@code cases} random cases.
     *
     * @param cases how many cases to run
     * @param property the property
     * @throws AssertionError for the first failing case, naming the seed and the case, with the
     *     case's own failure as the cause
     */
    public static void check(int cases, Case property) {
        long seed = seed();
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < cases; i++) {
            SplittableRandom random = root.split();
            try {
                property.check(random);
            } catch (Exception | AssertionError e) {
                throw new AssertionError(
                        "case " + i + " of " + cases + " failed with seed " + seed + " (replay with -Dcmpkit.seed="
                                + seed + "): " + e,
                        e);
            }
        }
    }

    /**
     * Returns one of the given values.
     *
     * @param random the stream to draw from
     * @param values the choices, at least one
     * @param <T> the value type
     * @return a value drawn uniformly
     */
    public static <T> T oneOf(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * Returns a string of up to {@code maxLength} chars drawn from the whole UTF-16 range, weighted
     * towards what breaks code: ASCII letters and digits, controls, JSON and YAML punctuation,
     * Latin-1 and other BMP characters, astral characters as surrogate pairs, and lone
     * surrogates.
     *
     * @param random the stream to draw from
     * @param maxLength the longest length in chars
     * @return the string
     */
    public static String anyString(SplittableRandom random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length + 1);
        while (text.length() < length) {
            appendAnyChar(random, text);
        }
        return text.toString();
    }

    /**
     * Returns a string of {@code minLength} to {@code maxLength} chars, each drawn from
     * {@code alphabet}.
     *
     * @param random the stream to draw from
     * @param alphabet the chars to draw from, at least one
     * @param minLength the shortest length
     * @param maxLength the longest length
     * @return the string
     */
    public static String stringOf(SplittableRandom random, String alphabet, int minLength, int maxLength) {
        int length = minLength + random.nextInt(maxLength - minLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /**
     * Returns bytes of any value, up to {@code maxLength} of them.
     *
     * @param random the stream to draw from
     * @param maxLength the largest count
     * @return the bytes
     */
    public static byte[] anyBytes(SplittableRandom random, int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /**
     * Returns null with the given probability, else {@code value}.
     *
     * @param random the stream to draw from
     * @param probability the chance of null, 0 to 1
     * @param value the value otherwise
     * @param <T> the value type
     * @return null or the value
     */
    public static <T> T orNull(SplittableRandom random, double probability, T value) {
        return random.nextDouble() < probability ? null : value;
    }

    /**
     * Returns a JSON-compatible value nested up to four levels: null, strings from
     * {@link #anyString}, longs, ints, booleans, doubles over forty orders of magnitude, and lists
     * and string-keyed maps of up to three such values.
     *
     * @param random the stream to draw from
     * @param allNumberTypes whether floats, {@code BigInteger}s and {@code BigDecimal}s appear too
     *     (writers take them; reading JSON back gives other number types)
     * @return the value
     */
    public static Object anyJsonValue(SplittableRandom random, boolean allNumberTypes) {
        return anyJsonValue(random, 0, allNumberTypes);
    }

    private static Object anyJsonValue(SplittableRandom random, int depth, boolean allNumberTypes) {
        int scalars = allNumberTypes ? 9 : 6;
        int pick = random.nextInt(depth > 2 ? scalars : scalars + 2);
        if (pick == scalars) {
            List<Object> list = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                list.add(anyJsonValue(random, depth + 1, allNumberTypes));
            }
            return list;
        }
        if (pick == scalars + 1) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                map.put(anyString(random, 6), anyJsonValue(random, depth + 1, allNumberTypes));
            }
            return map;
        }
        return switch (pick) {
            case 0 -> null;
            case 1 -> anyString(random, 12);
            case 2 -> random.nextLong();
            case 3 -> random.nextInt();
            case 4 -> random.nextBoolean();
            case 5 -> random.nextDouble() * Math.pow(10, random.nextInt(-20, 20));
            case 6 -> (float) random.nextDouble();
            case 7 -> new BigInteger(random.nextInt(1, 100), new Random(random.nextLong()));
            default -> new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(-5, 20));
        };
    }

    private static void appendAnyChar(SplittableRandom random, StringBuilder text) {
        int kind = random.nextInt(10);
        switch (kind) {
            case 0, 1, 2 -> text.append(stringOf(random, "abcXYZ019 _-.", 1, 1));
            case 3 -> text.append((char) random.nextInt(0x20));
            case 4 -> text.append(stringOf(random, "\"\\/'{}[]:,#&*!|>%@`~\u007f", 1, 1));
            case 5 -> text.append((char) (0x80 + random.nextInt(0x780)));
            case 6 -> text.append((char) (0x800 + random.nextInt(0xD800 - 0x800)));
            case 7 -> text.append((char) (0xE000 + random.nextInt(0x10000 - 0xE000)));
            case 8 -> text.appendCodePoint(0x10000 + random.nextInt(0x110000 - 0x10000));
            default -> text.append((char) (0xD800 + random.nextInt(0x800)));
        }
    }
}

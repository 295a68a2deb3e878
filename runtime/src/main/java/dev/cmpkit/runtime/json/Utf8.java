package dev.cmpkit.runtime.json;

import java.nio.charset.StandardCharsets;

/**
 * The encoding tables and steps of {@link JsonByteWriter}, on a byte array with room already made:
 * Jackson's escapes for string contents, and decimal digits of longs. Each step returns the
 * position after what it wrote.
 */
final class Utf8 {

    private static final byte[] LONG_MIN = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);
    /** "00" to "99", two bytes a number: the digits of a long are written two at a time. */
    private static final byte[] DIGIT_PAIRS = new byte[200];

    /** 10 to the power of the index, 10^0 to 10^18: the bounds of each digit count. */
    private static final long[] POWERS_OF_TEN = new long[19];

    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};

    /**
     * For each ASCII char: 0 when written as is, the letter of its short escape ({@code \n}), or
     * -1 for a {@code \}{@code u00XX} escape. These are Jackson's escapes.
     */
    private static final byte[] ESCAPES = new byte[128];

    static {
        for (int n = 0; n < 100; n++) {
            DIGIT_PAIRS[2 * n] = (byte) ('0' + n / 10);
            DIGIT_PAIRS[2 * n + 1] = (byte) ('0' + n % 10);
        }
        long power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = -1;
        }
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
    }

    private Utf8() {}

    /** Whether {@code c} is written as itself: ASCII that needs no escape. */
    static boolean plainAscii(char c) {
        return c < 0x80 && ESCAPES[c] == 0;
    }

    /**
     * How an ASCII char ({@code c < 0x80}) is written: 0 as itself, the letter of its short escape,
     * or -1 for a {@code \}{@code u00XX} escape.
     */
    static byte escape(char c) {
        return ESCAPES[c];
    }

    /** Writes {@code c} as an uppercase {@code \}{@code uXXXX} escape; returns the new position. */
    static int unicodeEscape(char c, byte[] b, int p) {
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = HEX[(c >> 12) & 0xF];
        b[p++] = HEX[(c >> 8) & 0xF];
        b[p++] = HEX[(c >> 4) & 0xF];
        b[p++] = HEX[c & 0xF];
        return p;
    }

    /** Writes the decimal digits of {@code value} at {@code p}; returns the new position. */
    static int digits(long value, byte[] b, int p) {
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                System.arraycopy(LONG_MIN, 0, b, p, LONG_MIN.length);
                return p + LONG_MIN.length;
            }
            b[p++] = '-';
            value = -value;
        }
        int end = p + length(value);
        int q = end;
        // Two digits a step, from the right: half the divisions, and int arithmetic once the
        // number fits.
        while (value > Integer.MAX_VALUE) {
            long next = value / 100;
            q = pair((int) (value - next * 100), b, q);
            value = next;
        }
        int v = (int) value;
        while (v >= 100) {
            int next = v / 100;
            q = pair(v - next * 100, b, q);
            v = next;
        }
        if (v >= 10) {
            pair(v, b, q);
        } else {
            b[q - 1] = (byte) ('0' + v);
        }
        return end;
    }

    /** Writes the two digits of {@code n} (0 to 99) before {@code q}; returns their start. */
    private static int pair(int n, byte[] b, int q) {
        b[q - 1] = DIGIT_PAIRS[2 * n + 1];
        b[q - 2] = DIGIT_PAIRS[2 * n];
        return q - 2;
    }

    /** How many decimal digits a non-negative number has. */
    private static int length(long value) {
        // log10 from the bit length (1233 / 4096 is just below log10(2)), then one comparison to
        // settle the guess.
        int guess = ((64 - Long.numberOfLeadingZeros(value)) * 1233) >>> 12;
        return value >= POWERS_OF_TEN[guess] ? guess + 1 : Math.max(guess, 1);
    }
}

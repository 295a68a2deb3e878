package dev.cmpkit.runtime.json;

import java.nio.charset.StandardCharsets;

/**
 * The encoding steps of {@link JsonByteWriter}, on a byte array with room already made: JSON
 * string contents with Jackson's escapes, and decimal digits of longs. Each returns the position
 * after what it wrote.
 */
final class Utf8 {

    private static final byte[] LONG_MIN = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};

    /**
     * For each ASCII char: 0 when written as is, the letter of its short escape ({@code \n}), or
     * -1 for a {@code \}{@code u00XX} escape. These are Jackson's escapes.
     */
    private static final byte[] ESCAPES = new byte[128];

    static {
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

    /** Chars {@code from} to {@code end} at {@code p}, room ensured; returns the new position. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for plain ASCII
    static int segment(String s, int from, int end, byte[] b, int p) {
        int plain = from;
        while (plain < end) {
            char c = s.charAt(plain);
            if (c >= 0x80 || ESCAPES[c] != 0) {
                break;
            }
            plain++;
        }
        // The plain prefix is copied in bulk: the deprecated getBytes keeps each char's low byte,
        // which for plain ASCII is the char itself, and copies a Latin-1 string's array directly.
        s.getBytes(from, plain, b, p);
        p += plain - from;
        return plain == end ? p : encode(s, plain, end, b, p);
    }

    /** The slow path of {@link #segment}: chars {@code from} to {@code end}, room ensured. */
    private static int encode(String s, int from, int end, byte[] b, int p) {
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                if (escape == 0) {
                    b[p++] = (byte) c;
                } else if (escape > 0) {
                    b[p++] = '\\';
                    b[p++] = escape;
                } else {
                    p = unicodeEscape(c, b, p);
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                p = unicodeEscape(c, b, p);
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return p;
    }

    private static int unicodeEscape(char c, byte[] b, int p) {
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
        if (value <= Integer.MAX_VALUE) {
            int v = (int) value;
            while (v >= 10) {
                int next = v / 10;
                b[--q] = (byte) ('0' + v - next * 10);
                v = next;
            }
            b[--q] = (byte) ('0' + v);
        } else {
            while (value >= 10) {
                long next = value / 10;
                b[--q] = (byte) ('0' + (int) (value - next * 10));
                value = next;
            }
            b[--q] = (byte) ('0' + value);
        }
        return end;
    }

    /** How many decimal digits a non-negative number has. */
    private static int length(long value) {
        int n = 1;
        long limit = 10;
        while (n < 19 && value >= limit) {
            n++;
            limit *= 10;
        }
        return n;
    }
}

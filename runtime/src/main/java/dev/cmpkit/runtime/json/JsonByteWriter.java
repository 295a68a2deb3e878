package dev.cmpkit.runtime.json;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * cmpkit's own UTF-8 JSON writer: a {@link JsonSink} that encodes straight into a byte buffer,
 * byte-for-byte as Jackson's compact UTF-8 generator writes the same calls.
 *
 * <p>Hand-written values reach it through {@link JsonShape#writeTo}; generated resources write
 * most of their output as pre-encoded constant runs ({@link #run}, {@link #endRun}) between the
 * values. Instances come from {@link CmpJson}, which reuses their buffers.
 *
 * <p>Commas are the only state: {@code separate} is true when the next name or value of the
 * current object or array must be preceded by one. Each call leaves it as the JSON grammar
 * implies, so no stack of open containers is needed.
 *
 * <p>With an {@link OutputStream} the buffer is flushed whenever it fills, so memory stays
 * bounded by the buffer whatever is written; without one it grows.
 */
public final class JsonByteWriter implements JsonSink {

    /** Initial (and, when streaming, steady) buffer size. */
    static final int BUFFER_SIZE = 8192;

    private static final int DOUBLE_SLOTS_LOG2 = 6;

    /** Strings are encoded in segments of at most this many chars: at most 6 bytes each. */
    private static final int SEGMENT = 1024;

    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    private OutputStream out;
    private byte[] buffer;
    private int position;
    private boolean separate;
    private boolean busy;
    private JacksonFallback fallback;
    /** Lent by {@link #charBuffer}, so that timestamps are formatted without allocating. */
    private char[] chars = new char[32];

    /**
     * The digits of recently written doubles, by bit pattern: {@code Double.toString} costs more
     * than writing a whole place, and coordinates repeat across an inventory (every server in one
     * city). A slot holds one value; a miss formats the number as before and takes the slot.
     */
    private final long[] doubleBits = new long[1 << DOUBLE_SLOTS_LOG2];

    private final byte[][] doubleDigits = new byte[1 << DOUBLE_SLOTS_LOG2][];

    JsonByteWriter(int capacity) {
        this.buffer = new byte[capacity];
    }

    /** Prepares this writer for a new top-level value, written to {@code target} or kept. */
    void start(OutputStream target) {
        out = target;
        position = 0;
        separate = false;
        busy = true;
    }

    /** Marks the writer free for reuse and lets go of the stream. */
    void release() {
        busy = false;
        out = null;
    }

    boolean busy() {
        return busy;
    }

    int capacity() {
        return buffer.length;
    }

    /** The bytes written since {@link #start}, as a fresh array; only without a target stream. */
    byte[] toByteArray() {
        return Arrays.copyOf(buffer, position);
    }

    /** The buffer itself: valid up to {@link #size()}. */
    byte[] buffer() {
        return buffer;
    }

    /** How many bytes the buffer holds. */
    int size() {
        return position;
    }

    /** Hands the buffered bytes to the target stream, if any. */
    void flushBuffer() throws IOException {
        if (out != null && position > 0) {
            out.write(buffer, 0, position);
            position = 0;
        }
    }

    /** Makes room for {@code n} more bytes; small enough to be inlined into every caller. */
    private void ensure(int n) throws IOException {
        if (position + n > buffer.length) {
            makeRoom(n);
        }
    }

    /** Flushes to the stream, else grows the buffer, until {@code n} more bytes fit. */
    private void makeRoom(int n) throws IOException {
        flushBuffer();
        if (position + n > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, position + n));
        }
    }

    /**
     * Encodes a member name as this writer writes it, with its colon: {@code "id":}, or
     * {@code ,"id":} when {@code comma} is set.
     */
    static byte[] encodeName(String name, boolean comma) {
        JsonByteWriter writer = new JsonByteWriter(name.length() * 6 + 4);
        writer.start(null);
        writer.separate = comma;
        try {
            writer.name(name);
        } catch (IOException e) {
            throw new AssertionError("a writer without a stream does no I/O", e);
        }
        return writer.toByteArray();
    }

    /**
     * Encodes a string value as this writer writes it, quotes included: a piece for a constant run
     * that holds a value known ahead, such as a resource's type.
     *
     * @param value the string
     * @return the UTF-8 bytes of the quoted, escaped string
     * @throws IllegalArgumentException when the value is null
     */
    public static byte[] encodeString(String value) {
        if (value == null) {
            throw new IllegalArgumentException("value is required, got null");
        }
        JsonByteWriter writer = new JsonByteWriter(value.length() * 6 + 3);
        writer.start(null);
        try {
            writer.string(value);
        } catch (IOException e) {
            throw new AssertionError("a writer without a stream does no I/O", e);
        }
        return writer.toByteArray();
    }

    // ---- constant runs, for generated code

    /**
     * Copies a constant run of JSON that ends where a value starts (after a {@code :} or an
     * opening bracket), for example <code>,"details":{"server":{"cpu_cores":</code>.
     *
     * @param run the pre-encoded bytes; it carries its own leading comma, if any
     * @throws IOException when flushing to the stream fails
     */
    public void run(byte[] run) throws IOException {
        copy(run);
        separate = false;
    }

    /**
     * Copies a constant run of JSON that closes a value, for example {@code }}}: whatever
     * follows in the enclosing object or array needs a comma.
     *
     * @param run the pre-encoded bytes
     * @throws IOException when flushing to the stream fails
     */
    public void endRun(byte[] run) throws IOException {
        copy(run);
        separate = true;
    }

    private void copy(byte[] bytes) throws IOException {
        int n = bytes.length;
        ensure(n);
        System.arraycopy(bytes, 0, buffer, position, n);
        position += n;
    }

    // ---- JsonSink

    /** Writes the comma owed before a value or name; callers have ensured one byte of room. */
    private void comma() {
        if (separate) {
            buffer[position++] = ',';
        }
    }

    @Override
    public void beginObject() throws IOException {
        open((byte) '{');
    }

    @Override
    public void endObject() throws IOException {
        close((byte) '}');
    }

    @Override
    public void beginArray() throws IOException {
        open((byte) '[');
    }

    @Override
    public void endArray() throws IOException {
        close((byte) ']');
    }

    private void open(byte bracket) throws IOException {
        ensure(2);
        comma();
        buffer[position++] = bracket;
        separate = false;
    }

    private void close(byte bracket) throws IOException {
        ensure(1);
        buffer[position++] = bracket;
        separate = true;
    }

    @Override
    public void name(JsonName name) throws IOException {
        copy(separate ? name.commaUtf8() : name.utf8());
        separate = false;
    }

    @Override
    public void name(String name) throws IOException {
        if (name == null) {
            throw new IllegalArgumentException("name is required, got null");
        }
        string(name);
        ensure(1);
        buffer[position++] = ':';
        separate = false;
    }

    /**
     * Writes a string value: the comma owed, the quotes and the chars, escaped and encoded as
     * Jackson does (its short escapes, other controls and every surrogate, paired or not, as an
     * uppercase {@code \}{@code uXXXX} escape, other non-ASCII chars as two or three bytes).
     *
     * <p>All of that is in this one method on purpose. HotSpot's C2 inlines a hot method only
     * when its bytecode is under 325 bytes ({@code FreqInlineSize}); this method is over, so the
     * thirty-odd strings of a resource share one compiled copy of the loops instead of each call
     * site inlining its own. With the loops inlined everywhere, a server took about a quarter longer
     * to write (JMH {@code SerializerBenchmark.cmpJsonToBytes}, about 990 against 790 ns).
     * {@code StringWriterSizeTest} keeps the method over the limit.
     */
    @Override
    public void string(String value) throws IOException {
        if (value == null) {
            nullValue();
            return;
        }
        int length = value.length();
        // The chars go in segments, each after one room check for its worst case of six bytes a
        // char; the first also covers the comma and both quotes, and most values need no second.
        int end = Math.min(length, SEGMENT);
        int room = end * 6 + 3;
        if (position + room > buffer.length) {
            makeRoom(room);
        }
        byte[] b = buffer;
        int p = position;
        if (separate) {
            b[p++] = ',';
        }
        b[p++] = '"';
        int i = 0;
        while (true) {
            // Plain ASCII, the common case, in a tight loop ...
            for (; i < end; i++) {
                char c = value.charAt(i);
                if (!Utf8.plainAscii(c)) {
                    break;
                }
                b[p++] = (byte) c;
            }
            // ... and from the first char that is not, the general loop to the segment's end.
            for (; i < end; i++) {
                char c = value.charAt(i);
                if (c < 0x80) {
                    byte escape = Utf8.escape(c);
                    if (escape == 0) {
                        b[p++] = (byte) c;
                    } else if (escape > 0) {
                        b[p++] = '\\';
                        b[p++] = escape;
                    } else {
                        p = Utf8.unicodeEscape(c, b, p);
                    }
                } else if (c < 0x800) {
                    b[p++] = (byte) (0xC0 | (c >> 6));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    p = Utf8.unicodeEscape(c, b, p);
                } else {
                    b[p++] = (byte) (0xE0 | (c >> 12));
                    b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            if (end == length) {
                break;
            }
            end = Math.min(length, end + SEGMENT);
            position = p;
            ensure((end - i) * 6 + 1);
            b = buffer;
            p = position;
        }
        b[p++] = '"';
        position = p;
        separate = true;
    }

    @Override
    public char[] charBuffer(int length) {
        if (chars.length < length) {
            chars = new char[length];
        }
        return chars;
    }

    @Override
    public void string(char[] chars, int offset, int length) throws IOException {
        ensure(length + 3);
        int start = position;
        comma();
        byte[] b = buffer;
        int p = position;
        b[p++] = '"';
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = chars[i];
            if (!Utf8.plainAscii(c)) {
                // Not plain ASCII (never for timestamps): encode it the general way.
                position = start;
                string(new String(chars, offset, length));
                return;
            }
            b[p++] = (byte) c;
        }
        b[p++] = '"';
        position = p;
        separate = true;
    }

    @Override
    public void number(long value) throws IOException {
        ensure(21);
        comma();
        position = Utf8.digits(value, buffer, position);
        separate = true;
    }

    @Override
    public void number(double value) throws IOException {
        // Jackson prints Double.toString's digits (its fast writer is off by default) and quotes
        // NaN and the infinities.
        if (!Double.isFinite(value)) {
            string(Double.toString(value));
            return;
        }
        long bits = Double.doubleToRawLongBits(value);
        int slot = (int) (((bits ^ (bits >>> 29)) * 0x9E3779B97F4A7C15L) >>> (64 - DOUBLE_SLOTS_LOG2));
        byte[] digits = doubleDigits[slot];
        if (digits == null || doubleBits[slot] != bits) {
            String text = Double.toString(value);
            digits = new byte[text.length()];
            for (int i = 0; i < digits.length; i++) {
                digits[i] = (byte) text.charAt(i);
            }
            doubleDigits[slot] = digits;
            doubleBits[slot] = bits;
        }
        literal(digits);
    }

    /** Writes text known to be ASCII without quotes: the digits of a number. */
    private void ascii(String text) throws IOException {
        int n = text.length();
        ensure(n + 1);
        comma();
        byte[] b = buffer;
        int p = position;
        for (int i = 0; i < n; i++) {
            b[p++] = (byte) text.charAt(i);
        }
        position = p;
        separate = true;
    }

    // ---- the nullable forms generated code writes, each as JsonValues writes it to Jackson

    /**
     * Writes an integer number or a JSON null.
     *
     * @param value the number
     * @throws IOException when flushing to the stream fails
     */
    public void numberOrNull(Integer value) throws IOException {
        if (value == null) {
            nullValue();
        } else {
            number(value.longValue());
        }
    }

    /**
     * Writes an integer number or a JSON null.
     *
     * @param value the number
     * @throws IOException when flushing to the stream fails
     */
    public void numberOrNull(Long value) throws IOException {
        if (value == null) {
            nullValue();
        } else {
            number(value.longValue());
        }
    }

    /**
     * Writes a finite floating-point number or a JSON null.
     *
     * @param value the number
     * @throws IOException when flushing to the stream fails
     * @throws IllegalArgumentException when the number is NaN or infinite
     */
    public void numberOrNull(Double value) throws IOException {
        if (value == null) {
            nullValue();
        } else {
            number(JsonValues.finite(value));
        }
    }

    /**
     * Writes a boolean or a JSON null.
     *
     * @param value the boolean
     * @throws IOException when flushing to the stream fails
     */
    public void boolOrNull(Boolean value) throws IOException {
        if (value == null) {
            nullValue();
        } else {
            bool(value);
        }
    }

    @Override
    public void bool(boolean value) throws IOException {
        literal(value ? TRUE : FALSE);
    }

    @Override
    public void nullValue() throws IOException {
        literal(NULL);
    }

    private void literal(byte[] bytes) throws IOException {
        ensure(bytes.length + 1);
        comma();
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
        separate = true;
    }

    /**
     * Writes any JSON-compatible value or {@link JsonWritable}, exactly as
     * {@link JsonValues#writeValue} writes it to Jackson.
     */
    @Override
    public void value(Object value, Clock clock) throws IOException {
        if (value == null) {
            nullValue();
        } else if (value instanceof String string) {
            string(string);
        } else if (value instanceof Boolean bool) {
            bool(bool);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            number(((Number) value).longValue());
        } else if (value instanceof Double d) {
            number(JsonValues.finite(d));
        } else if (value instanceof Float f) {
            // As a float, like Jackson: 0.1f is 0.1.
            ascii(Float.toString((float) JsonValues.finite(f)));
        } else if (value instanceof BigInteger || value instanceof BigDecimal) {
            ascii(value.toString());
        } else if (value instanceof JsonWritable writable) {
            writable.writeBytes(this, clock);
        } else if (value instanceof List<?> list) {
            beginArray();
            for (Object element : list) {
                value(element, clock);
            }
            endArray();
        } else if (value instanceof Map<?, ?> map) {
            beginObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException(
                            "JSON object keys must be strings, got " + JsonValues.describe(entry.getKey()));
                }
                name(key);
                value(entry.getValue(), clock);
            }
            endObject();
        } else {
            throw new IllegalArgumentException("not a JSON-compatible value: " + JsonValues.describe(value));
        }
    }

    /**
     * Writes a value that only knows Jackson's generator ({@link JsonWritable#writeJson}), through
     * a Jackson generator over this writer's buffer, so that even such values come out as Jackson
     * writes them.
     *
     * @param value the value
     * @param clock handed to the value
     * @throws IOException when the value or the stream fails
     */
    public void jacksonValue(JsonWritable value, Clock clock) throws IOException {
        ensure(1);
        comma();
        if (fallback == null) {
            fallback = new JacksonFallback();
        }
        fallback.write(value, clock, new BufferStream());
        separate = true;
    }

    /** An {@link OutputStream} view of this writer's buffer, for the Jackson fallback. */
    private final class BufferStream extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            ensure(1);
            buffer[position++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            ensure(length);
            System.arraycopy(bytes, offset, buffer, position, length);
            position += length;
        }
    }
}

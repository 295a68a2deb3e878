package dev.cmpkit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;

/**
 * Hands Jackson a value that {@link JsonByteWriter} has already written, as a raw value, so that
 * the documented {@code ObjectMapper} path gets the byte writer's speed.
 *
 * <p>Only for a generator whose output the byte writer is known to equal: Jackson's own UTF-8
 * generator without a pretty printer, custom escapes or any feature that changes how names,
 * strings or numbers are written. Anything else (pretty printing, {@code writeValueAsString}'s
 * char generator, other formats) goes through the value's {@code writeJson} as before.
 */
final class PreWrittenValue implements SerializableString {

    /** Features that must be on for the bytes to match: Jackson's defaults. */
    @SuppressWarnings("deprecation") // the generator-level switches of JsonWriteFeature
    private static final int REQUIRED = JsonGenerator.Feature.QUOTE_FIELD_NAMES.getMask()
            | JsonGenerator.Feature.QUOTE_NON_NUMERIC_NUMBERS.getMask()
            | JsonGenerator.Feature.WRITE_HEX_UPPER_CASE.getMask();

    /** Features that must be off: each changes some bytes. */
    @SuppressWarnings("deprecation")
    private static final int FORBIDDEN = JsonGenerator.Feature.ESCAPE_NON_ASCII.getMask()
            | JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS.getMask()
            | JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN.getMask()
            | JsonGenerator.Feature.USE_FAST_DOUBLE_WRITER.getMask()
            | JsonGenerator.Feature.ESCAPE_FORWARD_SLASHES.getMask()
            | JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8.getMask()
            | JsonGenerator.Feature.STRICT_DUPLICATE_DETECTION.getMask();

    private final byte[] bytes;
    private final int length;

    private PreWrittenValue(byte[] bytes, int length) {
        this.bytes = bytes;
        this.length = length;
    }

    /** Whether the byte writer's output is exactly what {@code gen} would write. */
    static boolean accepts(JsonGenerator gen) {
        int features = gen.getFeatureMask();
        return gen.getClass() == UTF8JsonGenerator.class
                && gen.getPrettyPrinter() == null
                && gen.getCharacterEscapes() == null
                && gen.getHighestEscapedChar() == 0
                && (features & REQUIRED) == REQUIRED
                && (features & FORBIDDEN) == 0;
    }

    /**
     * Writes the value with the byte writer and hands the bytes to the generator as one raw value
     * (the generator still places the comma or separator before it).
     */
    static void write(JsonWritable value, JsonGenerator gen, Clock clock) throws IOException {
        JsonByteWriter writer = CmpJson.borrow(null);
        try {
            value.writeBytes(writer, clock);
            gen.writeRawValue(new PreWrittenValue(writer.buffer(), writer.size()));
        } finally {
            CmpJson.giveBack(writer);
        }
    }

    // Jackson's UTF-8 generator calls only appendUnquotedUTF8 and, when its buffer lacks room,
    // asUnquotedUTF8; the rest answers as a SerializableString must.

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + length > buffer.length) {
            return -1;
        }
        System.arraycopy(bytes, 0, buffer, offset, length);
        return length;
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public String getValue() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public char[] asQuotedChars() {
        throw quotedUnsupported();
    }

    @Override
    public byte[] asQuotedUTF8() {
        throw quotedUnsupported();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        throw quotedUnsupported();
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        throw quotedUnsupported();
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        String value = getValue();
        if (offset + value.length() > buffer.length) {
            return -1;
        }
        value.getChars(0, value.length(), buffer, offset);
        return value.length();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
        throw quotedUnsupported();
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
        return length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        throw quotedUnsupported();
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (buffer.remaining() < length) {
            return -1;
        }
        buffer.put(bytes, 0, length);
        return length;
    }

    private static UnsupportedOperationException quotedUnsupported() {
        return new UnsupportedOperationException("a pre-written JSON value is raw JSON, not a string to quote");
    }
}

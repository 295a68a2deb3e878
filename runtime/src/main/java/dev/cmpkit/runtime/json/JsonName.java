package dev.cmpkit.runtime.json;

import com.fasterxml.jackson.core.io.SerializedString;

/**
 * An object member name fixed at compile time, kept with its encoded forms so that every sink
 * copies prepared bytes instead of encoding the name on each write.
 *
 * <p>Make one per name, as a {@code static final} constant.
 */
public final class JsonName {

    private final String value;
    private final SerializedString serialized;
    private final byte[] utf8;
    private final byte[] commaUtf8;
    /**
     * Whether the name is ASCII. Jackson writes a pre-encoded name with surrogate pairs as 4-byte
     * UTF-8 and rejects a lone surrogate, while it escapes both in a plain name; only ASCII names
     * are the same both ways.
     */
    private final boolean ascii;

    private JsonName(String value) {
        this.value = value;
        this.serialized = new SerializedString(value);
        this.utf8 = JsonByteWriter.encodeName(value, false);
        this.commaUtf8 = JsonByteWriter.encodeName(value, true);
        this.ascii = value.chars().allMatch(c -> c < 0x80);
    }

    /**
     * Returns the prepared name.
     *
     * @param value the member name
     * @return the prepared name
     * @throws IllegalArgumentException when the name is null
     */
    public static JsonName of(String value) {
        if (value == null) {
            throw new IllegalArgumentException("value is required, got null");
        }
        return new JsonName(value);
    }

    /** Returns the member name as written in JSON, without quotes. */
    public String value() {
        return value;
    }

    /** Whether {@link #serialized()} writes what Jackson writes for {@link #value()} as a plain name. */
    boolean plainAscii() {
        return ascii;
    }

    /** Returns the name as Jackson's pre-encoded string, for generator-backed sinks. */
    public SerializedString serialized() {
        return serialized;
    }

    /** The name as {@link JsonByteWriter} writes it first in an object: {@code "name":}. */
    byte[] utf8() {
        return utf8;
    }

    /** The name as {@link JsonByteWriter} writes it after another member: {@code ,"name":}. */
    byte[] commaUtf8() {
        return commaUtf8;
    }

    @Override
    public String toString() {
        return value;
    }
}

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

    private JsonName(String value) {
        this.value = value;
        this.serialized = new SerializedString(value);
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

    /** Returns the name as Jackson's pre-encoded string, for generator-backed sinks. */
    public SerializedString serialized() {
        return serialized;
    }

    @Override
    public String toString() {
        return value;
    }
}

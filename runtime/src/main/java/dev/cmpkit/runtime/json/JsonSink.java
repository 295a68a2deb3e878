package dev.cmpkit.runtime.json;

import java.io.IOException;
import java.time.Clock;

/**
 * A destination for one JSON value, written token by token: the single place where a
 * hand-written cmpkit value states its wire shape.
 *
 * <p>Each value type writes its shape once, to a sink; the sink decides what that becomes.
 * cmpkit has one sink per output: Jackson's {@code JsonGenerator}, insertion-ordered maps (what
 * {@code serialize()} returns) and UTF-8 bytes. Because all three are fed by the same calls, the
 * three outputs cannot disagree.
 *
 * <p>Calls must form one well-nested JSON value: inside an object, every value is preceded by
 * exactly one {@code name(...)} call.
 */
public interface JsonSink {

    /** Starts an object; the matching call is {@link #endObject()}. */
    void beginObject() throws IOException;

    /** Ends the innermost open object. */
    void endObject() throws IOException;

    /** Starts an array; the matching call is {@link #endArray()}. */
    void beginArray() throws IOException;

    /** Ends the innermost open array. */
    void endArray() throws IOException;

    /**
     * Writes the name of the next object member, for a name fixed at compile time.
     *
     * @param name a constant made once with {@link JsonName#of(String)}
     */
    void name(JsonName name) throws IOException;

    /**
     * Writes the name of the next object member, for a name known only at run time (a metadata
     * key, a connection type).
     *
     * @param name the member name, never null
     */
    void name(String name) throws IOException;

    /**
     * Writes a string, or {@code null} when the value is null.
     *
     * @param value the string
     */
    void string(String value) throws IOException;

    /**
     * Writes a string held in part of a char buffer, so that formatted values (timestamps) need
     * not become a {@code String} first.
     *
     * @param buffer the chars
     * @param offset where the string starts
     * @param length how many chars it has
     */
    void string(char[] buffer, int offset, int length) throws IOException;

    /**
     * Lends a char buffer for formatting a value (a timestamp) that is then written with
     * {@link #string(char[], int, int)}: the buffer may be overwritten by any later call.
     *
     * @param length the chars needed
     * @return a buffer of at least {@code length} chars; the default allocates one, a sink that
     *     writes many values lends the same one each time
     */
    default char[] charBuffer(int length) {
        return new char[length];
    }

    /**
     * Writes an integral number.
     *
     * @param value the number
     */
    void number(long value) throws IOException;

    /**
     * Writes a finite floating-point number with the digits Jackson prints for it.
     *
     * @param value the number, finite
     */
    void number(double value) throws IOException;

    /**
     * Writes {@code true} or {@code false}.
     *
     * @param value the boolean
     */
    void bool(boolean value) throws IOException;

    /** Writes {@code null}. */
    void nullValue() throws IOException;

    /**
     * Writes any JSON-compatible value (see {@link JsonValues}) or a {@link JsonWritable}, as
     * metadata values and nested cmpkit values need.
     *
     * @param value the value
     * @param clock handed on to nested resources, which read {@code last_seen_at} from it
     */
    void value(Object value, Clock clock) throws IOException;
}

package dev.cmpkit.runtime.json;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Writes cmpkit values as their wire JSON straight to UTF-8 bytes, without Jackson's generator:
 * the fast path for resources and every other {@link JsonWritable}.
 *
 * <p>The bytes are exactly those of Jackson's compact output with {@code CmpModule} registered
 * ({@code new ObjectMapper().registerModule(new CmpModule(clock)).writeValueAsBytes(value)}),
 * for every value. Resources stamp {@code base.last_seen_at} from the clock; without one, from
 * the UTC system clock.
 *
 * <p>Nothing here closes or flushes the caller's stream: {@link #write} and {@link #writeArray}
 * only append to it, so one stream can carry other output around the values. Each thread reuses
 * one 8 KiB buffer; when writing to a stream, the buffer is handed on whenever it fills, so memory
 * stays the same whatever the number of values.
 */
public final class CmpJson {

    /** A buffer that grew beyond this is not kept for reuse. */
    private static final int KEEP_AT_MOST = 64 * 1024;

    private static final ThreadLocal<JsonByteWriter> WRITERS =
            ThreadLocal.withInitial(() -> new JsonByteWriter(JsonByteWriter.BUFFER_SIZE));

    private CmpJson() {}

    /**
     * Returns the wire JSON of a value, with the UTC system clock.
     *
     * @param value the value
     * @return the UTF-8 bytes
     * @throws IllegalArgumentException when the value is null
     */
    public static byte[] toBytes(JsonWritable value) {
        return toBytes(value, Clock.systemUTC());
    }

    /**
     * Returns the wire JSON of a value.
     *
     * @param value the value
     * @param clock gives resources their {@code last_seen_at}
     * @return the UTF-8 bytes
     * @throws IllegalArgumentException when the value or the clock is null
     */
    public static byte[] toBytes(JsonWritable value, Clock clock) {
        require(value, "value");
        require(clock, "clock");
        JsonByteWriter writer = borrow(null);
        try {
            value.writeBytes(writer, clock);
            return writer.toByteArray();
        } catch (IOException e) {
            throw new AssertionError("a writer without a stream does no I/O", e);
        } finally {
            giveBack(writer);
        }
    }

    /**
     * Appends the wire JSON of a value to a stream, with the UTC system clock.
     *
     * @param value the value
     * @param out the stream; neither flushed nor closed
     * @throws IOException when the stream fails
     * @throws IllegalArgumentException when the value or the stream is null
     */
    public static void write(JsonWritable value, OutputStream out) throws IOException {
        write(value, out, Clock.systemUTC());
    }

    /**
     * Appends the wire JSON of a value to a stream.
     *
     * @param value the value
     * @param out the stream; neither flushed nor closed
     * @param clock gives resources their {@code last_seen_at}
     * @throws IOException when the stream fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static void write(JsonWritable value, OutputStream out, Clock clock) throws IOException {
        require(value, "value");
        require(out, "out");
        require(clock, "clock");
        JsonByteWriter writer = borrow(out);
        try {
            value.writeBytes(writer, clock);
            writer.flushBuffer();
        } finally {
            giveBack(writer);
        }
    }

    /**
     * Appends the values as one JSON array, with the UTC system clock; see
     * {@link #writeArray(Iterator, OutputStream, Clock)}.
     *
     * @param values the values
     * @param out the stream; neither flushed nor closed
     * @throws IOException when the stream fails
     * @throws IllegalArgumentException when the values or the stream are null
     */
    public static void writeArray(Iterable<? extends JsonWritable> values, OutputStream out) throws IOException {
        writeArray(values, out, Clock.systemUTC());
    }

    /**
     * Appends the values as one JSON array; see {@link #writeArray(Iterator, OutputStream, Clock)}.
     *
     * @param values the values
     * @param out the stream; neither flushed nor closed
     * @param clock gives resources their {@code last_seen_at}
     * @throws IOException when the stream fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static void writeArray(Iterable<? extends JsonWritable> values, OutputStream out, Clock clock)
            throws IOException {
        require(values, "values");
        writeArray(values.iterator(), out, clock);
    }

    /**
     * Appends the values as one JSON array, with the UTC system clock; see
     * {@link #writeArray(Iterator, OutputStream, Clock)}.
     *
     * @param values the values
     * @param out the stream; neither flushed nor closed
     * @throws IOException when the stream fails
     * @throws IllegalArgumentException when the values or the stream are null
     */
    public static void writeArray(Iterator<? extends JsonWritable> values, OutputStream out) throws IOException {
        writeArray(values, out, Clock.systemUTC());
    }

    /**
     * Appends the values as one JSON array, taking one value at a time from the iterator and
     * writing it before taking the next: a caller that makes values as they are asked for (a
     * lazy iterator, a database cursor) never has more than one in memory. A null element is
     * written as {@code null}, as Jackson writes it.
     *
     * @param values the values
     * @param out the stream; neither flushed nor closed
     * @param clock gives resources their {@code last_seen_at}
     * @throws IOException when the stream fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static void writeArray(Iterator<? extends JsonWritable> values, OutputStream out, Clock clock)
            throws IOException {
        require(values, "values");
        require(out, "out");
        require(clock, "clock");
        JsonByteWriter writer = borrow(out);
        try {
            writer.beginArray();
            while (values.hasNext()) {
                JsonWritable value = values.next();
                if (value == null) {
                    writer.nullValue();
                } else {
                    value.writeBytes(writer, clock);
                }
            }
            writer.endArray();
            writer.flushBuffer();
        } finally {
            giveBack(writer);
        }
    }

    /**
     * Appends the values of a stream as one JSON array, with the UTC system clock; see
     * {@link #writeArray(Stream, OutputStream, Clock)}.
     *
     * @param values the values
     * @param out the stream; neither flushed nor closed
     * @throws IOException when the output stream fails
     * @throws IllegalArgumentException when the values or the stream are null
     */
    public static void writeArray(Stream<? extends JsonWritable> values, OutputStream out) throws IOException {
        writeArray(values, out, Clock.systemUTC());
    }

    /**
     * Appends the values of a stream as one JSON array, in encounter order, pulling one value at a
     * time (a lazily generated stream is never collected). The stream is consumed, not closed.
     *
     * @param values the values
     * @param out the stream; neither flushed nor closed
     * @param clock gives resources their {@code last_seen_at}
     * @throws IOException when the output stream fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static void writeArray(Stream<? extends JsonWritable> values, OutputStream out, Clock clock)
            throws IOException {
        require(values, "values");
        writeArray(values.sequential().iterator(), out, clock);
    }

    /**
     * The thread's writer, or a fresh one when it is in use further up the stack (a value that
     * calls {@code CmpJson} while being written).
     */
    static JsonByteWriter borrow(OutputStream out) {
        JsonByteWriter writer = WRITERS.get();
        if (writer.busy()) {
            writer = new JsonByteWriter(JsonByteWriter.BUFFER_SIZE);
        }
        writer.start(out);
        return writer;
    }

    static void giveBack(JsonByteWriter writer) {
        writer.release();
        if (writer.capacity() > KEEP_AT_MOST && WRITERS.get() == writer) {
            WRITERS.remove();
        }
    }

    private static void require(Object argument, String name) {
        if (argument == null) {
            throw new IllegalArgumentException(name + " is required, got null");
        }
    }
}

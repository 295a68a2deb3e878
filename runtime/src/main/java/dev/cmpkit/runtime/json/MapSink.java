package dev.cmpkit.runtime.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link JsonSink} that builds the written value as fresh, insertion-ordered maps and lists of
 * JSON-compatible values: the form {@code serialize()} returns.
 *
 * <p>Numbers keep the type they were written with ({@code long} as {@link Long}, {@code double}
 * as {@link Double}); values handed to {@link #value} are kept as they are, since cmpkit holds
 * them as immutable copies already.
 */
public final class MapSink implements JsonSink {

    /** The open objects and arrays, innermost first. */
    private final Deque<Object> open = new ArrayDeque<>();

    private String pendingName;
    private Object result;

    private MapSink() {}

    /**
     * Returns the wire form of a value whose JSON is an object.
     *
     * @param value the value
     * @return a fresh, mutable, insertion-ordered map
     */
    @SuppressWarnings("unchecked") // an object-shaped value writes exactly one object
    public static Map<String, Object> object(JsonShape value) {
        return (Map<String, Object>) collect(value, Clock.systemUTC());
    }

    /**
     * Returns the wire form of a value whose JSON is an array.
     *
     * @param value the value
     * @return a fresh, mutable list
     */
    @SuppressWarnings("unchecked") // an array-shaped value writes exactly one array
    public static List<Object> array(JsonShape value) {
        return (List<Object>) collect(value, Clock.systemUTC());
    }

    /**
     * Returns the wire form of any value, for resources with the clock they stamp
     * {@code last_seen_at} from.
     *
     * @param value the value
     * @param clock handed to the value
     * @return the value's JSON as maps, lists, strings, numbers, booleans and null
     */
    public static Object collect(JsonShape value, Clock clock) {
        MapSink sink = new MapSink();
        try {
            value.writeTo(sink, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("a map sink does no I/O; the value failed", e);
        }
        return sink.result;
    }

    /**
     * Writes into an object the caller already holds: the members written go into {@code target}.
     *
     * @param target the object to add members to
     * @param members writes the members, starting with a name
     */
    public static void into(Map<String, Object> target, Members members) {
        MapSink sink = new MapSink();
        sink.open.push(target);
        try {
            members.writeTo(sink);
        } catch (IOException e) {
            throw new UncheckedIOException("a map sink does no I/O; the value failed", e);
        }
    }

    /** Writes members of an already open object to a sink. */
    @FunctionalInterface
    public interface Members {
        /**
         * Writes the members.
         *
         * @param sink the sink, inside an open object
         * @throws IOException when the sink fails
         */
        void writeTo(JsonSink sink) throws IOException;
    }

    @Override
    public void beginObject() {
        Map<String, Object> object = new LinkedHashMap<>();
        add(object);
        open.push(object);
    }

    @Override
    public void endObject() {
        open.pop();
    }

    @Override
    public void beginArray() {
        List<Object> array = new ArrayList<>();
        add(array);
        open.push(array);
    }

    @Override
    public void endArray() {
        open.pop();
    }

    @Override
    public void name(JsonName name) {
        pendingName = name.value();
    }

    @Override
    public void name(String name) {
        pendingName = name;
    }

    @Override
    public void string(String value) {
        add(value);
    }

    @Override
    public void string(char[] buffer, int offset, int length) {
        add(new String(buffer, offset, length));
    }

    @Override
    public void number(long value) {
        add(value);
    }

    @Override
    public void number(double value) {
        add(value);
    }

    @Override
    public void bool(boolean value) {
        add(value);
    }

    @Override
    public void nullValue() {
        add(null);
    }

    @Override
    public void value(Object value, Clock clock) throws IOException {
        if (value instanceof JsonShape shape) {
            shape.writeTo(this, clock);
        } else {
            add(value);
        }
    }

    @SuppressWarnings("unchecked") // only maps and lists are ever pushed
    private void add(Object value) {
        Object container = open.peek();
        if (container == null) {
            result = value;
        } else if (container instanceof Map<?, ?> object) {
            ((Map<String, Object>) object).put(pendingName, value);
            pendingName = null;
        } else {
            ((List<Object>) container).add(value);
        }
    }
}

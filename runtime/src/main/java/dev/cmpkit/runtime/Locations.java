package dev.cmpkit.runtime;

import dev.cmpkit.runtime.json.JsonShape;
import dev.cmpkit.runtime.json.JsonSink;
import dev.cmpkit.runtime.json.MapSink;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The locations of a resource: a list of {@link Location} entries, written as a JSON array.
 * Non-empty locations replace {@code regions} in a resource's base.
 *
 * @param entries the entries, as an unmodifiable list
 */
public record Locations(List<Location> entries) implements JsonShape {

    /**
     * Copies the entries, in order.
     *
     * @throws IllegalArgumentException when the list or an entry is null
     */
    public Locations {
        entries = Checks.copyNoNulls("locations", entries);
    }

    /**
     * Returns locations holding the given entries, in order.
     *
     * @param entries the entries
     * @return the locations
     * @throws IllegalArgumentException when the array or an entry is null
     */
    public static Locations of(Location... entries) {
        if (entries == null) {
            throw new IllegalArgumentException("locations is required, got null");
        }
        return of(Arrays.asList(entries));
    }

    /**
     * Returns locations holding a copy of the given entries, in order.
     *
     * @param entries the entries
     * @return the locations
     * @throws IllegalArgumentException when the list or an entry is null
     */
    public static Locations of(List<Location> entries) {
        return new Locations(entries);
    }

    /** Whether there are no entries. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Returns the wire form.
     *
     * @return a fresh list with one insertion-ordered map per entry
     */
    public List<Map<String, Object>> serialize() {
        List<Map<String, Object>> wire = new ArrayList<>(entries.size());
        for (Object entry : MapSink.array(this)) {
            @SuppressWarnings("unchecked") // each entry writes one object
            Map<String, Object> object = (Map<String, Object>) entry;
            wire.add(object);
        }
        return wire;
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginArray();
        // By index (the entries are an immutable array-backed copy): no iterator per write.
        for (int i = 0, n = entries.size(); i < n; i++) {
            entries.get(i).writeTo(sink, clock);
        }
        sink.endArray();
    }
}

package dev.cmpkit.runtime.results;

import dev.cmpkit.runtime.ShapedValue;
import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The shape of the logs and status results: {@code {"<list>": [item...], "last_update"?}}.
 *
 * @param <T> the item type
 */
abstract class ListResult<T extends ShapedValue> implements ShapedValue {

    private static final JsonName LAST_UPDATE = JsonName.of("last_update");

    private final JsonName listName;
    private final List<T> items;
    private final String lastUpdate;

    ListResult(JsonName listName, List<T> items, String lastUpdate) {
        this.listName = listName;
        this.items = items;
        this.lastUpdate = lastUpdate;
    }

    List<T> items() {
        return items;
    }

    /** The last update, or null. */
    public String lastUpdate() {
        return lastUpdate;
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        Results.list(sink, listName, items, clock);
        Results.optional(sink, LAST_UPDATE, lastUpdate);
        writeMore(sink);
        sink.endObject();
    }

    /** Writes the members a kind adds after {@code last_update}; none by default. */
    void writeMore(JsonSink sink) throws IOException {}

    /** The value of the members {@link #writeMore} writes, for equality; null by default. */
    Object more() {
        return null;
    }

    // Each kind of list is a subclass, and lists of different kinds are never equal, even when
    // their items are: the classes must match, which an instanceof check would not ensure.
    @SuppressWarnings("EqualsGetClass")
    @Override
    public boolean equals(Object o) {
        return o != null
                && o.getClass() == getClass()
                && items.equals(((ListResult<?>) o).items)
                && Objects.equals(lastUpdate, ((ListResult<?>) o).lastUpdate)
                && Objects.equals(more(), ((ListResult<?>) o).more());
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, lastUpdate, more());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + serialize();
    }

    /**
     * Collects the items and the last update of a list result.
     *
     * @param <T> the item type
     * @param <B> the concrete builder, returned by the setters
     */
    abstract static class Builder<T, B extends Builder<T, B>> {
        private final String listField;
        final List<T> items = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        Object lastUpdate;

        Builder(String listField) {
            this.listField = listField;
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /** Adds one item. */
        public B add(T item) {
            if (item == null) {
                problems.add(listField + "[" + items.size() + "] must not be null");
            } else {
                items.add(item);
            }
            return self();
        }

        /** Adds items, in order. */
        public B addAll(List<? extends T> more) {
            if (more == null) {
                problems.add(listField + " is required, got null");
                return self();
            }
            more.forEach(this::add);
            return self();
        }

        /** Sets the last update as an RFC 3339 / ISO 8601 string; null leaves it out. */
        public B lastUpdate(String lastUpdate) {
            this.lastUpdate = lastUpdate;
            return self();
        }

        /** Sets the last update; null leaves it out. */
        public B lastUpdate(TemporalAccessor lastUpdate) {
            this.lastUpdate = lastUpdate;
            return self();
        }

        /** Checks the collected values; returns the wire form of the last update. */
        String checkedLastUpdate(String what, List<String> all) {
            all.addAll(problems);
            String wire = Checks.timestamp(all, "lastUpdate", lastUpdate);
            Checks.throwIfAny(what, all);
            return wire;
        }
    }
}

package dev.cmpkit.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmpkit.runtime.json.JsonByteWriter;
import dev.cmpkit.runtime.json.JsonValues;
import dev.cmpkit.runtime.json.JsonWritable;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A value whose CMP wire form is a JSON object, available both as a map and as streamed JSON.
 *
 * <p>Implementations override {@link #writeJson} to stream without building the map; the
 * default streams {@link #serialize()}, so a user's own implementation is written correctly too.
 */
public interface CmpSerializable extends JsonWritable {

    /**
     * Returns the wire form as a fresh, insertion-ordered map of JSON-compatible values
     * (String, Number, Boolean, null, List, Map), equal to the JSON that Jackson writes.
     *
     * @return the wire form
     */
    Map<String, Object> serialize();

    @Override
    default void writeJson(JsonGenerator gen, Clock clock) throws IOException {
        JsonValues.writeValue(gen, serialize(), clock);
    }

    @Override
    default void writeBytes(JsonByteWriter out, Clock clock) throws IOException {
        out.value(serialize(), clock);
    }

    /**
     * Serializes every element of a list, in order.
     *
     * <p>To write a list as JSON, stream it instead:
     * {@link dev.cmpkit.runtime.json.CmpJson#writeArray(Iterable, java.io.OutputStream)} writes the
     * same JSON without building a map per element.
     *
     * @param items the values
     * @return a fresh list of their wire forms
     * @throws IllegalArgumentException when the list or an element is null
     */
    static List<Map<String, Object>> serializeList(List<? extends CmpSerializable> items) {
        if (items == null) {
            throw new IllegalArgumentException("items is required, got null");
        }
        List<Map<String, Object>> wire = new ArrayList<>(items.size());
        int index = 0;
        for (CmpSerializable item : items) {
            if (item == null) {
                throw new IllegalArgumentException("items[" + index + "] must not be null");
            }
            wire.add(item.serialize());
            index++;
        }
        return wire;
    }
}

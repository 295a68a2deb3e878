package dev.cmpkit.runtime;

import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;

/**
 * The CMP region of a resource, identified by a CMP region id: {@code {"id": "..."}}.
 *
 * @param id the CMP region id; may be empty, which is written as {@code {"id": ""}}
 */
public record Region(String id) implements ShapedValue {

    // Wire keys, prepared once so that sinks copy encoded bytes instead of encoding the key per write.
    private static final JsonName KEY_ID = JsonName.of("id");

    /**
     * Checks the region.
     *
     * @throws IllegalArgumentException when the id is null
     */
    public Region {
        Checks.requireNonNull("Region", "id", id);
    }

    /**
     * Returns the region with the given id.
     *
     * @param id the CMP region id; may be empty, which is written as {@code {"id": ""}}
     * @return the region
     * @throws IllegalArgumentException when the id is null
     */
    public static Region of(String id) {
        return new Region(id);
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        sink.name(KEY_ID);
        sink.string(id);
        sink.endObject();
    }

    @Override
    public String toString() {
        return "Region{id=" + id + "}";
    }
}

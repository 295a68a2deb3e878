package dev.cmpkit.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CMP region of a resource, identified by a CMP region id: {@code {"id": "..."}}. */
public final class Region implements CmpSerializable {

    // Wire keys with their quoted UTF-8 form cached, so the generator copies bytes instead of
    // encoding the key on every write.
    private static final SerializedString KEY_ID = new SerializedString("id");

    private final String id;

    private Region(String id) {
        this.id = id;
    }

    /**
     * Returns the region with the given id.
     *
     * @param id the CMP region id; may be empty, which is written as {@code {"id": ""}}
     * @return the region
     * @throws IllegalArgumentException when the id is null
     */
    public static Region of(String id) {
        List<String> problems = new ArrayList<>(1);
        Checks.requireNonNull(problems, "id", id);
        Checks.throwIfAny("Region", problems);
        return new Region(id);
    }

    /** The region id. */
    public String id() {
        return id;
    }

    @Override
    public Map<String, Object> serialize() {
        Map<String, Object> wire = new LinkedHashMap<>(2);
        wire.put("id", id);
        return wire;
    }

    @Override
    public void writeJson(JsonGenerator gen, Clock clock) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(KEY_ID);
        gen.writeString(id);
        gen.writeEndObject();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Region{id=" + id + "}";
    }
}

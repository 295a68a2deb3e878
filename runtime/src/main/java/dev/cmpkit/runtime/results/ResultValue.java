package dev.cmpkit.runtime.results;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmpkit.runtime.CmpSerializable;
import dev.cmpkit.runtime.json.JsonShape;
import dev.cmpkit.runtime.json.MapSink;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;

/** A result whose wire JSON is stated once in {@link #writeTo}; both renderings derive from it. */
interface ResultValue extends CmpSerializable, JsonShape {

    @Override
    default Map<String, Object> serialize() {
        return MapSink.object(this);
    }

    @Override
    default void writeJson(JsonGenerator gen, Clock clock) throws IOException {
        JsonShape.super.writeJson(gen, clock);
    }
}

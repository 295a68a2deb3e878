package dev.cmpkit.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmpkit.runtime.json.JsonByteWriter;
import dev.cmpkit.runtime.json.JsonShape;
import dev.cmpkit.runtime.json.MapSink;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;

/**
 * A cmpkit value of object shape that states its wire JSON once, in {@link #writeTo}; its
 * {@link #serialize()} map and Jackson's output are both derived from that.
 *
 * <p>Implement it, rather than {@link CmpSerializable} alone, to write a value of your own with
 * one method.
 */
public interface ShapedValue extends CmpSerializable, JsonShape {

    @Override
    default Map<String, Object> serialize() {
        return MapSink.object(this);
    }

    @Override
    default void writeJson(JsonGenerator gen, Clock clock) throws IOException {
        JsonShape.super.writeJson(gen, clock);
    }

    @Override
    default void writeBytes(JsonByteWriter out, Clock clock) throws IOException {
        JsonShape.super.writeBytes(out, clock);
    }
}

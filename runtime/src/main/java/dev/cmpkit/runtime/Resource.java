package dev.cmpkit.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmpkit.runtime.json.JsonByteWriter;
import dev.cmpkit.runtime.json.JsonValues;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;

/**
 * A CMP resource: an id, a name and a type, the shared base fields, and (for the standard types)
 * type-specific details.
 *
 * <p>{@link #serialize()} stamps {@code base.last_seen_at} with the UTC system clock;
 * {@link #serialize(Clock)} takes the time from the given clock.
 */
public interface Resource extends CmpSerializable {

    /** The resource id, never null or empty. */
    String id();

    /** The resource name, never null, possibly empty. */
    String name();

    /** The resource type, for example {@code "server"}. */
    String type();

    /** The base fields shared by every resource. */
    ResourceBase base();

    /**
     * Returns the wire form with {@code last_seen_at} taken from {@code clock}.
     *
     * @param clock the clock giving the serialization time
     * @return a fresh, insertion-ordered map equal to the wire JSON
     */
    Map<String, Object> serialize(Clock clock);

    @Override
    default Map<String, Object> serialize() {
        return serialize(Clock.systemUTC());
    }

    @Override
    default void writeJson(JsonGenerator gen, Clock clock) throws IOException {
        JsonValues.writeValue(gen, serialize(clock), clock);
    }

    @Override
    default void writeBytes(JsonByteWriter out, Clock clock) throws IOException {
        out.value(serialize(clock), clock);
    }
}

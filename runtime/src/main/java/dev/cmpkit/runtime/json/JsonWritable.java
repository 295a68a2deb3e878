package dev.cmpkit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Clock;

/**
 * A value that streams its own CMP wire JSON to a Jackson generator, without building an
 * intermediate map.
 *
 * <p>{@code dev.cmpkit.runtime.CmpModule} registers one Jackson serializer for this interface,
 * so every cmpkit value (and every generated resource) is written by Jackson as its wire JSON.
 */
public interface JsonWritable {

    /**
     * Writes this value as one complete JSON value.
     *
     * @param gen the generator to write to, positioned where a value may start
     * @param clock the clock that resources read {@code last_seen_at} from; other values ignore it
     * @throws IOException when the generator fails
     */
    void writeJson(JsonGenerator gen, Clock clock) throws IOException;

    /**
     * Writes this value as one complete JSON value to cmpkit's own UTF-8 writer, as
     * {@link CmpJson} does; the bytes equal those {@link #writeJson} makes Jackson write.
     *
     * <p>The default runs {@link #writeJson} on a Jackson generator over the writer's buffer.
     * cmpkit's own values override it with a direct path.
     *
     * @param out the writer, positioned where a value may start
     * @param clock the clock that resources read {@code last_seen_at} from; other values ignore it
     * @throws IOException when writing to the writer's stream fails
     */
    default void writeBytes(JsonByteWriter out, Clock clock) throws IOException {
        out.jacksonValue(this, clock);
    }
}

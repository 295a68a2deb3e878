package dev.cmpkit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Clock;

/**
 * A value whose wire JSON is stated once, as calls to a {@link JsonSink}.
 *
 * <p>Every output of the value is derived from {@link #writeTo}: Jackson's generator through
 * {@link GeneratorSink}, insertion-ordered maps through {@link MapSink}, and any other sink the
 * same way, so the outputs agree by construction.
 */
public interface JsonShape extends JsonWritable {

    /**
     * Writes this value as one complete JSON value.
     *
     * @param sink where to write
     * @param clock handed on to nested resources, which read {@code last_seen_at} from it
     * @throws IOException when the sink fails
     */
    void writeTo(JsonSink sink, Clock clock) throws IOException;

    /** Writes {@link #writeTo} to Jackson's generator. */
    @Override
    default void writeJson(JsonGenerator gen, Clock clock) throws IOException {
        writeTo(new GeneratorSink(gen), clock);
    }

    /** Writes {@link #writeTo} to cmpkit's byte writer, which is itself a sink. */
    @Override
    default void writeBytes(JsonByteWriter out, Clock clock) throws IOException {
        writeTo(out, clock);
    }
}

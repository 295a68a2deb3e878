package dev.cmpkit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Clock;

/**
 * The Jackson serializer of every cmpkit value, with a fixed clock that resources stamp
 * {@code last_seen_at} from. On Jackson's plain compact UTF-8 generator it writes the value with
 * cmpkit's byte writer and hands Jackson the bytes (see {@link PreWrittenValue}); on any other
 * generator (pretty printing, text output) it delegates to {@link JsonWritable#writeJson}.
 */
public final class WritableSerializer extends StdSerializer<JsonWritable> {

    private static final long serialVersionUID = 1L;

    private final transient Clock clock;

    /**
     * Creates the serializer.
     *
     * @param clock gives resources their {@code last_seen_at}
     */
    public WritableSerializer(Clock clock) {
        super(JsonWritable.class);
        this.clock = clock;
    }

    @Override
    public void serialize(JsonWritable value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (PreWrittenValue.accepts(gen)) {
            PreWrittenValue.write(value, gen, clock);
        } else {
            value.writeJson(gen, clock);
        }
    }
}

package dev.cmpkit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Clock;

/**
 * The Jackson serializer of every cmpkit value: delegates to {@link JsonWritable#writeJson} with
 * a fixed clock, so that resources stamp {@code last_seen_at} from it.
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
        value.writeJson(gen, clock);
    }
}

package dev.cmpkit.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Objects;

/**
 * Writes a {@link JsonWritable} that has only Jackson's {@code writeJson} through a real Jackson
 * generator, configured as an {@code ObjectMapper} with cmpkit's serializer is, so that
 * {@link JsonByteWriter} still writes the bytes Jackson would.
 *
 * <p>The mapper is made once per clock and kept, since such values may come in long lists.
 */
final class JacksonFallback {

    private ObjectMapper mapper;
    private Clock mapperClock;

    void write(JsonWritable value, Clock clock, OutputStream out) throws IOException {
        if (mapper == null || !Objects.equals(mapperClock, clock)) {
            mapper = new ObjectMapper()
                    .registerModule(
                            new SimpleModule().addSerializer(JsonWritable.class, new WritableSerializer(clock)));
            mapperClock = clock;
        }
        try (JsonGenerator gen = mapper.createGenerator(out)) {
            value.writeJson(gen, clock);
        }
    }
}

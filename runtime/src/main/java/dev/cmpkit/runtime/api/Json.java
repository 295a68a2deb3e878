package dev.cmpkit.runtime.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.cmpkit.runtime.json.JsonWritable;
import dev.cmpkit.runtime.json.WritableSerializer;
import java.time.Clock;

/** Holds the one Jackson mapper the API package uses for request and response bodies. */
final class Json {

    /**
     * Thread-safe once configured; shared to avoid rebuilding Jackson's caches per call. cmpkit
     * values sent as bodies are written as their wire JSON, whatever other modules are on the
     * class path (the same serializer {@code CmpModule} registers, named here directly so that
     * this package does not depend on the one above it).
     */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule("cmpkit-api")
                    .addSerializer(JsonWritable.class, new WritableSerializer(Clock.systemUTC())));

    private Json() {}
}

package dev.cmpkit.runtime.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.runtime.CmpModule;

/** Holds the one Jackson mapper the API package uses for request and response bodies. */
final class Json {

    /**
     * Thread-safe once configured; shared to avoid rebuilding Jackson's caches per call. The
     * cmpkit module is registered explicitly so resources and value types sent as bodies are
     * written as their wire JSON, whatever other modules are on the class path.
     */
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CmpModule());

    private Json() {
    }
}

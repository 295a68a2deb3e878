package dev.cmpkit.runtime.api;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Holds the one Jackson mapper the API package uses for request and response bodies. */
final class Json {

    /** Thread-safe once configured; shared to avoid rebuilding Jackson's caches per call. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}

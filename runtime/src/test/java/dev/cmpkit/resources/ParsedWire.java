package dev.cmpkit.resources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cmpkit.runtime.Resource;
import dev.cmpkit.runtime.Wire;
import java.io.UncheckedIOException;

/**
 * {@code serialize()} results as a JSON parser reads their text: the maps hold {@code Long}s where
 * parsed JSON holds ints, and JsonNode equality tells those node classes apart.
 */
public final class ParsedWire {

    private ParsedWire() {}

    /** {@code resource.serialize(Wire.CLOCK)} as a parsed tree. */
    public static JsonNode serialized(Resource resource) {
        try {
            return Wire.MAPPER.readTree(Wire.MAPPER.writeValueAsString(resource.serialize(Wire.CLOCK)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.cmpkit.runtime.json;

import java.io.IOException;

/**
 * Reads the value of one member of a JSON object, the parser at that value; used with {@link
 * JsonReading#readObject}, which walks the keys.
 */
@FunctionalInterface
public interface MemberReader {

    /**
     * Reads the value of {@code key}, or reports it with {@link JsonReading#unknownKey} when the
     * object has no such key.
     *
     * @param key the member's key
     * @throws IOException when the parser fails
     */
    void read(String key) throws IOException;
}

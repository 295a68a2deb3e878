package dev.cmpkit.runtime;

import dev.cmpkit.runtime.json.JsonByteWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run of a resource's head that holds its type, <code>,"type":"server","base":{"name":</code>,
 * encoded once per type rather than on every write.
 */
final class HeadRuns {

    /**
     * How many types are remembered. The standard types and a connector's own are a handful; the
     * bound only keeps a stream of made-up types from growing the map without end.
     */
    private static final int MAX_TYPES = 256;

    private static final byte[] TYPE = ",\"type\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BASE_NAME = ",\"base\":{\"name\":".getBytes(StandardCharsets.US_ASCII);

    private static final Map<String, byte[]> BY_TYPE = new ConcurrentHashMap<>();

    private HeadRuns() {}

    /** Returns the run from the comma before {@code "type"} to the colon after {@code "name"}. */
    static byte[] typeThroughName(String type) {
        byte[] run = BY_TYPE.get(type);
        if (run == null) {
            run = encode(type);
            if (BY_TYPE.size() < MAX_TYPES) {
                BY_TYPE.putIfAbsent(type, run);
            }
        }
        return run;
    }

    private static byte[] encode(String type) {
        byte[] value = JsonByteWriter.encodeString(type);
        byte[] run = new byte[TYPE.length + value.length + BASE_NAME.length];
        System.arraycopy(TYPE, 0, run, 0, TYPE.length);
        System.arraycopy(value, 0, run, TYPE.length, value.length);
        System.arraycopy(BASE_NAME, 0, run, TYPE.length + value.length, BASE_NAME.length);
        return run;
    }
}

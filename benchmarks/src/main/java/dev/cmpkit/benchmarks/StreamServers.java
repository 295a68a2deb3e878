package dev.cmpkit.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.resources.Server;
import dev.cmpkit.runtime.json.CmpJson;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.stream.IntStream;

/**
 * Comparison 3, memory at scale: builds N distinct servers one at a time and streams them as one
 * JSON array to a stream that only counts bytes, so that the heap needed is what serializing
 * takes, not the output. Run by {@code benchmarks/memory-at-scale.sh} at growing {@code -Xmx}.
 *
 * <p>Usage: {@code java -Xmx16m -cp benchmarks.jar dev.cmpkit.benchmarks.StreamServers [N]
 * [cmpkit|generator|databind]}; N defaults to 1,000,000, the variant to cmpkit
 * ({@code CmpJson.writeArray} pulling each server from a lazy iterator, the runner's path);
 * {@code generator} calls the generated {@code writeJson} on one Jackson generator (the path
 * before the byte writer), {@code databind} writes the Jackson POJO of each server instead.
 */
public final class StreamServers {

    private StreamServers() {}

    /**
     * Streams the servers and prints the count, the bytes written and the wall time.
     *
     * @param args N and the variant, both optional
     * @throws IOException never in practice: the stream discards
     */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        String variant = args.length > 1 ? args[1] : "cmpkit";
        if (!variant.equals("cmpkit") && !variant.equals("generator") && !variant.equals("databind")) {
            throw new IllegalArgumentException("variant must be cmpkit, generator or databind, got " + variant);
        }
        CountingStream out = new CountingStream();
        ObjectMapper mapper = new ObjectMapper();
        Clock clock = Clock.systemUTC();
        long start = System.nanoTime();
        if (variant.equals("cmpkit")) {
            CmpJson.writeArray(IntStream.range(0, count).mapToObj(Servers::distinct), out, clock);
        } else {
            writeWithJackson(count, variant, out, mapper, clock);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                "variant=%s servers=%d bytes=%d wall_ms=%d max_heap_mb=%d%n",
                variant, count, out.bytes, millis, runtime.maxMemory() >> 20);
    }

    private static void writeWithJackson(int count, String variant, OutputStream out, ObjectMapper mapper, Clock clock)
            throws IOException {
        try (JsonGenerator gen = new JsonFactory(mapper).createGenerator(out)) {
            gen.writeStartArray();
            for (int i = 0; i < count; i++) {
                Server server = Servers.distinct(i);
                if (variant.equals("generator")) {
                    server.writeJson(gen, clock);
                } else {
                    JacksonServer pojo = JacksonServer.from(server);
                    pojo.base.lastSeenAt = clock.instant().toString();
                    mapper.writeValue(gen, pojo);
                }
            }
            gen.writeEndArray();
        }
    }

    /** Discards what it is given and counts the bytes. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}

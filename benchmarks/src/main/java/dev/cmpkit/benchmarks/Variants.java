package dev.cmpkit.benchmarks;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.runtime.Settings;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.cmpkit.resources.Server;
import dev.cmpkit.runtime.CmpModule;
import dev.cmpkit.runtime.json.CmpJson;
import dev.cmpkit.runtime.json.JsonWritable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ways of writing CMP servers to {@code byte[]} that the serializer benchmarks compare,
 * with the configured mappers they need; one instance per benchmark thread.
 */
final class Variants {
    private final ObjectMapper cmpkit = new ObjectMapper().registerModule(new CmpModule(Servers.CLOCK));
    /**
     * The documented path as it was before the byte writer: {@code ObjectMapper} calling the generated
     * {@code writeJson} on Jackson's generator (what {@code CmpModule} still does when pretty printing).
     */
    private final ObjectMapper cmpkitGeneratorPath = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(JsonWritable.class, new WriteJsonOnly()));

    private final ObjectMapper plain = new ObjectMapper();
    private final ObjectMapper handWritten = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(JacksonServer.class, new HandWrittenSerializer()));
    private final JsonFactory factory = new JsonFactory();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private final DslJson<Object> dsl =
            new DslJson<>(Settings.withRuntime().skipDefaultValues(true).includeServiceLoader());
    private final JsonWriter dslWriter = dsl.newWriter();

    /** cmpkit's generated streaming serializer, through {@code CmpModule}. */
    byte[] generated(Object serverOrList) throws JsonProcessingException {
        return cmpkit.writeValueAsBytes(serverOrList);
    }

    /** The generated serializer on Jackson's generator, through {@code ObjectMapper}: the old documented path. */
    byte[] generatorPath(Object serverOrList) throws JsonProcessingException {
        return cmpkitGeneratorPath.writeValueAsBytes(serverOrList);
    }

    /** cmpkit's own byte writer: {@code CmpJson.toBytes}. */
    byte[] cmpJson(Server server) {
        return CmpJson.toBytes(server, Servers.CLOCK);
    }

    /** A batch through {@code CmpJson.writeArray} into a reused stream, then copied out like the peers' arrays. */
    byte[] cmpJsonArray(List<Server> servers) throws IOException {
        buffer.reset();
        CmpJson.writeArray(servers, buffer, Servers.CLOCK);
        return buffer.toByteArray();
    }

    /**
     * The generated {@code writeJson} called directly on a generator over a reused buffer: the
     * same serializer without {@code ObjectMapper}'s per-call setup, to show what that costs.
     */
    byte[] writeJsonDirect(Server server) throws IOException {
        buffer.reset();
        try (JsonGenerator gen = factory.createGenerator(buffer)) {
            server.writeJson(gen, Servers.CLOCK);
        }
        return buffer.toByteArray();
    }

    /** {@code serialize(clock)} builds the wire maps, and plain Jackson writes them. */
    byte[] serializeMap(Server server) throws JsonProcessingException {
        return plain.writeValueAsBytes(server.serialize(Servers.CLOCK));
    }

    /** The same for a batch: one map per server, written as one array. */
    byte[] serializeMaps(List<Server> servers) throws JsonProcessingException {
        List<Map<String, Object>> maps = new ArrayList<>(servers.size());
        for (Server server : servers) {
            maps.add(server.serialize(Servers.CLOCK));
        }
        return plain.writeValueAsBytes(maps);
    }

    /** Jackson databind on the annotated POJO (also writes lists of them). */
    byte[] databind(Object pojoOrList) throws JsonProcessingException {
        return plain.writeValueAsBytes(pojoOrList);
    }

    /**
     * Databind streaming into the same reused stream as {@link #cmpJsonArray}, then copied out: the
     * peer on the same footing as {@code CmpJson.writeArray} (both pay the stream's copy).
     */
    byte[] databindStream(Object pojoOrList) throws IOException {
        buffer.reset();
        plain.writeValue(buffer, pojoOrList);
        return buffer.toByteArray();
    }

    /** DSL-JSON streaming into the same reused stream as {@link #cmpJsonArray}, then copied out. */
    byte[] dslJsonStream(Object objectOrList) throws IOException {
        buffer.reset();
        dsl.serialize(objectOrList, buffer);
        return buffer.toByteArray();
    }

    /** The hand-written {@code JsonGenerator} serializer (also writes lists of POJOs). */
    byte[] handWritten(Object pojoOrList) throws JsonProcessingException {
        return handWritten.writeValueAsBytes(pojoOrList);
    }

    /** DSL-JSON's compile-time converter, into a reused writer (its documented fast path). */
    byte[] dslJson(Object objectOrList) {
        dslWriter.reset();
        try {
            dsl.serialize(dslWriter, objectOrList);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dslWriter.toByteArray();
    }

    /** Jackson's serializer for cmpkit values as it was: the value's {@code writeJson}, nothing else. */
    private static final class WriteJsonOnly extends StdSerializer<JsonWritable> {
        private static final long serialVersionUID = 1L;

        WriteJsonOnly() {
            super(JsonWritable.class);
        }

        @Override
        public void serialize(JsonWritable value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            value.writeJson(gen, Servers.CLOCK);
        }
    }

    /** {@return the peers' {@code last_seen_at}: the clock's instant, formatted the JDK way} */
    static String lastSeenAt() {
        return Servers.CLOCK.instant().toString();
    }

    /**
     * Fails unless every output equals the first, byte for byte.
     *
     * @param outputs variant name to output, the reference first
     * @throws IllegalStateException naming the variant that differs and showing both texts
     */
    static void assertIdentical(Map<String, byte[]> outputs) {
        String referenceName = null;
        byte[] reference = null;
        for (Map.Entry<String, byte[]> entry : outputs.entrySet()) {
            if (reference == null) {
                referenceName = entry.getKey();
                reference = entry.getValue();
            } else if (!java.util.Arrays.equals(reference, entry.getValue())) {
                throw new IllegalStateException(entry.getKey() + " writes different bytes than " + referenceName
                        + ":\n" + referenceName + ": " + text(reference) + "\n" + entry.getKey() + ": "
                        + text(entry.getValue()));
            }
        }
    }

    private static String text(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.length() > 4000 ? s.substring(0, 4000) + "..." : s;
    }
}

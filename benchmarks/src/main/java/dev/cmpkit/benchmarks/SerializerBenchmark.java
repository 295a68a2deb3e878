package dev.cmpkit.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cmpkit.resources.Server;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Comparison 1: one CMP server with full details to {@code byte[]}: the five ways of the issue, plus
 * cmpkit's serializer without {@code ObjectMapper}. The setup fails unless all write identical
 * bytes. Each peer stamps {@code last_seen_at} from the clock on
 * every write, as cmpkit does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SerializerBenchmark {
    private Variants variants;
    private Server server;
    private JacksonServer pojo;
    private DslServer dslServer;

    /** Builds the four representations of the same server and checks the outputs agree. */
    @Setup
    public void setUp() throws IOException {
        variants = new Variants();
        server = Servers.full();
        pojo = JacksonServer.from(server);
        dslServer = DslServer.from(pojo);
        Map<String, byte[]> outputs = new LinkedHashMap<>();
        outputs.put("cmpkitGenerated", cmpkitGenerated());
        outputs.put("cmpJsonToBytes", cmpJsonToBytes());
        outputs.put("cmpkitGeneratorPath", cmpkitGeneratorPath());
        outputs.put("cmpkitWriteJsonDirect", cmpkitWriteJsonDirect());
        outputs.put("cmpkitSerializeMap", cmpkitSerializeMap());
        outputs.put("jacksonDatabind", jacksonDatabind());
        outputs.put("jacksonHandWritten", jacksonHandWritten());
        outputs.put("dslJson", dslJson());
        Variants.assertIdentical(outputs);
    }

    /**
     * The documented path: {@code ObjectMapper.writeValueAsBytes} with {@code CmpModule}, which hands
     * Jackson the bytes of cmpkit's byte writer.
     */
    @Benchmark
    public byte[] cmpkitGenerated() throws JsonProcessingException {
        return variants.generated(server);
    }

    /** {@code CmpJson.toBytes}: the generated {@code writeBytes} on cmpkit's own UTF-8 writer. */
    @Benchmark
    public byte[] cmpJsonToBytes() {
        return variants.cmpJson(server);
    }

    /** {@code ObjectMapper} with the generated {@code writeJson} on Jackson's generator: the path before the byte writer. */
    @Benchmark
    public byte[] cmpkitGeneratorPath() throws JsonProcessingException {
        return variants.generatorPath(server);
    }

    /** The generated serializer on a bare generator, without {@code ObjectMapper}. */
    @Benchmark
    public byte[] cmpkitWriteJsonDirect() throws IOException {
        return variants.writeJsonDirect(server);
    }

    /** {@code serialize()} + Jackson writing the map. */
    @Benchmark
    public byte[] cmpkitSerializeMap() throws JsonProcessingException {
        return variants.serializeMap(server);
    }

    /** Jackson databind on the annotated POJO. */
    @Benchmark
    public byte[] jacksonDatabind() throws JsonProcessingException {
        pojo.base.lastSeenAt = Variants.lastSeenAt();
        return variants.databind(pojo);
    }

    /** Hand-written {@code JsonGenerator} code. */
    @Benchmark
    public byte[] jacksonHandWritten() throws JsonProcessingException {
        pojo.base.lastSeenAt = Variants.lastSeenAt();
        return variants.handWritten(pojo);
    }

    /** DSL-JSON with compile-time converters. */
    @Benchmark
    public byte[] dslJson() {
        dslServer.base.lastSeenAt = Variants.lastSeenAt();
        return variants.dslJson(dslServer);
    }
}

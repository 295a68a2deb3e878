package dev.cmpkit.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cmpkit.resources.Server;
import dev.cmpkit.runtime.json.CmpJson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Comparison 2: 10,000 distinct servers written as one JSON array to {@code byte[]}. Scores are
 * resources per second ({@code @OperationsPerInvocation} counts each server as one operation).
 * The peers stamp {@code last_seen_at} once per batch (one formatted string for all servers);
 * cmpkit formats it per server, as its resources do.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(BatchBenchmark.SIZE)
@State(Scope.Thread)
public class BatchBenchmark {
    static final int SIZE = 10_000;

    private Variants variants;
    private List<Server> servers;
    private List<JacksonServer> pojos;
    private List<DslServer> dslServers;

    /** Builds the batch in each representation and checks that the outputs agree. */
    @Setup
    public void setUp() throws IOException {
        variants = new Variants();
        servers = new ArrayList<>(SIZE);
        pojos = new ArrayList<>(SIZE);
        dslServers = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            Server server = Servers.distinct(i);
            JacksonServer pojo = JacksonServer.from(server);
            servers.add(server);
            pojos.add(pojo);
            dslServers.add(DslServer.from(pojo));
        }
        Map<String, byte[]> outputs = new LinkedHashMap<>();
        outputs.put("cmpkitGenerated", cmpkitGenerated());
        outputs.put("cmpJsonWriteArray", cmpJsonWriteArray());
        outputs.put("cmpkitGeneratorPath", cmpkitGeneratorPath());
        outputs.put("cmpkitSerializeMap", cmpkitSerializeMap());
        outputs.put("jacksonDatabind", jacksonDatabind());
        outputs.put("jacksonHandWritten", jacksonHandWritten());
        outputs.put("dslJson", dslJson());
        outputs.put("jacksonDatabindStream", jacksonDatabindStream());
        outputs.put("dslJsonStream", dslJsonStream());
        Variants.assertIdentical(outputs);
    }

    /** The documented path: {@code ObjectMapper} with {@code CmpModule} (byte writer underneath). */
    @Benchmark
    public byte[] cmpkitGenerated() throws JsonProcessingException {
        return variants.generated(servers);
    }

    /** {@code CmpJson.writeArray} streaming to an {@code OutputStream}, then copied out like the others. */
    @Benchmark
    public byte[] cmpJsonWriteArray() throws IOException {
        return variants.cmpJsonArray(servers);
    }

    /**
     * {@code CmpJson.writeArray} to a stream that discards: its allocation per server is what the
     * writer itself allocates, without the output.
     */
    @Benchmark
    public void cmpJsonWriteArrayDiscarding() throws IOException {
        CmpJson.writeArray(servers, OutputStream.nullOutputStream(), Servers.CLOCK);
    }

    /** {@code ObjectMapper} with the generated {@code writeJson} on Jackson's generator: the path before. */
    @Benchmark
    public byte[] cmpkitGeneratorPath() throws JsonProcessingException {
        return variants.generatorPath(servers);
    }

    /** {@code serialize()} + Jackson writing the maps. */
    @Benchmark
    public byte[] cmpkitSerializeMap() throws JsonProcessingException {
        return variants.serializeMaps(servers);
    }

    /** Jackson databind on the annotated POJOs. */
    @Benchmark
    public byte[] jacksonDatabind() throws JsonProcessingException {
        stampPojos();
        return variants.databind(pojos);
    }

    /** Jackson databind streaming to the same {@code OutputStream} as {@link #cmpJsonWriteArray}. */
    @Benchmark
    public byte[] jacksonDatabindStream() throws IOException {
        stampPojos();
        return variants.databindStream(pojos);
    }

    /** DSL-JSON streaming to the same {@code OutputStream} as {@link #cmpJsonWriteArray}. */
    @Benchmark
    public byte[] dslJsonStream() throws IOException {
        stampDslServers();
        return variants.dslJsonStream(dslServers);
    }

    /** Hand-written {@code JsonGenerator} code. */
    @Benchmark
    public byte[] jacksonHandWritten() throws JsonProcessingException {
        stampPojos();
        return variants.handWritten(pojos);
    }

    /** DSL-JSON with compile-time converters. */
    @Benchmark
    public byte[] dslJson() {
        stampDslServers();
        return variants.dslJson(dslServers);
    }

    /** Stamps the batch's POJOs with the time of writing, once per batch, as the peers do. */
    private void stampPojos() {
        String now = Variants.lastSeenAt();
        for (JacksonServer pojo : pojos) {
            pojo.base.lastSeenAt = now;
        }
    }

    /** Stamps the batch's DSL-JSON servers with the time of writing, once per batch. */
    private void stampDslServers() {
        String now = Variants.lastSeenAt();
        for (DslServer server : dslServers) {
            server.base.lastSeenAt = now;
        }
    }
}

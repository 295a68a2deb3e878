package dev.cmpkit.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cmpkit.resources.Server;
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
    public void setUp() throws JsonProcessingException {
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
        outputs.put("cmpkitSerializeMap", cmpkitSerializeMap());
        outputs.put("jacksonDatabind", jacksonDatabind());
        outputs.put("jacksonHandWritten", jacksonHandWritten());
        outputs.put("dslJson", dslJson());
        Variants.assertIdentical(outputs);
    }

    /** The template's generated serializer. */
    @Benchmark
    public byte[] cmpkitGenerated() throws JsonProcessingException {
        return variants.generated(servers);
    }

    /** {@code serialize()} + Jackson writing the maps. */
    @Benchmark
    public byte[] cmpkitSerializeMap() throws JsonProcessingException {
        return variants.serializeMaps(servers);
    }

    /** Jackson databind on the annotated POJOs. */
    @Benchmark
    public byte[] jacksonDatabind() throws JsonProcessingException {
        String now = Variants.lastSeenAt();
        for (JacksonServer pojo : pojos) {
            pojo.base.lastSeenAt = now;
        }
        return variants.databind(pojos);
    }

    /** Hand-written {@code JsonGenerator} code. */
    @Benchmark
    public byte[] jacksonHandWritten() throws JsonProcessingException {
        String now = Variants.lastSeenAt();
        for (JacksonServer pojo : pojos) {
            pojo.base.lastSeenAt = now;
        }
        return variants.handWritten(pojos);
    }

    /** DSL-JSON with compile-time converters. */
    @Benchmark
    public byte[] dslJson() {
        String now = Variants.lastSeenAt();
        for (DslServer server : dslServers) {
            server.base.lastSeenAt = now;
        }
        return variants.dslJson(dslServers);
    }
}

package dev.cmpkit.benchmarks;

import dev.cmpkit.runtime.metrics.MetricMapping;
import dev.cmpkit.runtime.metrics.ParsedEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Comparison 5: {@code MetricMapping.load} of generated mapping files with 1,000 and 10,000
 * metrics, after JVM warm-up. A third of the entries convert with arithmetic, a third with a
 * ternary and a third have no conversion.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class MappingLoadBenchmark {
    @Param({"1000", "10000"})
    public int metrics;

    private Path file;

    /** Writes the mapping file and checks that it loads completely. */
    @Setup
    public void setUp() throws IOException {
        file = Files.createTempFile("cmpkit-mapping-", ".yaml");
        Files.writeString(file, mapping(metrics), StandardCharsets.UTF_8);
        Map<String, ParsedEntry> loaded = load();
        if (loaded.size() != metrics) {
            throw new IllegalStateException("expected " + metrics + " metrics, loaded " + loaded.size());
        }
    }

    /** Removes the mapping file. */
    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Loads the whole file. */
    @Benchmark
    public Map<String, ParsedEntry> load() {
        return MetricMapping.load(file);
    }

    /**
     * Writes a mapping file of {@code count} metrics.
     *
     * @param count the number of metrics
     * @return the YAML text
     */
    static String mapping(int count) {
        StringBuilder yaml = new StringBuilder(count * 90);
        for (int i = 0; i < count; i++) {
            yaml.append("metric_").append(i).append(":\n");
            yaml.append("  name: Metric ").append(i).append('\n');
            switch (i % 3) {
                case 0 -> yaml.append("  unit: percent\n  conversion_expr: value * 100\n");
                case 1 ->
                    yaml.append("  unit: KiB\n  counter: true\n  conversion_expr: value / 1024 if value > 0 else 0\n");
                default -> yaml.append("  unit: count\n  specialisation: disk\n");
            }
        }
        return yaml.toString();
    }
}

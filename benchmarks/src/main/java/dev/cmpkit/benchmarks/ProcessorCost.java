package dev.cmpkit.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Comparison 6, processor cost: writes 200 cmpkit templates and 200 Immutables value types into
 * a temporary directory and times {@code javac} processes compiling them with their annotation
 * processor, against compiling the same templates plus the processor's output as hand-written
 * sources with {@code -proc:none}. Runs alternate (with, without, with, ...) so that load from
 * other processes affects both sides alike; the median of the runs is reported.
 *
 * <p>Usage: {@code java -cp target/classes dev.cmpkit.benchmarks.ProcessorCost
 * target/classpath.txt [count] [runs]} (see {@code benchmarks/processor-cost.sh}); the temporary
 * directory is deleted at the end unless {@code -Dcmpkit.keep=true}.
 */
public final class ProcessorCost {

    private ProcessorCost() {}

    /**
     * Runs the measurement and prints the commands and a Markdown table.
     *
     * @param args the class path file written by the build, the number of classes (200) and of
     *     runs per set (3)
     * @throws Exception when a compilation fails or cannot be started
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: ProcessorCost <classpath.txt> [count] [runs]");
        }
        List<String> jars =
                Arrays.asList(Files.readString(Path.of(args[0])).trim().split(File.pathSeparator));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path root = Files.createTempDirectory("cmpkit-processor-cost-");

        String cmpkitClasspath = pick(
                jars, j -> j.contains("cmpkit-runtime") || j.contains("cmpkit-annotations") || j.contains("jackson-"));
        String cmpkitProcessorPath = pick(
                jars,
                j -> j.contains("cmpkit-processor")
                        || j.contains("javapoet")
                        || j.contains("snakeyaml")
                        || j.contains("cmpkit-annotations"));
        String immutablesJar = pick(jars, j -> j.contains("org/immutables/value"));

        Path cmpkitSources = root.resolve("cmpkit-src");
        List<Path> templates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            templates.add(write(cmpkitSources, "bench/cmpkit/Server" + i + "Spec.java", cmpkitTemplate(i)));
        }
        Path immutablesSources = root.resolve("immutables-src");
        List<Path> values = new ArrayList<>();
        values.add(write(
                immutablesSources,
                "bench/immutables/Nullable.java",
                "package bench.immutables;\n\n@java.lang.annotation.Documented\n@interface Nullable {\n}\n"));
        for (int i = 0; i < count; i++) {
            values.add(write(immutablesSources, "bench/immutables/Server" + i + ".java", immutablesValue(i)));
        }

        Side cmpkit = new Side("cmpkit", root, templates, cmpkitClasspath, cmpkitProcessorPath);
        Side immutables = new Side("immutables", root, values, immutablesJar, immutablesJar);
        System.out.println("work directory: " + root);
        System.out.println(cmpkit.measure(runs));
        System.out.println(immutables.measure(runs));
        if (Boolean.getBoolean("cmpkit.keep")) {
            System.out.println("kept " + root);
        } else {
            deleteTree(root);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        }
    }

    /** One side of the comparison: sources compiled with their processor, and without it. */
    private static final class Side {
        private final String name;
        private final Path root;
        private final List<Path> sources;
        private final String classpath;
        private final String processorPath;

        Side(String name, Path root, List<Path> sources, String classpath, String processorPath) {
            this.name = name;
            this.root = root;
            this.sources = sources;
            this.classpath = classpath;
            this.processorPath = processorPath;
        }

        String measure(int runs) throws IOException, InterruptedException {
            Path generated = root.resolve(name + "-generated");
            // An untimed run writes the generated sources that the "hand-written" side compiles,
            // and warms the file cache.
            javac(withProcessor(generated), true);
            List<Path> handWritten = new ArrayList<>(sources);
            try (Stream<Path> files = Files.walk(generated)) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(handWritten::add);
            }
            long[] with = new long[runs];
            long[] without = new long[runs];
            List<String> withCommand = null;
            List<String> withoutCommand = null;
            for (int run = 0; run < runs; run++) {
                withCommand = withProcessor(root.resolve(name + "-generated-" + run));
                with[run] = javac(withCommand, false);
                withoutCommand = command(handWritten, List.of("-proc:none"));
                without[run] = javac(withoutCommand, false);
            }
            long medianWith = median(with);
            long medianWithout = median(without);
            return String.format(
                    "%s: %d processed sources, %d hand-written sources%n"
                            + "  with processor:    %s%n  without processor: %s%n"
                            + "| %s | %d | %s | %d | %s | %.2f |",
                    name,
                    sources.size(),
                    handWritten.size(),
                    shorten(withCommand),
                    shorten(withoutCommand),
                    name,
                    medianWith,
                    Arrays.toString(with),
                    medianWithout,
                    Arrays.toString(without),
                    (double) medianWith / medianWithout);
        }

        private List<String> withProcessor(Path generated) throws IOException {
            Files.createDirectories(generated);
            return command(sources, List.of("-processorpath", processorPath, "-s", generated.toString()));
        }

        private List<String> command(List<Path> files, List<String> options) throws IOException {
            Path out = Files.createTempDirectory(root, name + "-classes-");
            Path argFile = Files.createTempFile(root, name + "-sources-", ".txt");
            Files.write(argFile, files.stream().map(Path::toString).collect(Collectors.toList()));
            List<String> command =
                    new ArrayList<>(List.of(javac(), "--release", "17", "-d", out.toString(), "-cp", classpath));
            command.addAll(options);
            command.add("@" + argFile);
            return command;
        }
    }

    /** Runs javac and returns its wall time in milliseconds; fails when it fails. */
    private static long javac(List<String> command, boolean quiet) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException(
                    "javac failed (" + exit + "): " + String.join(" ", command) + "\n" + output);
        }
        if (!quiet && !output.isBlank()) {
            System.out.println(output.strip());
        }
        return millis;
    }

    private static String javac() {
        return Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String shorten(List<String> command) {
        return command.stream()
                .map(arg -> arg.length() > 120 ? arg.substring(0, 60) + "…" : arg)
                .collect(Collectors.joining(" "));
    }

    private static String pick(List<String> jars, Predicate<String> wanted) {
        String picked = jars.stream().filter(wanted).collect(Collectors.joining(File.pathSeparator));
        if (picked.isEmpty()) {
            throw new IllegalArgumentException("class path file lacks a needed jar; rebuild the benchmarks module");
        }
        return picked;
    }

    private static Path write(Path dir, String relative, String text) {
        Path file = dir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return template {@code i}: the fields of the standard server template} */
    static String cmpkitTemplate(int i) {
        return """
                package bench.cmpkit;

                import dev.cmpkit.annotations.CmpField;
                import dev.cmpkit.annotations.CmpResource;
                import dev.cmpkit.runtime.ImageDetail;
                import dev.cmpkit.runtime.IpAddress;
                import java.util.List;

                @CmpResource(type = "server")
                final class Server%1$dSpec {
                    @CmpField Long cpuCores;
                    @CmpField Long cpuHz;
                    @CmpField Long ramB;
                    @CmpField Long volumesB;
                    @CmpField String instanceType;
                    @CmpField String state;
                    @CmpField String providerState;
                    @CmpField List<IpAddress> ipAddresses;
                    @CmpField ImageDetail imageDetail;
                    @CmpField Boolean isVirtual;

                    private Server%1$dSpec() {
                    }
                }
                """.formatted(i);
    }

    /**
     * {@return Immutables value {@code i}: the base fields and server details of a CMP server,
     * with the server's defaults}
     */
    static String immutablesValue(int i) {
        return """
                package bench.immutables;

                import java.util.List;
                import java.util.Map;
                import org.immutables.value.Value;

                @Value.Immutable
                abstract class Server%1$d {
                    abstract String id();
                    abstract String name();
                    @Nullable abstract String providerCreatedAt();
                    @Nullable abstract String nativePortalLink();
                    @Nullable abstract String region();
                    abstract Map<String, List<String>> connections();
                    abstract Map<String, Object> metadata();
                    @Nullable abstract Long cpuCores();
                    @Nullable abstract Long cpuHz();
                    @Nullable abstract Long ramB();
                    @Nullable abstract Long volumesB();
                    @Nullable abstract String instanceType();
                    @Value.Default String state() {
                        return "unknown";
                    }
                    @Value.Default String providerState() {
                        return "unknown";
                    }
                    abstract List<String> ipAddresses();
                    @Nullable abstract String imageDetail();
                    @Nullable abstract Boolean isVirtual();
                }
                """.formatted(i);
    }
}

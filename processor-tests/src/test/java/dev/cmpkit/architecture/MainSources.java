package dev.cmpkit.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The Java files of every module's {@code src/main/java}, read from the checkout this module sits in. */
final class MainSources {

    private MainSources() {}

    /**
     * Reads every main source file of the repository.
     *
     * @return each file's text by its path, in path order
     */
    static Map<Path, String> read() {
        Path root = Path.of("").toAbsolutePath().getParent();
        Map<Path, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.toString().contains("/src/main/java/"))
                    .filter(file -> !file.toString().contains("/target/"))
                    .forEach(file -> sources.put(root.relativize(file), text(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

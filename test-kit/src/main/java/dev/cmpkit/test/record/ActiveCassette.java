package dev.cmpkit.test.record;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The cassette file of the {@link Cassette @Cassette} test running on this thread, which handler
 * runs in the same test record into.
 */
public final class ActiveCassette {

    private static final ThreadLocal<Path> FILE = new ThreadLocal<>();

    private ActiveCassette() {}

    /** {@return the running test's cassette file, when it is annotated with {@link Cassette}} */
    public static Optional<Path> file() {
        return Optional.ofNullable(FILE.get());
    }

    static void set(Path file) {
        if (file == null) {
            FILE.remove();
        } else {
            FILE.set(file);
        }
    }
}

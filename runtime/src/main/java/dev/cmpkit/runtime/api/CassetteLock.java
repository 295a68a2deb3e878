package dev.cmpkit.runtime.api;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serializes the writers of one cassette file: one lock per file inside this JVM, and a file
 * lock on a sibling {@code <name>.lock} across processes (the cassette itself is replaced on
 * every save, so it cannot carry the lock).
 */
final class CassetteLock {

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

    private CassetteLock() {}

    /**
     * Runs {@code action} while holding the file's locks.
     *
     * @throws CassetteException when the lock file cannot be opened or locked
     */
    static void whileHolding(Path file, Runnable action) {
        Path key = file.toAbsolutePath().normalize();
        ReentrantLock lock = IN_JVM.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try (FileChannel channel = openLockFile(key)) {
            FileLock held = channel.lock();
            try {
                action.run();
            } finally {
                held.release();
            }
        } catch (IOException e) {
            throw new CassetteException("cannot lock cassette " + file + " for writing: " + e, e);
        } finally {
            lock.unlock();
        }
    }

    /** Opens {@code <name>.lock} beside the cassette, making the cassette's folder first if needed. */
    private static FileChannel openLockFile(Path cassette) throws IOException {
        Path folder = cassette.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        return FileChannel.open(
                cassette.resolveSibling(cassette.getFileName() + ".lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
    }
}

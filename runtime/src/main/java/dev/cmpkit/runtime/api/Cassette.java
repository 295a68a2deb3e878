package dev.cmpkit.runtime.api;

import java.io.Closeable;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A file of recorded HTTP exchanges that replays the ones it holds and records new ones
 * ("new episodes" mode, as vcrpy calls it).
 *
 * <h2>How recording works</h2>
 * Recording happens in the transport: {@link #wrap(HttpClient)} returns a
 * {@code java.net.http.HttpClient} that looks up each request in the cassette before sending
 * it. {@link CmpClient} sends through such a client, and so can any code holding the client from
 * {@link CmpContext#httpClient()}; {@link Cassettes#wrapIfEnabled(Handler)} hands a handler a
 * context in which both go through one cassette. Calls made with an {@code HttpClient} that did
 * not come from cmpkit are neither recorded nor replayed.
 *
 * <h2>Matching and replay</h2>
 * A request matches a recorded exchange when method, URL (after redaction) and body bytes are
 * equal. Each recorded exchange is replayed at most once, in recorded order, so a sequence of
 * identical requests replays a sequence of answers; a request without an unused match goes to
 * the network and is recorded. A replayed body is byte-for-byte the recorded one.
 *
 * <h2>Secrets</h2>
 * Before anything is written, {@code Authorization}, {@code Proxy-Authorization},
 * {@code Cookie}, {@code Set-Cookie} and API-key headers are replaced by {@code REDACTED}, user
 * info is dropped from URLs, and credential-like query parameters ({@code token},
 * {@code access_token}, {@code api_key}, {@code password}, …) get the value {@code REDACTED}.
 *
 * <p>{@link #close()} writes the file when something new was recorded. Thread-safe.
 */
public final class Cassette implements Closeable {

    private final Path file;
    private final List<Interaction> interactions;
    private final boolean[] played;
    private final List<Interaction> recorded = new ArrayList<>();
    private int replayedCount;
    private volatile SecretRedactor secrets = SecretRedactor.NONE;
    /** How many of {@link #recorded} are in the file already. */
    private int saved;

    private Cassette(Path file, List<Interaction> interactions) {
        this.file = file;
        this.interactions = interactions;
        this.played = new boolean[interactions.size()];
    }

    /**
     * Opens a cassette, loading the file if it exists.
     *
     * @param file the YAML file; created on {@link #close()} if something was recorded
     * @return the cassette
     * @throws CassetteException if the file exists but cannot be read or is malformed
     */
    public static Cassette open(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("Cassette.open: file is required, got null");
        }
        List<Interaction> loaded = Files.exists(file) ? CassetteFile.read(file) : List.of();
        return new Cassette(file, List.copyOf(loaded));
    }

    /**
     * Wraps {@code delegate} so that requests go through this cassette.
     *
     * @param delegate the client that sends requests the cassette cannot answer
     * @return a client that replays from and records into this cassette
     */
    public HttpClient wrap(HttpClient delegate) {
        if (delegate == null) {
            throw new IllegalArgumentException("Cassette.wrap: delegate is required, got null");
        }
        return new CassetteHttpClient(delegate, this);
    }

    /**
     * Replaces the module's secret values by {@code <redacted:NAME>} in everything recorded from
     * now on (URLs, header values, bodies), and in live requests before they are matched, so a
     * recording still matches the request that produced it.
     *
     * @param redactor the module's secrets, e.g. {@code SecretRedactor.of(context.secrets())}
     * @return this cassette
     */
    public Cassette redacting(SecretRedactor redactor) {
        if (redactor == null) {
            throw new IllegalArgumentException("Cassette.redacting: redactor is required, got null");
        }
        this.secrets = redactor;
        return this;
    }

    SecretRedactor secrets() {
        return secrets;
    }

    /** Returns the file this cassette reads and writes. */
    public Path file() {
        return file;
    }

    /** Returns how many exchanges were answered from the file so far. */
    public synchronized int replayedCount() {
        return replayedCount;
    }

    /** Returns how many new exchanges were recorded so far. */
    public synchronized int recordedCount() {
        return recorded.size();
    }

    synchronized Optional<Interaction> take(String method, String uri, byte[] body) {
        for (int i = 0; i < interactions.size(); i++) {
            if (!played[i] && interactions.get(i).matches(method, uri, body)) {
                played[i] = true;
                replayedCount++;
                return Optional.of(interactions.get(i));
            }
        }
        return Optional.empty();
    }

    synchronized void record(Interaction interaction) {
        recorded.add(interaction);
    }

    /**
     * Appends what was recorded since the last save to the file, if anything. The file is read
     * again under a lock first, so that several cassettes recording into one file, in this JVM or
     * in other processes, each add their exchanges and none is lost.
     *
     * @throws CassetteException if the file cannot be read, locked or written
     */
    public synchronized void save() {
        if (saved == recorded.size()) {
            return;
        }
        List<Interaction> fresh = List.copyOf(recorded.subList(saved, recorded.size()));
        CassetteLock.whileHolding(file, () -> {
            List<Interaction> all = new ArrayList<>(Files.exists(file) ? CassetteFile.read(file) : List.of());
            all.addAll(fresh);
            CassetteFile.write(file, all);
        });
        saved = recorded.size();
    }

    /** Same as {@link #save()}. */
    @Override
    public void close() {
        save();
    }

    @Override
    public synchronized String toString() {
        return "Cassette[" + file + ", " + interactions.size() + " loaded, " + replayedCount + " replayed, "
                + recorded.size() + " recorded]";
    }
}

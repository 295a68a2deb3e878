package dev.cmpkit.examples.acme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A stand-in for Acme Cloud's HTTP API that answers from files bundled with the connector, so
 * the example runs anywhere. A real connector would call the provider here, through
 * {@code CmpContext#httpClient()} so that record/replay sees the calls.
 */
final class AcmeApi {

    /** The key pair the simulated API accepts (see {@code examples/events/validate-credentials.json}). */
    static final String DEMO_KEY = "acme-demo-key";

    static final String DEMO_SECRET = "correct-horse-battery-staple";

    static final String INVENTORY_FILE = "inventory.json";
    static final String METRICS_FILE = "metrics.json";

    private AcmeApi() {}

    /** Returns the account's inventory in Acme's shape. */
    static AcmeData.Inventory inventory() {
        return read(INVENTORY_FILE, "Inventory", AcmeJson::inventory);
    }

    /** Returns the account's metrics export in Acme's shape. */
    static AcmeData.MetricsExport metrics() {
        return read(METRICS_FILE, "MetricsExport", AcmeJson::metrics);
    }

    /** Returns whether Acme accepts the key pair; compared in constant time, as a real check would be. */
    static boolean accepts(String key, String secret) {
        return MessageDigest.isEqual(bytes(key), bytes(DEMO_KEY))
                & MessageDigest.isEqual(bytes(secret), bytes(DEMO_SECRET));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a bundled file with one of {@link AcmeJson}'s readers. */
    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String file, String type, Reader<T> reader) {
        try (InputStream in = BundledFiles.open(file)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "bundled Acme file " + file + " cannot be read as " + type + ": " + e.getMessage(), e);
        }
    }
}

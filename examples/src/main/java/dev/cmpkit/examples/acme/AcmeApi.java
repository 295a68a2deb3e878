package dev.cmpkit.examples.acme;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
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

    private static final ObjectMapper READER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private AcmeApi() {}

    /** @return the account's inventory in Acme's shape */
    static AcmeData.Inventory inventory() {
        return read(INVENTORY_FILE, AcmeData.Inventory.class);
    }

    /** @return the account's metrics export in Acme's shape */
    static AcmeData.MetricsExport metrics() {
        return read(METRICS_FILE, AcmeData.MetricsExport.class);
    }

    /** @return whether Acme accepts the key pair; compared in constant time, as a real check would be */
    static boolean accepts(String key, String secret) {
        return MessageDigest.isEqual(bytes(key), bytes(DEMO_KEY))
                & MessageDigest.isEqual(bytes(secret), bytes(DEMO_SECRET));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T read(String file, Class<T> type) {
        try (InputStream in = BundledFiles.open(file)) {
            return READER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "bundled Acme file " + file + " cannot be read as " + type.getSimpleName() + ": " + e.getMessage(),
                    e);
        }
    }
}

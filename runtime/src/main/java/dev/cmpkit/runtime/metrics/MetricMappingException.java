package dev.cmpkit.runtime.metrics;

import java.nio.file.Path;
import java.util.Optional;

/** Thrown when a metric mapping file cannot be read or does not describe valid metrics; names the file. */
public final class MetricMappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String metricKey;

    MetricMappingException(Path file, String metricKey, String problem, Throwable cause) {
        super(
                (file == null ? "metric mapping" : file.toString())
                        + (metricKey == null ? "" : ": metric '" + metricKey + "'") + ": " + problem,
                cause);
        this.file = file;
        this.metricKey = metricKey;
    }

    /** {@return the mapping file that failed to load} */
    public Path file() {
        return file;
    }

    /** {@return the metric whose entry is wrong, when the problem lies in one entry} */
    public Optional<String> metricKey() {
        return Optional.ofNullable(metricKey);
    }
}

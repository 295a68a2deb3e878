package dev.cmpkit.runtime.metrics;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Thrown when a metric mapping cannot be read or does not describe valid metrics; the message
 * starts with the file or the source name it was loaded from.
 */
public final class MetricMappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String source;
    private final String metricKey;

    MetricMappingException(Path file, String metricKey, String problem, Throwable cause) {
        this(file, file == null ? null : file.toString(), metricKey, problem, cause);
    }

    MetricMappingException(Path file, String source, String metricKey, String problem, Throwable cause) {
        super(
                (source == null ? "metric mapping" : source) + (metricKey == null ? "" : ": metric '" + metricKey + "'")
                        + ": " + problem,
                cause);
        this.file = file;
        this.source = source;
        this.metricKey = metricKey;
    }

    /** {@return the mapping file that failed to load, or null when it was not read from a file} */
    public Path file() {
        return file;
    }

    /**
     * {@return where the mapping came from: the file's path, or the name given to {@link
     * MetricMapping#load(java.io.InputStream, String)} or the class-path resource; null when none
     * was given}
     */
    public String source() {
        return source;
    }

    /** {@return the metric whose entry is wrong, when the problem lies in one entry} */
    public Optional<String> metricKey() {
        return Optional.ofNullable(metricKey);
    }
}

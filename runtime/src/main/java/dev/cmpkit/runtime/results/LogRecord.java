package dev.cmpkit.runtime.results;

import dev.cmpkit.runtime.CmpReaders;
import dev.cmpkit.runtime.ShapedValue;
import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One log line of the provider:
 * {@code {"message", "severity", "time", "service"?, "source_host"?}}, severity one of
 * {@link #SEVERITIES}.
 */
public final class LogRecord implements ShapedValue {

    static {
        CmpReaders.register(LogRecord.class, ResultReaders::logRecord);
    }

    /** The severities CMP knows, most severe first. */
    public static final List<String> SEVERITIES = List.of("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG");

    private static final JsonName MESSAGE = JsonName.of("message");
    private static final JsonName SEVERITY = JsonName.of("severity");
    private static final JsonName TIME = JsonName.of("time");
    private static final JsonName SERVICE = JsonName.of("service");
    private static final JsonName SOURCE_HOST = JsonName.of("source_host");

    private final String message;
    private final String severity;
    private final String time;
    private final String service;
    private final String sourceHost;

    private LogRecord(Builder builder, String time) {
        this.message = builder.message;
        this.severity = builder.severity;
        this.time = time;
        this.service = builder.service;
        this.sourceHost = builder.sourceHost;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The message. */
    public String message() {
        return message;
    }

    /** The severity, one of {@link #SEVERITIES}. */
    public String severity() {
        return severity;
    }

    /** When it was logged, UTC RFC 3339. */
    public String time() {
        return time;
    }

    /** The service that logged it, or null. */
    public String service() {
        return service;
    }

    /** The host it came from, or null. */
    public String sourceHost() {
        return sourceHost;
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        sink.name(MESSAGE);
        sink.string(message);
        sink.name(SEVERITY);
        sink.string(severity);
        sink.name(TIME);
        sink.string(time);
        Results.optional(sink, SERVICE, service);
        Results.optional(sink, SOURCE_HOST, sourceHost);
        sink.endObject();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogRecord other
                && message.equals(other.message)
                && severity.equals(other.severity)
                && time.equals(other.time)
                && Objects.equals(service, other.service)
                && Objects.equals(sourceHost, other.sourceHost);
    }

    @Override
    public int hashCode() {
        return Objects.hash(message, severity, time, service, sourceHost);
    }

    @Override
    public String toString() {
        return "LogRecord" + serialize();
    }

    /** Collects a record; {@link #build()} checks it. */
    public static final class Builder {
        private String message;
        private String severity;
        private Object time;
        private String service;
        private String sourceHost;

        private Builder() {}

        /** Sets the message (required). */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /** Sets the severity (required): CRITICAL, ERROR, WARNING, INFO or DEBUG. */
        public Builder severity(String severity) {
            this.severity = severity;
            return this;
        }

        /** Sets when it was logged (required), as an RFC 3339 / ISO 8601 string. */
        public Builder time(String time) {
            this.time = time;
            return this;
        }

        /** Sets when it was logged (required). */
        public Builder time(TemporalAccessor time) {
            this.time = time;
            return this;
        }

        /** Sets the service that logged it; null leaves it out. */
        public Builder service(String service) {
            this.service = service;
            return this;
        }

        /** Sets the host it came from; null leaves it out. */
        public Builder sourceHost(String sourceHost) {
            this.sourceHost = sourceHost;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalArgumentException naming every missing or bad field and its value
         */
        public LogRecord build() {
            List<String> problems = new ArrayList<>();
            Checks.required(problems, "message", message);
            Checks.required(problems, "severity", severity);
            Checks.oneOf(problems, "severity", severity, SEVERITIES);
            String wireTime = Checks.requiredTimestamp(problems, "time", time);
            Checks.throwIfAny("LogRecord", problems);
            return new LogRecord(this, wireTime);
        }
    }
}

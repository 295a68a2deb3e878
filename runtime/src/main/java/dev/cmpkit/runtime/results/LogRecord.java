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

/**
 * One log line of the provider:
 * {@code {"message", "severity", "time", "service"?, "source_host"?}}, severity one of
 * {@link #SEVERITIES}.
 *
 * @param message the message
 * @param severity the severity, one of {@link #SEVERITIES}
 * @param time when it was logged, UTC RFC 3339 (the constructor converts other ISO 8601 forms)
 * @param service the service that logged it, or null
 * @param sourceHost the host it came from, or null
 */
public record LogRecord(String message, String severity, String time, String service, String sourceHost)
        implements ShapedValue {

    static {
        CmpReaders.register(LogRecord.class, ResultReaders.LOG_RECORD);
    }

    /** The severities CMP knows, most severe first. */
    public static final List<String> SEVERITIES = List.of("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG");

    private static final JsonName MESSAGE = JsonName.of("message");
    private static final JsonName SEVERITY = JsonName.of("severity");
    private static final JsonName TIME = JsonName.of("time");
    private static final JsonName SERVICE = JsonName.of("service");
    private static final JsonName SOURCE_HOST = JsonName.of("source_host");

    /**
     * Checks the record and brings its time to the wire form.
     *
     * @throws IllegalArgumentException naming every missing or bad field and its value
     */
    public LogRecord {
        time = check(message, severity, time);
    }

    /** Checks the required fields, the time as a string or a {@code java.time} value; returns the wire time. */
    private static String check(String message, String severity, Object time) {
        List<String> problems = new ArrayList<>();
        Checks.required(problems, "message", message);
        Checks.required(problems, "severity", severity);
        Checks.oneOf(problems, "severity", severity, SEVERITIES);
        String wireTime = Checks.requiredTimestamp(problems, "time", time);
        Checks.throwIfAny("LogRecord", problems);
        return wireTime;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
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
            String text = Checks.timestampText(time);
            if (text == null && time != null) {
                check(message, severity, time); // throws: the time is reported with every other problem
            }
            return new LogRecord(message, severity, text, service, sourceHost);
        }
    }
}

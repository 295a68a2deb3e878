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
 * One health report: {@code {"level", "time", "source"?, "reason"?, "resource_id"?}}, level
 * {@link #OK} (0), {@link #WARNING} (1) or {@link #CRITICAL} (2).
 *
 * @param level the level: 0, 1 or 2
 * @param time when the status was seen, UTC RFC 3339 (the constructor converts other ISO 8601
 *     forms)
 * @param source what reported it, or null
 * @param reason why, or null
 * @param resourceId the CMP resource it concerns, or null
 */
public record StatusEntry(int level, String time, String source, String reason, String resourceId)
        implements ShapedValue {

    static {
        CmpReaders.register(StatusEntry.class, ResultReaders.STATUS_ENTRY);
    }

    /** Level 0: all is well. */
    public static final int OK = 0;
    /** Level 1: degraded. */
    public static final int WARNING = 1;
    /** Level 2: failing. */
    public static final int CRITICAL = 2;

    private static final List<Integer> LEVELS = List.of(OK, WARNING, CRITICAL);
    private static final JsonName LEVEL = JsonName.of("level");
    private static final JsonName TIME = JsonName.of("time");
    private static final JsonName SOURCE = JsonName.of("source");
    private static final JsonName REASON = JsonName.of("reason");
    private static final JsonName RESOURCE_ID = JsonName.of("resource_id");

    /**
     * Checks the entry and brings its time to the wire form.
     *
     * @throws IllegalArgumentException naming every missing or bad field and its value
     */
    public StatusEntry {
        time = check(level, time);
    }

    /** Checks the required fields as a builder holds them (the level may be missing); returns the wire time. */
    private static String check(Integer level, Object time) {
        List<String> problems = new ArrayList<>();
        Checks.required(problems, "level", level);
        Checks.oneOf(problems, "level", level, LEVELS);
        String wireTime = Checks.requiredTimestamp(problems, "time", time);
        Checks.throwIfAny("StatusEntry", problems);
        return wireTime;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        sink.name(LEVEL);
        sink.number(level);
        sink.name(TIME);
        sink.string(time);
        Results.optional(sink, SOURCE, source);
        Results.optional(sink, REASON, reason);
        Results.optional(sink, RESOURCE_ID, resourceId);
        sink.endObject();
    }

    @Override
    public String toString() {
        return "StatusEntry" + serialize();
    }

    /** Collects an entry; {@link #build()} checks it. */
    public static final class Builder {
        private Integer level;
        private Object time;
        private String source;
        private String reason;
        private String resourceId;

        private Builder() {}

        /** Sets the level (required): {@link #OK}, {@link #WARNING} or {@link #CRITICAL}. */
        public Builder level(Integer level) {
            this.level = level;
            return this;
        }

        /** Sets when the status was seen (required), as an RFC 3339 / ISO 8601 string. */
        public Builder time(String time) {
            this.time = time;
            return this;
        }

        /** Sets when the status was seen (required). */
        public Builder time(TemporalAccessor time) {
            this.time = time;
            return this;
        }

        /** Sets what reported it; null leaves it out. */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** Sets why; null leaves it out. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** Sets the CMP resource it concerns; null leaves it out. */
        public Builder resourceId(String resourceId) {
            this.resourceId = resourceId;
            return this;
        }

        /**
         * Builds the entry.
         *
         * @return the entry
         * @throws IllegalArgumentException naming every missing or bad field and its value
         */
        public StatusEntry build() {
            String text = Checks.timestampText(time);
            if (level == null || (text == null && time != null)) {
                check(level, time); // throws: what the entry cannot hold is reported with every other problem
            }
            return new StatusEntry(level, text, source, reason, resourceId);
        }
    }
}

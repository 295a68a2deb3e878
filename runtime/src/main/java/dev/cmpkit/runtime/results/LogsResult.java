package dev.cmpkit.runtime.results;

import dev.cmpkit.runtime.CmpReaders;
import dev.cmpkit.runtime.json.JsonName;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@code logs} handler returns: {@code {"logs": [record...], "last_update"?}}, where the
 * last update is a timestamp or, for providers that page logs by a token, a string of digits.
 */
public final class LogsResult extends ListResult<LogRecord> {

    static {
        CmpReaders.register(LogsResult.class, ResultReaders.LOGS);
    }

    private static final JsonName LOGS = JsonName.of("logs");

    private LogsResult(List<LogRecord> logs, String lastUpdate) {
        super(LOGS, logs, lastUpdate);
    }

    /** Returns a new builder with no records. */
    public static Builder builder() {
        return new Builder();
    }

    /** The records, unmodifiable. */
    public List<LogRecord> logs() {
        return items();
    }

    /** Collects the records; {@link #build()} checks them. */
    public static final class Builder extends ListResult.Builder<LogRecord, Builder> {
        private Builder() {
            super("logs");
        }

        /**
         * Builds the result.
         *
         * @return the result
         * @throws IllegalArgumentException naming every problem
         */
        public LogsResult build() {
            // A provider's paging token (digits only) is passed on as it is.
            if (lastUpdate instanceof String text
                    && !text.isEmpty()
                    && text.chars().allMatch(Character::isDigit)) {
                Checks.throwIfAny("LogsResult", problems);
                return new LogsResult(List.copyOf(items), text);
            }
            String wire = checkedLastUpdate("LogsResult", new ArrayList<>());
            return new LogsResult(List.copyOf(items), wire);
        }
    }
}

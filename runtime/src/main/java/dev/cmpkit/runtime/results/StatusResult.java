package dev.cmpkit.runtime.results;

import dev.cmpkit.runtime.CmpReaders;
import dev.cmpkit.runtime.json.JsonName;
import java.util.ArrayList;
import java.util.List;

/** What a {@code status} handler returns: {@code {"status": [entry...], "last_update"?}}. */
public final class StatusResult extends ListResult<StatusEntry> {

    static {
        CmpReaders.register(StatusResult.class, ResultReaders.STATUS);
    }

    private static final JsonName STATUS = JsonName.of("status");

    private StatusResult(List<StatusEntry> status, String lastUpdate) {
        super(STATUS, status, lastUpdate);
    }

    /** Returns a new builder with no entries. */
    public static Builder builder() {
        return new Builder();
    }

    /** The entries, unmodifiable. */
    public List<StatusEntry> status() {
        return items();
    }

    /** Collects the entries; {@link #build()} checks them. */
    public static final class Builder extends ListResult.Builder<StatusEntry, Builder> {
        private Builder() {
            super("status");
        }

        /**
         * Builds the result.
         *
         * @return the result
         * @throws IllegalArgumentException naming every problem
         */
        public StatusResult build() {
            String wire = checkedLastUpdate("StatusResult", new ArrayList<>());
            return new StatusResult(List.copyOf(items), wire);
        }
    }
}

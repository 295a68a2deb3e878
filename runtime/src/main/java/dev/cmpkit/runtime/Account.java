package dev.cmpkit.runtime;

import dev.cmpkit.runtime.api.CmpApiException;
import dev.cmpkit.runtime.api.CmpClient;
import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.api.CmpResponse;
import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;

/**
 * A CMP account as a connector reports it back: {@code {"id"?, "metadata"?}}. The id appears
 * only when set and non-empty; the metadata whenever it was given, even when empty.
 *
 * @param id the CMP account id, or null
 * @param metadata the metadata, or null when none was given
 */
public record Account(String id, Metadata metadata) implements ShapedValue {

    private static final JsonName KEY_ID = JsonName.of("id");
    private static final JsonName KEY_METADATA = JsonName.of("metadata");

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this account's values. */
    public Builder toBuilder() {
        return new Builder().id(id).metadata(metadata);
    }

    private boolean hasId() {
        return id != null && !id.isEmpty();
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        if (hasId()) {
            sink.name(KEY_ID);
            sink.string(id);
        }
        if (metadata != null) {
            sink.name(KEY_METADATA);
            metadata.writeTo(sink, clock);
        }
        sink.endObject();
    }

    /**
     * Sends this account to CMP: {@code PATCH /accounts/<accountId>/resource} with the account
     * JSON. Does nothing when {@code accountId} is null or empty or the context has no module id
     * (a local run).
     *
     * @param context the run's context; its API client is used
     * @param accountId the CMP account id; URL-encoded into the path
     * @throws IllegalArgumentException when the context is null
     * @throws CmpApiException when CMP answers with a status other than 200
     *     ({@code Got bad response from account API: <status>, <body>}) or cannot be reached
     */
    public void update(CmpContext context, String accountId) {
        if (context == null) {
            throw new IllegalArgumentException("Account.update: context is required, got null");
        }
        if (accountId == null || accountId.isEmpty() || context.moduleId().isEmpty()) {
            return;
        }
        CmpResponse response = context.api().patch(CmpClient.path("accounts", accountId, "resource"), serialize());
        if (response.status() != 200) {
            throw new CmpApiException(
                    "Got bad response from account API: " + response.status() + ", " + response.body(), response);
        }
    }

    /** Builds an {@link Account}; null means "not set". */
    public static final class Builder {
        private String id;
        private Metadata metadata;

        private Builder() {}

        /** Sets the CMP account id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the metadata; an empty one is still written as {@code {}}. */
        public Builder metadata(Metadata metadata) {
            this.metadata = metadata;
            return this;
        }

        /** Builds the account. */
        public Account build() {
            return new Account(id, metadata);
        }
    }
}

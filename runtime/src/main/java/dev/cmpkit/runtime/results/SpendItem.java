package dev.cmpkit.runtime.results;

import dev.cmpkit.runtime.CmpReaders;
import dev.cmpkit.runtime.ShapedValue;
import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The spend of one provider resource:
 * {@code {"remote_id", "resource_type", "amount"?, "amount_accumulative"?}}, with at least one of
 * the two amounts.
 *
 * @param remoteId the provider's id of the resource
 * @param resourceType the CMP resource type, e.g. {@code "server"}
 * @param amount the spend of the day, or null
 * @param amountAccumulative the spend accumulated so far in the billing period, or null
 */
public record SpendItem(String remoteId, String resourceType, Double amount, Double amountAccumulative)
        implements ShapedValue {

    static {
        CmpReaders.register(SpendItem.class, ResultReaders.SPEND_ITEM);
    }

    private static final JsonName REMOTE_ID = JsonName.of("remote_id");
    private static final JsonName RESOURCE_TYPE = JsonName.of("resource_type");
    private static final JsonName AMOUNT = JsonName.of("amount");
    private static final JsonName AMOUNT_ACCUMULATIVE = JsonName.of("amount_accumulative");

    /**
     * Checks the item.
     *
     * @throws IllegalArgumentException naming every missing or bad field and its value
     */
    public SpendItem {
        List<String> problems = new ArrayList<>();
        Checks.required(problems, "remoteId", remoteId);
        Checks.required(problems, "resourceType", resourceType);
        if (amount == null && amountAccumulative == null) {
            problems.add("amount or amountAccumulative is required, got neither");
        }
        Checks.finite(problems, "amount", amount);
        Checks.finite(problems, "amountAccumulative", amountAccumulative);
        Checks.throwIfAny("SpendItem", problems);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        sink.name(REMOTE_ID);
        sink.string(remoteId);
        sink.name(RESOURCE_TYPE);
        sink.string(resourceType);
        Results.optional(sink, AMOUNT, amount);
        Results.optional(sink, AMOUNT_ACCUMULATIVE, amountAccumulative);
        sink.endObject();
    }

    @Override
    public String toString() {
        return "SpendItem" + serialize();
    }

    /** Collects an item; {@link #build()} checks it. */
    public static final class Builder {
        private String remoteId;
        private String resourceType;
        private Double amount;
        private Double amountAccumulative;

        private Builder() {}

        /** Sets the provider's id of the resource (required). */
        public Builder remoteId(String remoteId) {
            this.remoteId = remoteId;
            return this;
        }

        /** Sets the CMP resource type (required), e.g. {@code "server"}. */
        public Builder resourceType(String resourceType) {
            this.resourceType = resourceType;
            return this;
        }

        /** Sets the spend of the day; null leaves it out. */
        public Builder amount(Double amount) {
            this.amount = amount;
            return this;
        }

        /** Sets the spend accumulated in the billing period; null leaves it out. */
        public Builder amountAccumulative(Double amountAccumulative) {
            this.amountAccumulative = amountAccumulative;
            return this;
        }

        /**
         * Builds the item.
         *
         * @return the item
         * @throws IllegalArgumentException naming every missing or bad field and its value
         */
        public SpendItem build() {
            return new SpendItem(remoteId, resourceType, amount, amountAccumulative);
        }
    }
}

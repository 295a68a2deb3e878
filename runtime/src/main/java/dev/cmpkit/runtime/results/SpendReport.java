package dev.cmpkit.runtime.results;

import dev.cmpkit.runtime.CmpReaders;
import dev.cmpkit.runtime.ShapedValue;
import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@code spend} handler returns for one day:
 * {@code {"currency", "spend_date": "YYYY-MM-DD", "items": [item...], "amount"?,
 * "amount_accumulative"?}}. The top-level amount is either one number or, per resource, a list
 * of {@code {"remote_id", "amount"}}.
 */
public final class SpendReport implements ShapedValue {

    static {
        CmpReaders.register(SpendReport.class, ResultReaders::spend);
    }

    /** The currencies CMP bills in. */
    public static final List<String> CURRENCIES = List.of("GBP", "EUR", "USD", "JPY", "SGD", "INR", "AUD");

    private static final JsonName CURRENCY = JsonName.of("currency");
    private static final JsonName SPEND_DATE = JsonName.of("spend_date");
    private static final JsonName ITEMS = JsonName.of("items");
    private static final JsonName AMOUNT = JsonName.of("amount");
    private static final JsonName AMOUNT_ACCUMULATIVE = JsonName.of("amount_accumulative");
    private static final JsonName REMOTE_ID = JsonName.of("remote_id");

    private final String currency;
    private final String spendDate;
    private final List<SpendItem> items;
    private final Double amount;
    private final Map<String, Double> amountByRemoteId;
    private final Double amountAccumulative;

    private SpendReport(Builder builder, String spendDate) {
        this.currency = builder.currency;
        this.spendDate = spendDate;
        this.items = List.copyOf(builder.items);
        this.amount = builder.amount;
        this.amountByRemoteId = builder.amountByRemoteId == null
                ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.amountByRemoteId));
        this.amountAccumulative = builder.amountAccumulative;
    }

    /** Returns a new builder with no items. */
    public static Builder builder() {
        return new Builder();
    }

    /** The currency, one of {@link #CURRENCIES}. */
    public String currency() {
        return currency;
    }

    /** The day, {@code YYYY-MM-DD}. */
    public String spendDate() {
        return spendDate;
    }

    /** The items, unmodifiable. */
    public List<SpendItem> items() {
        return items;
    }

    /** The total of the day, or null. */
    public Double amount() {
        return amount;
    }

    /** The amounts per resource id written as the top-level amount, or null. */
    public Map<String, Double> amountByRemoteId() {
        return amountByRemoteId;
    }

    /** The total accumulated in the billing period, or null. */
    public Double amountAccumulative() {
        return amountAccumulative;
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        sink.name(CURRENCY);
        sink.string(currency);
        sink.name(SPEND_DATE);
        sink.string(spendDate);
        Results.list(sink, ITEMS, items, clock);
        if (amountByRemoteId != null) {
            sink.name(AMOUNT);
            sink.beginArray();
            for (Map.Entry<String, Double> entry : amountByRemoteId.entrySet()) {
                sink.beginObject();
                sink.name(REMOTE_ID);
                sink.string(entry.getKey());
                sink.name(AMOUNT);
                sink.number(entry.getValue());
                sink.endObject();
            }
            sink.endArray();
        } else {
            Results.optional(sink, AMOUNT, amount);
        }
        Results.optional(sink, AMOUNT_ACCUMULATIVE, amountAccumulative);
        sink.endObject();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpendReport other
                && currency.equals(other.currency)
                && spendDate.equals(other.spendDate)
                && items.equals(other.items)
                && Objects.equals(amount, other.amount)
                && Objects.equals(amountByRemoteId, other.amountByRemoteId)
                && Objects.equals(amountAccumulative, other.amountAccumulative);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, spendDate, items, amount, amountByRemoteId, amountAccumulative);
    }

    @Override
    public String toString() {
        return "SpendReport" + serialize();
    }

    /** Collects a report; {@link #build()} checks it. */
    public static final class Builder {
        private final List<SpendItem> items = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private String currency;
        private Object spendDate;
        private Double amount;
        private Map<String, Double> amountByRemoteId;
        private Double amountAccumulative;

        private Builder() {}

        /** Sets the currency (required), one of {@link #CURRENCIES}. */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /** Sets the day (required) as {@code YYYY-MM-DD}. */
        public Builder spendDate(String spendDate) {
            this.spendDate = spendDate;
            return this;
        }

        /** Sets the day (required). */
        public Builder spendDate(LocalDate spendDate) {
            this.spendDate = spendDate;
            return this;
        }

        /** Adds one item. */
        public Builder add(SpendItem item) {
            if (item == null) {
                problems.add("items[" + items.size() + "] must not be null");
            } else {
                items.add(item);
            }
            return this;
        }

        /** Adds items, in order. */
        public Builder addAll(List<SpendItem> more) {
            if (more == null) {
                problems.add("items is required, got null");
                return this;
            }
            more.forEach(this::add);
            return this;
        }

        /** Sets the total of the day as one number; null leaves it out. */
        public Builder amount(Double amount) {
            this.amount = amount;
            this.amountByRemoteId = null;
            return this;
        }

        /**
         * Sets the top-level amount as a list of {@code {"remote_id", "amount"}}, in the map's
         * iteration order; null leaves it out.
         */
        public Builder amountByRemoteId(Map<String, Double> amounts) {
            this.amountByRemoteId = amounts == null ? null : new LinkedHashMap<>(amounts);
            this.amount = null;
            return this;
        }

        /** Sets the total accumulated in the billing period; null leaves it out. */
        public Builder amountAccumulative(Double amountAccumulative) {
            this.amountAccumulative = amountAccumulative;
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report
         * @throws IllegalArgumentException naming every missing or bad field and its value
         */
        public SpendReport build() {
            List<String> all = new ArrayList<>(problems);
            Checks.required(all, "currency", currency);
            Checks.oneOf(all, "currency", currency, CURRENCIES);
            Checks.required(all, "spendDate", spendDate);
            String date = spendDate == null ? null : date(all, spendDate);
            Checks.finite(all, "amount", amount);
            Checks.finite(all, "amountAccumulative", amountAccumulative);
            if (amountByRemoteId != null) {
                amountByRemoteId.forEach((id, value) -> {
                    if (id == null || value == null || !Double.isFinite(value)) {
                        all.add("amountByRemoteId needs ids and finite amounts, got " + id + "=" + value);
                    }
                });
            }
            Checks.throwIfAny("SpendReport", all);
            return new SpendReport(this, date);
        }

        private static String date(List<String> problems, Object value) {
            try {
                return (value instanceof LocalDate day ? day : LocalDate.parse((String) value)).toString();
            } catch (DateTimeParseException e) {
                problems.add("spendDate must be a date as YYYY-MM-DD, got " + Checks.quote(value));
                return null;
            }
        }
    }
}

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

/**
 * What a {@code spend} handler returns for one day:
 * {@code {"currency", "spend_date": "YYYY-MM-DD", "items": [item...], "amount"?,
 * "amount_accumulative"?}}. The top-level amount is either one number or, per resource, a list
 * of {@code {"remote_id", "amount"}}.
 *
 * @param currency the currency, one of {@link #CURRENCIES}
 * @param spendDate the day, {@code YYYY-MM-DD}
 * @param items the items, unmodifiable
 * @param amount the total of the day, or null
 * @param amountByRemoteId the amounts per resource id written as the top-level amount, or null;
 *     unmodifiable, in the given map's iteration order; when set, {@code amount} is not written
 * @param amountAccumulative the total accumulated in the billing period, or null
 */
public record SpendReport(
        String currency,
        String spendDate,
        List<SpendItem> items,
        Double amount,
        Map<String, Double> amountByRemoteId,
        Double amountAccumulative)
        implements ShapedValue {

    static {
        CmpReaders.register(SpendReport.class, ResultReaders.SPEND);
    }

    /** The currencies CMP bills in. */
    public static final List<String> CURRENCIES = List.of("GBP", "EUR", "USD", "JPY", "SGD", "INR", "AUD");

    private static final JsonName CURRENCY = JsonName.of("currency");
    private static final JsonName SPEND_DATE = JsonName.of("spend_date");
    private static final JsonName ITEMS = JsonName.of("items");
    private static final JsonName AMOUNT = JsonName.of("amount");
    private static final JsonName AMOUNT_ACCUMULATIVE = JsonName.of("amount_accumulative");
    private static final JsonName REMOTE_ID = JsonName.of("remote_id");

    /**
     * Checks the report, brings the day to {@code YYYY-MM-DD} and copies the items and amounts.
     *
     * @throws IllegalArgumentException naming every missing or bad field and its value
     */
    public SpendReport {
        List<String> problems = new ArrayList<>();
        items = Checks.elements(problems, "items", items);
        spendDate = check(problems, currency, spendDate, amount, amountByRemoteId, amountAccumulative);
        amountByRemoteId =
                amountByRemoteId == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(amountByRemoteId));
    }

    /**
     * Checks the fields after the problems found so far with the items, the day as a string or a
     * {@link LocalDate}; throws naming them all, or returns the day as {@code YYYY-MM-DD}.
     */
    private static String check(
            List<String> problems,
            String currency,
            Object spendDate,
            Double amount,
            Map<String, Double> amountByRemoteId,
            Double amountAccumulative) {
        Checks.required(problems, "currency", currency);
        Checks.oneOf(problems, "currency", currency, CURRENCIES);
        Checks.required(problems, "spendDate", spendDate);
        String date = spendDate == null ? null : date(problems, spendDate);
        Checks.finite(problems, "amount", amount);
        Checks.finite(problems, "amountAccumulative", amountAccumulative);
        if (amountByRemoteId != null) {
            amountByRemoteId.forEach((id, value) -> {
                if (id == null || value == null || !Double.isFinite(value)) {
                    problems.add("amountByRemoteId needs ids and finite amounts, got " + id + "=" + value);
                }
            });
        }
        Checks.throwIfAny("SpendReport", problems);
        return date;
    }

    private static String date(List<String> problems, Object value) {
        try {
            return (value instanceof LocalDate day ? day : LocalDate.parse((String) value)).toString();
        } catch (DateTimeParseException e) {
            problems.add("spendDate must be a date as YYYY-MM-DD, got " + Checks.quote(value));
            return null;
        }
    }

    /** Returns a new builder with no items. */
    public static Builder builder() {
        return new Builder();
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
            if (!problems.isEmpty()) {
                // The null items the report cannot hold, reported with every other problem.
                check(new ArrayList<>(problems), currency, spendDate, amount, amountByRemoteId, amountAccumulative);
            }
            String day = spendDate instanceof LocalDate date ? date.toString() : (String) spendDate;
            return new SpendReport(currency, day, items, amount, amountByRemoteId, amountAccumulative);
        }
    }
}

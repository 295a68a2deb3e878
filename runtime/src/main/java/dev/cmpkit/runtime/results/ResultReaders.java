package dev.cmpkit.runtime.results;

import static dev.cmpkit.runtime.json.JsonReading.expectArray;
import static dev.cmpkit.runtime.json.JsonReading.expectObject;
import static dev.cmpkit.runtime.json.JsonReading.readBoolean;
import static dev.cmpkit.runtime.json.JsonReading.readDouble;
import static dev.cmpkit.runtime.json.JsonReading.readInteger;
import static dev.cmpkit.runtime.json.JsonReading.readObject;
import static dev.cmpkit.runtime.json.JsonReading.readString;
import static dev.cmpkit.runtime.json.JsonReading.readStringValue;
import static dev.cmpkit.runtime.json.JsonReading.unknownKey;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cmpkit.runtime.CmpReaders;
import dev.cmpkit.runtime.json.JsonReading;
import dev.cmpkit.runtime.json.ReadOptions;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Streaming readers of the handler results, each the mirror of the type's {@code writeTo}: it reads
 * the keys that method writes, in any order, and builds the value through its builder, so that a
 * result read is checked like a result built. A JSON null reads as null.
 *
 * <p>Each result class registers its reader with {@link CmpReaders} when it is initialized, as
 * generated resource classes do, so that {@code CmpJsonReader} and the Jackson module find it.
 */
final class ResultReaders {

    private ResultReaders() {}

    static MetricsResult metrics(JsonParser parser, ReadOptions options) throws IOException {
        MetricsResult.Builder result = MetricsResult.builder();
        return readObject(parser, "a metrics result", result::build, key -> {
            switch (key) {
                case "metrics" ->
                    readItems(parser, "the list of metric points", () -> result.add(metricPoint(parser, options)));
                case "last_update" -> result.lastUpdate(readString(parser));
                case "monitoring_system" -> result.monitoringSystem(readString(parser));
                default -> unknownKey(parser, options, key, "metrics, last_update or monitoring_system");
            }
        });
    }

    static MetricPoint metricPoint(JsonParser parser, ReadOptions options) throws IOException {
        MetricPoint.Builder point = MetricPoint.builder();
        return readObject(parser, "a metric point", point::build, key -> {
            switch (key) {
                case "metric" -> point.metric(readString(parser));
                case "value" -> point.value(readDouble(parser));
                case "time" -> point.time(readString(parser));
                case "unit" -> point.unit(readString(parser));
                case "counter" -> point.counter(readBoolean(parser));
                case "specialisation" -> point.specialisation(readString(parser));
                case "original_metric" -> point.originalMetric(readString(parser));
                case "resource_id" -> point.resourceId(readString(parser));
                case "provider_id" -> point.providerId(readString(parser));
                default ->
                    unknownKey(
                            parser,
                            options,
                            key,
                            "metric, value, time, unit, counter, specialisation, original_metric, resource_id"
                                    + " or provider_id");
            }
        });
    }

    static SpendReport spend(JsonParser parser, ReadOptions options) throws IOException {
        SpendReport.Builder report = SpendReport.builder();
        return readObject(parser, "a spend report", report::build, key -> {
            switch (key) {
                case "currency" -> report.currency(readString(parser));
                case "spend_date" -> report.spendDate(readString(parser));
                case "items" ->
                    readItems(parser, "the list of spend items", () -> report.add(spendItem(parser, options)));
                case "amount" -> {
                    if (parser.currentToken() == JsonToken.START_ARRAY) {
                        report.amountByRemoteId(amountsByRemoteId(parser, options));
                    } else {
                        report.amount(readDouble(parser));
                    }
                }
                case "amount_accumulative" -> report.amountAccumulative(readDouble(parser));
                default ->
                    unknownKey(parser, options, key, "currency, spend_date, items, amount or amount_accumulative");
            }
        });
    }

    /** The top-level amount as a list of {@code {"remote_id", "amount"}}, in input order. */
    private static Map<String, Double> amountsByRemoteId(JsonParser parser, ReadOptions options) throws IOException {
        Map<String, Double> amounts = new LinkedHashMap<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            expectObject(parser, "an amount {\"remote_id\": ..., \"amount\": ...}");
            String remoteId = null;
            Double amount = null;
            for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
                parser.nextToken();
                switch (key) {
                    case "remote_id" -> remoteId = readStringValue(parser);
                    case "amount" -> amount = readDouble(parser);
                    default -> unknownKey(parser, options, key, "remote_id or amount");
                }
            }
            if (remoteId == null || amount == null) {
                throw JsonReading.failure(parser, "an amount per resource needs its \"remote_id\" and \"amount\"");
            }
            if (amounts.put(remoteId, amount) != null) {
                throw JsonReading.failure(parser, "the remote_id " + JsonReading.quote(remoteId) + " has two amounts");
            }
        }
        return amounts;
    }

    static SpendItem spendItem(JsonParser parser, ReadOptions options) throws IOException {
        SpendItem.Builder item = SpendItem.builder();
        return readObject(parser, "a spend item", item::build, key -> {
            switch (key) {
                case "remote_id" -> item.remoteId(readString(parser));
                case "resource_type" -> item.resourceType(readString(parser));
                case "amount" -> item.amount(readDouble(parser));
                case "amount_accumulative" -> item.amountAccumulative(readDouble(parser));
                default -> unknownKey(parser, options, key, "remote_id, resource_type, amount or amount_accumulative");
            }
        });
    }

    static LogsResult logs(JsonParser parser, ReadOptions options) throws IOException {
        LogsResult.Builder result = LogsResult.builder();
        return readObject(parser, "a logs result", result::build, key -> {
            switch (key) {
                case "logs" ->
                    readItems(parser, "the list of log records", () -> result.add(logRecord(parser, options)));
                case "last_update" -> result.lastUpdate(readString(parser));
                default -> unknownKey(parser, options, key, "logs or last_update");
            }
        });
    }

    static LogRecord logRecord(JsonParser parser, ReadOptions options) throws IOException {
        LogRecord.Builder record = LogRecord.builder();
        return readObject(parser, "a log record", record::build, key -> {
            switch (key) {
                case "message" -> record.message(readString(parser));
                case "severity" -> record.severity(readString(parser));
                case "time" -> record.time(readString(parser));
                case "service" -> record.service(readString(parser));
                case "source_host" -> record.sourceHost(readString(parser));
                default -> unknownKey(parser, options, key, "message, severity, time, service or source_host");
            }
        });
    }

    static StatusResult status(JsonParser parser, ReadOptions options) throws IOException {
        StatusResult.Builder result = StatusResult.builder();
        return readObject(parser, "a status result", result::build, key -> {
            switch (key) {
                case "status" ->
                    readItems(parser, "the list of status entries", () -> result.add(statusEntry(parser, options)));
                case "last_update" -> result.lastUpdate(readString(parser));
                default -> unknownKey(parser, options, key, "status or last_update");
            }
        });
    }

    static StatusEntry statusEntry(JsonParser parser, ReadOptions options) throws IOException {
        StatusEntry.Builder entry = StatusEntry.builder();
        return readObject(parser, "a status entry", entry::build, key -> {
            switch (key) {
                case "level" -> entry.level(readInteger(parser));
                case "time" -> entry.time(readString(parser));
                case "source" -> entry.source(readString(parser));
                case "reason" -> entry.reason(readString(parser));
                case "resource_id" -> entry.resourceId(readString(parser));
                default -> unknownKey(parser, options, key, "level, time, source, reason or resource_id");
            }
        });
    }

    static CredentialsCheck credentialsCheck(JsonParser parser, ReadOptions options) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectObject(parser, "a credentials check");
        Boolean ok = null;
        String message = null;
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            parser.nextToken();
            switch (key) {
                case "ok" -> ok = readBoolean(parser);
                case "message" -> message = readString(parser);
                default -> unknownKey(parser, options, key, "ok or message");
            }
        }
        if (ok == null) {
            throw JsonReading.failure(parser, "a credentials check needs \"ok\": true or false");
        }
        if (ok && message != null) {
            throw JsonReading.failure(parser, "a credentials check that is ok has no message");
        }
        return ok ? CredentialsCheck.ok() : CredentialsCheck.failed(message);
    }

    /** Reads a list member, handing each element (at its first token) to {@code readOne}. */
    private static void readItems(JsonParser parser, String what, ItemReader readOne) throws IOException {
        expectArray(parser, what);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            readOne.read();
        }
    }

    /** Reads one list element at the parser's current token and adds it to a builder. */
    @FunctionalInterface
    private interface ItemReader {
        void read() throws IOException;
    }
}

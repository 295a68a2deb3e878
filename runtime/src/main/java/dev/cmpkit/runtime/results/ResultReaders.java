package dev.cmpkit.runtime.results;

import static dev.cmpkit.runtime.json.JsonReading.failure;
import static dev.cmpkit.runtime.json.JsonReading.readDouble;
import static dev.cmpkit.runtime.json.JsonReading.readStringValue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cmpkit.runtime.CmpReaders;
import dev.cmpkit.runtime.json.JsonReading;
import dev.cmpkit.runtime.json.ObjectKeys;
import dev.cmpkit.runtime.json.ReadOptions;
import dev.cmpkit.runtime.json.ValueReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Streaming readers of the handler results, each the mirror of the type's {@code writeTo}: it reads
 * the keys that method writes, in any order, and builds the value through its builder, so that a
 * result read is checked like a result built. A JSON null reads as null.
 *
 * <p>Each shape's keys are a table ({@link ObjectKeys}) built once. Each result class registers
 * its table with {@link CmpReaders} when it is initialized, as generated resource
 * classes do, so that {@code CmpJsonReader} and the Jackson module find it.
 */
final class ResultReaders {

    private ResultReaders() {}

    /** The keys every list result has, in this order: its list, and {@code last_update}. */
    private static <T, B extends ListResult.Builder<T, B>> ObjectKeys.Builder<B> listResult(
            String key, String what, ValueReader<T> element) {
        return ObjectKeys.<B>builder().list(key, what, element, B::add).string("last_update", B::lastUpdate);
    }

    static final ValueReader<MetricPoint> METRIC_POINT = ObjectKeys.<MetricPoint.Builder>builder()
            .string("metric", MetricPoint.Builder::metric)
            .number("value", MetricPoint.Builder::value)
            .string("time", MetricPoint.Builder::time)
            .string("unit", MetricPoint.Builder::unit)
            .bool("counter", MetricPoint.Builder::counter)
            .string("specialisation", MetricPoint.Builder::specialisation)
            .string("original_metric", MetricPoint.Builder::originalMetric)
            .string("resource_id", MetricPoint.Builder::resourceId)
            .string("provider_id", MetricPoint.Builder::providerId)
            .reader("a metric point", MetricPoint::builder, MetricPoint.Builder::build);

    static final ValueReader<MetricsResult> METRICS = ResultReaders.<MetricPoint, MetricsResult.Builder>listResult(
                    "metrics", "the list of metric points", METRIC_POINT)
            .string("monitoring_system", MetricsResult.Builder::monitoringSystem)
            .reader("a metrics result", MetricsResult::builder, MetricsResult.Builder::build);

    static final ValueReader<SpendItem> SPEND_ITEM = ObjectKeys.<SpendItem.Builder>builder()
            .string("remote_id", SpendItem.Builder::remoteId)
            .string("resource_type", SpendItem.Builder::resourceType)
            .number("amount", SpendItem.Builder::amount)
            .number("amount_accumulative", SpendItem.Builder::amountAccumulative)
            .reader("a spend item", SpendItem::builder, SpendItem.Builder::build);

    static final ValueReader<SpendReport> SPEND = ObjectKeys.<SpendReport.Builder>builder()
            .string("currency", SpendReport.Builder::currency)
            .string("spend_date", SpendReport.Builder::spendDate)
            .list("items", "the list of spend items", SPEND_ITEM, SpendReport.Builder::add)
            .key("amount", ResultReaders::amount)
            .number("amount_accumulative", SpendReport.Builder::amountAccumulative)
            .reader("a spend report", SpendReport::builder, SpendReport.Builder::build);

    /** The top-level amount: a number, or a list of {@code {"remote_id", "amount"}}. */
    private static void amount(JsonParser parser, ReadOptions options, SpendReport.Builder report) throws IOException {
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            report.amountByRemoteId(amountsByRemoteId(parser, options));
        } else {
            report.amount(readDouble(parser));
        }
    }

    /** One element of the amount list, until it is checked. */
    private static final class RemoteAmount {
        private String remoteId;
        private Double amount;
    }

    private static final ObjectKeys<RemoteAmount> REMOTE_AMOUNT = ObjectKeys.<RemoteAmount>builder()
            .key("remote_id", (parser, options, element) -> element.remoteId = readStringValue(parser))
            .number("amount", (element, amount) -> element.amount = amount)
            .build();

    /** The amounts in input order; each element needs both keys, and no remote id comes twice. */
    private static Map<String, Double> amountsByRemoteId(JsonParser parser, ReadOptions options) throws IOException {
        Map<String, Double> amounts = new LinkedHashMap<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            RemoteAmount element = new RemoteAmount();
            REMOTE_AMOUNT.read(parser, options, "an amount {\"remote_id\": ..., \"amount\": ...}", element);
            if (element.remoteId == null || element.amount == null) {
                throw failure(parser, "an amount per resource needs its \"remote_id\" and \"amount\"");
            }
            if (amounts.put(element.remoteId, element.amount) != null) {
                throw failure(parser, "the remote_id " + JsonReading.quote(element.remoteId) + " has two amounts");
            }
        }
        return amounts;
    }

    static final ValueReader<LogRecord> LOG_RECORD = ObjectKeys.<LogRecord.Builder>builder()
            .string("message", LogRecord.Builder::message)
            .string("severity", LogRecord.Builder::severity)
            .string("time", LogRecord.Builder::time)
            .string("service", LogRecord.Builder::service)
            .string("source_host", LogRecord.Builder::sourceHost)
            .reader("a log record", LogRecord::builder, LogRecord.Builder::build);

    static final ValueReader<LogsResult> LOGS = ResultReaders.<LogRecord, LogsResult.Builder>listResult(
                    "logs", "the list of log records", LOG_RECORD)
            .reader("a logs result", LogsResult::builder, LogsResult.Builder::build);

    static final ValueReader<StatusEntry> STATUS_ENTRY = ObjectKeys.<StatusEntry.Builder>builder()
            .integer("level", StatusEntry.Builder::level)
            .string("time", StatusEntry.Builder::time)
            .string("source", StatusEntry.Builder::source)
            .string("reason", StatusEntry.Builder::reason)
            .string("resource_id", StatusEntry.Builder::resourceId)
            .reader("a status entry", StatusEntry::builder, StatusEntry.Builder::build);

    static final ValueReader<StatusResult> STATUS = ResultReaders.<StatusEntry, StatusResult.Builder>listResult(
                    "status", "the list of status entries", STATUS_ENTRY)
            .reader("a status result", StatusResult::builder, StatusResult.Builder::build);

    /** The parts of a credentials check, until they are checked. */
    private static final class CheckParts {
        private Boolean ok;
        private String message;
    }

    static final ValueReader<CredentialsCheck> CREDENTIALS_CHECK = ObjectKeys.<CheckParts>builder()
            .bool("ok", (check, ok) -> check.ok = ok)
            .string("message", (check, message) -> check.message = message)
            .finishing("a credentials check", CheckParts::new, ResultReaders::checkedCredentials);

    /** {@code ok} is required; a check that is ok has no message. */
    private static CredentialsCheck checkedCredentials(JsonParser parser, CheckParts check) {
        if (check.ok == null) {
            throw failure(parser, "a credentials check needs \"ok\": true or false");
        }
        if (check.ok && check.message != null) {
            throw failure(parser, "a credentials check that is ok has no message");
        }
        return check.ok ? CredentialsCheck.ok() : CredentialsCheck.failed(check.message);
    }
}

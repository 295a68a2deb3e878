package dev.cmpkit.runner;

import dev.cmpkit.runtime.api.CmpContext;
import java.util.Map;

/**
 * A CMP connector as the runner sees it: the handlers a CMP module offers, found through
 * {@link java.util.ServiceLoader}. Only {@link #getResources} is required; the others default to
 * failing with an {@link UnsupportedOperationException}.
 *
 * <p>Each handler's result has a fixed shape, which the runner checks before printing it:
 * resources a list of resources, metrics a {@link dev.cmpkit.runtime.results.MetricsResult},
 * spend a {@link dev.cmpkit.runtime.results.SpendReport}, logs a
 * {@link dev.cmpkit.runtime.results.LogsResult}, status a
 * {@link dev.cmpkit.runtime.results.StatusResult}, and the credentials check a
 * {@link dev.cmpkit.runtime.results.CredentialsCheck}. Plain maps and lists of the same shape are
 * accepted too.
 *
 * <p>Register an implementation by listing its class name in
 * {@code META-INF/services/dev.cmpkit.runner.Connector}; the class needs a public no-argument
 * constructor. Each handler takes the event CMP sends (JSON-compatible values: String, Number,
 * Boolean, null, List, Map) and the run's context, and returns a JSON-compatible value or cmpkit
 * values ({@link dev.cmpkit.runtime.Resource}s and the other
 * {@link dev.cmpkit.runtime.json.JsonWritable}s), which the runner writes as their CMP wire JSON.
 */
public interface Connector {

    /**
     * Names this connector.
     *
     * @return the name that selects this connector with {@code --connector}, e.g. {@code "acme"};
     *     non-blank and unique among the connectors on the class path
     */
    String name();

    /**
     * Lists the provider's resources.
     *
     * @param event the event, e.g. with the account's credentials
     * @param context the run's context
     * @return the resources, typically a {@code List<Resource>}
     * @throws Exception whatever the connector throws; the runner reports it in the envelope
     */
    Object getResources(Map<String, Object> event, CmpContext context) throws Exception;

    /**
     * Reads the provider's metrics for the time interval the event describes. Connectors without
     * metrics keep this default, which fails with an {@link UnsupportedOperationException}.
     *
     * @param event the event, e.g. with {@code last_update}, {@code poll_interval} and the CMP
     *     resources whose metrics to read
     * @param context the run's context
     * @return the points, typically a {@link dev.cmpkit.runtime.results.MetricsResult}
     * @throws Exception whatever the connector throws; the runner reports it in the envelope
     */
    default Object getMetrics(Map<String, Object> event, CmpContext context) throws Exception {
        throw new UnsupportedOperationException("connector '" + name() + "' does not implement getMetrics");
    }

    /**
     * Reports the spend of one day. Connectors without billing keep this default, which fails
     * with an {@link UnsupportedOperationException}.
     *
     * @param event the event, e.g. with the day to report
     * @param context the run's context
     * @return the report, typically a {@link dev.cmpkit.runtime.results.SpendReport}
     * @throws Exception typically {@link dev.cmpkit.runtime.errors.NoBillingReportException} when the
     *     provider has no report for the day, or {@link dev.cmpkit.runtime.errors.SpendException}
     */
    default Object getSpend(Map<String, Object> event, CmpContext context) throws Exception {
        throw new UnsupportedOperationException("connector '" + name() + "' does not implement getSpend");
    }

    /**
     * Reads the provider's logs since the event's {@code last_update}. Connectors without logs
     * keep this default, which fails with an {@link UnsupportedOperationException}.
     *
     * @param event the event
     * @param context the run's context
     * @return the records, typically a {@link dev.cmpkit.runtime.results.LogsResult}
     * @throws Exception whatever the connector throws; the runner reports it in the envelope
     */
    default Object getLogs(Map<String, Object> event, CmpContext context) throws Exception {
        throw new UnsupportedOperationException("connector '" + name() + "' does not implement getLogs");
    }

    /**
     * Reports the health of the provider's services. Connectors without status keep this
     * default, which fails with an {@link UnsupportedOperationException}.
     *
     * @param event the event
     * @param context the run's context
     * @return the entries, typically a {@link dev.cmpkit.runtime.results.StatusResult}
     * @throws Exception whatever the connector throws; the runner reports it in the envelope
     */
    default Object getStatus(Map<String, Object> event, CmpContext context) throws Exception {
        throw new UnsupportedOperationException("connector '" + name() + "' does not implement getStatus");
    }

    /**
     * Checks the credentials in the event against the provider. Connectors without a check keep
     * this default, which fails with an {@link UnsupportedOperationException}.
     *
     * @param event the event with the credentials to check
     * @param context the run's context
     * @return {@link dev.cmpkit.runtime.results.CredentialsCheck#ok()} when the credentials are
     *     valid, {@link dev.cmpkit.runtime.results.CredentialsCheck#failed(String)} when not
     * @throws Exception typically {@link dev.cmpkit.runtime.errors.InvalidCredentialsException}
     *     when they are not
     */
    default Object validateCredentials(Map<String, Object> event, CmpContext context) throws Exception {
        throw new UnsupportedOperationException("connector '" + name() + "' does not implement validateCredentials");
    }
}

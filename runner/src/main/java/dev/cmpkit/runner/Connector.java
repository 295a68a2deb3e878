package dev.cmpkit.runner;

import dev.cmpkit.runtime.api.CmpContext;
import java.util.Map;

/**
 * A CMP connector as the runner sees it: the three handlers a CMP module offers, found through
 * {@link java.util.ServiceLoader}.
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
     * @param event the event, e.g. with {@code last_update} and {@code poll_interval}
     * @param context the run's context
     * @return the metric points
     * @throws Exception whatever the connector throws; the runner reports it in the envelope
     */
    default Object getMetrics(Map<String, Object> event, CmpContext context) throws Exception {
        throw new UnsupportedOperationException("connector '" + name() + "' does not implement getMetrics");
    }

    /**
     * Checks the credentials in the event against the provider. Connectors without a check keep
     * this default, which fails with an {@link UnsupportedOperationException}.
     *
     * @param event the event with the credentials to check
     * @param context the run's context
     * @return a JSON-compatible result when the credentials are valid
     * @throws Exception typically {@link dev.cmpkit.runtime.errors.InvalidCredentialsException}
     *     when they are not
     */
    default Object validateCredentials(Map<String, Object> event, CmpContext context) throws Exception {
        throw new UnsupportedOperationException("connector '" + name() + "' does not implement validateCredentials");
    }
}

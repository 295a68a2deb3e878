package dev.cmpkit.runtime.api;

import java.util.Map;

/**
 * A connector entry point: takes the event CMP sends and the run's context, returns the result.
 *
 * <p>Runners call handlers through this interface so that wrappers such as
 * {@link Cassettes#wrapIfEnabled(Handler)} can stand between the runner and the connector.
 */
@FunctionalInterface
public interface Handler {

    /**
     * Handles one event.
     *
     * @param event the event as JSON-compatible values (String, Number, Boolean, null, List, Map)
     * @param context the run's context: CMP API client, module id, logging
     * @return the handler's result, JSON-compatible
     * @throws Exception whatever the connector throws; runners report it
     */
    Object handle(Map<String, Object> event, CmpContext context) throws Exception;
}

package dev.cmpkit.testconnectors;

import dev.cmpkit.runner.Connector;
import dev.cmpkit.runtime.api.CmpContext;
import java.util.Map;

/** Returns the event's {@code result} from every handler, as a Python connector returns plain dicts and lists. */
public final class RawConnector implements Connector {

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public Object getResources(Map<String, Object> event, CmpContext context) {
        return event.get("result");
    }

    @Override
    public Object getMetrics(Map<String, Object> event, CmpContext context) {
        return event.get("result");
    }

    @Override
    public Object getSpend(Map<String, Object> event, CmpContext context) {
        return event.get("result");
    }

    @Override
    public Object getLogs(Map<String, Object> event, CmpContext context) {
        return event.get("result");
    }

    @Override
    public Object getStatus(Map<String, Object> event, CmpContext context) {
        return event.get("result");
    }

    @Override
    public Object validateCredentials(Map<String, Object> event, CmpContext context) {
        return event.get("result");
    }
}

package dev.cmpkit.test;

import dev.cmpkit.runner.Connector;
import dev.cmpkit.runtime.api.CmpContext;
import java.util.List;
import java.util.Map;

/** Prints what the event said and the configured region, and lists nothing. */
public class EchoConnector implements Connector {

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public Object getResources(Map<String, Object> event, CmpContext context) {
        System.out.println(
                "said: " + event.get("said") + "; region: " + context.config().get("region"));
        return List.of();
    }
}

package dev.cmpkit.testconnectors;

import dev.cmpkit.runner.Connector;
import dev.cmpkit.runtime.api.CmpContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Fails the way a connector whose provider is down fails; implements nothing else. */
public final class FailingConnector implements Connector {

    @Override
    public String name() {
        return "failing";
    }

    @Override
    public Object getResources(Map<String, Object> event, CmpContext context) {
        System.out.println("about to fail");
        return fetch();
    }

    private static Object fetch() {
        throw new IllegalStateException(
                "provider is down", new UncheckedIOException(new IOException("connection refused")));
    }
}

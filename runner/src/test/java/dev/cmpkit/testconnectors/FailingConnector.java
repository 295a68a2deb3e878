package dev.cmpkit.testconnectors;

import dev.cmpkit.runner.Connector;
import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.errors.InsufficientPermissionException;
import dev.cmpkit.runtime.errors.InvalidCredentialsException;
import dev.cmpkit.runtime.errors.NoBillingReportException;
import dev.cmpkit.runtime.errors.SpendException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Fails the way a connector whose provider is down fails, and with cmpkit's connector errors;
 * implements nothing else.
 */
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

    /** Throws the cmpkit connector error named by {@code event.error}, with its default message. */
    @Override
    public Object getSpend(Map<String, Object> event, CmpContext context) {
        throw switch (String.valueOf(event.get("error"))) {
            case "invalid-credentials" -> new InvalidCredentialsException();
            case "insufficient-permission" -> new InsufficientPermissionException();
            case "no-billing-report" -> new NoBillingReportException();
            default -> new SpendException("no rates for " + event.get("error"));
        };
    }

    private static Object fetch() {
        throw new IllegalStateException(
                "provider is down", new UncheckedIOException(new IOException("connection refused")));
    }
}

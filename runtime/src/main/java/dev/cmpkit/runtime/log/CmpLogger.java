package dev.cmpkit.runtime.log;

import dev.cmpkit.runtime.api.CmpContext;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Prefixes every message with the customer, account and resource it concerns, and sends it to
 * CMP's logs in production or to standard output in local runs.
 *
 * <p>A message reads {@code Target(customer: <c>,account: <a>, resource: <r>): <body>}, with
 * {@code None} for an id that is null. When the context has a module id (only production runs
 * have one) it goes to {@link CmpContext#log(String, String)}; otherwise it is printed as
 * {@code <severity>\t<message>}. Severities are {@code info}, {@code warn}, {@code error} and
 * {@code exception}.
 */
public final class CmpLogger {

    private final CmpContext context;
    private final String customerId;
    private final String accountId;
    private final String resourceId;
    /** Gives the stream at the moment of printing, so a later {@code System.setOut} is honoured. */
    private final Supplier<PrintStream> out;

    /**
     * Creates a logger for one event's messages, printing local ones to standard output.
     *
     * @param context the run's context; decides where messages go
     * @param customerId the event's customer id, or null
     * @param accountId the event's account id, or null
     * @param resourceId the event's resource id, or null
     */
    public CmpLogger(CmpContext context, String customerId, String accountId, String resourceId) {
        this(context, customerId, accountId, resourceId, () -> System.out);
    }

    /**
     * Like {@link #CmpLogger(CmpContext, String, String, String)}, printing local messages to
     * {@code out} instead of standard output (for tests that capture output).
     *
     * @param context the run's context
     * @param customerId the customer id, or null
     * @param accountId the account id, or null
     * @param resourceId the resource id, or null
     * @param out where local messages are printed
     */
    public CmpLogger(CmpContext context, String customerId, String accountId, String resourceId, PrintStream out) {
        this(context, customerId, accountId, resourceId, fixed(out));
    }

    private CmpLogger(
            CmpContext context, String customerId, String accountId, String resourceId, Supplier<PrintStream> out) {
        if (context == null) {
            throw new IllegalArgumentException(
                    "CmpLogger: context is required, got null; use CmpContext.local() for local runs");
        }
        this.context = context;
        this.customerId = customerId;
        this.accountId = accountId;
        this.resourceId = resourceId;
        this.out = out;
    }

    /**
     * Logs {@code body} with severity {@code info}.
     *
     * @param body the message
     */
    public void info(String body) {
        log("info", body);
    }

    /**
     * Logs {@code body} with severity {@code warn}.
     *
     * @param body the message
     */
    public void warn(String body) {
        log("warn", body);
    }

    /**
     * Logs {@code body} with severity {@code error}.
     *
     * @param body the message
     */
    public void error(String body) {
        log("error", body);
    }

    /**
     * Logs {@code body} with severity {@code exception}.
     *
     * @param body the message
     */
    public void exception(String body) {
        log("exception", body);
    }

    /**
     * Returns {@code body} prefixed with the customer, account and resource, as it is logged.
     *
     * @param body the message body; null prints {@code None}
     * @return the full message as it is logged, without severity
     */
    public String format(String body) {
        return "Target(customer: " + orNone(customerId) + ",account: " + orNone(accountId) + ", resource: "
                + orNone(resourceId) + "): " + orNone(body);
    }

    private void log(String severity, String body) {
        String message = format(body);
        if (context.moduleId().isPresent()) {
            context.log(message, severity);
        } else {
            out.get().println(severity + "\t" + message);
        }
    }

    private static Supplier<PrintStream> fixed(PrintStream out) {
        if (out == null) {
            throw new IllegalArgumentException("CmpLogger: out is required, got null");
        }
        return () -> out;
    }

    // Python's str.format shows a missing value as None; logs read the same in both libraries.
    private static String orNone(String value) {
        return value == null ? "None" : value;
    }

    @Override
    public String toString() {
        return "CmpLogger[" + format("…") + "]";
    }
}

package dev.cmpkit.runtime.errors;

/** Thrown by a connector when the provider has no billing report for the requested period. */
public class NoBillingReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the message "No billing report found". */
    public NoBillingReportException() {
        this(null);
    }

    /**
     * Creates the exception with a custom message.
     *
     * @param message the message; null or empty gives "No billing report found"
     */
    public NoBillingReportException(String message) {
        this(message, null);
    }

    /**
     * Creates the exception with a custom message and a cause.
     *
     * @param message the message; null or empty gives "No billing report found"
     * @param cause the underlying failure, or null
     */
    public NoBillingReportException(String message, Throwable cause) {
        super(message == null || message.isEmpty() ? "No billing report found" : message, cause);
    }
}

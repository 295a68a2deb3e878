package dev.cmpkit.runtime.errors;

/** Thrown by a connector when the account lacks a permission it needs, for example to read billing data. */
public class InsufficientPermissionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the message "Insufficient permission". */
    public InsufficientPermissionException() {
        this(null);
    }

    /**
     * Creates the exception with a custom message.
     *
     * @param message the message; null or empty gives "Insufficient permission"
     */
    public InsufficientPermissionException(String message) {
        this(message, null);
    }

    /**
     * Creates the exception with a custom message and a cause.
     *
     * @param message the message; null or empty gives "Insufficient permission"
     * @param cause the underlying failure, or null
     */
    public InsufficientPermissionException(String message, Throwable cause) {
        super(message == null || message.isEmpty() ? "Insufficient permission" : message, cause);
    }
}

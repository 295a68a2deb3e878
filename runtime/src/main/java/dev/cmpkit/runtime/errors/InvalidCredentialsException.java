package dev.cmpkit.runtime.errors;

/** Thrown by a connector when the account's credentials are rejected by the provider. */
public class InvalidCredentialsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the message "Invalid Credentials". */
    public InvalidCredentialsException() {
        this(null);
    }

    /**
     * Creates the exception with a custom message.
     *
     * @param message the message; null or empty gives "Invalid Credentials"
     */
    public InvalidCredentialsException(String message) {
        this(message, null);
    }

    /**
     * Creates the exception with a custom message and a cause.
     *
     * @param message the message; null or empty gives "Invalid Credentials"
     * @param cause the underlying failure, or null
     */
    public InvalidCredentialsException(String message, Throwable cause) {
        super(message == null || message.isEmpty() ? "Invalid Credentials" : message, cause);
    }
}

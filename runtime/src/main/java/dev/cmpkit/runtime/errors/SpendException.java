package dev.cmpkit.runtime.errors;

/** Thrown by a spend collector for any spend failure that has no more specific exception. */
public class SpendException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     */
    public SpendException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure, or null
     */
    public SpendException(String message, Throwable cause) {
        super(message, cause);
    }
}

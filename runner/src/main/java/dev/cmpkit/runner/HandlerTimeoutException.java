package dev.cmpkit.runner;

/** The handler did not return within the run's {@code --timeout}; reported as {@code Timeout}. */
final class HandlerTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    HandlerTimeoutException(String command, long seconds) {
        super(command + " handler did not return within " + seconds + " s (--timeout " + seconds + ")");
    }
}

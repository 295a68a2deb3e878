package dev.cmpkit.runner;

/**
 * Reads what the envelope shows of a failure without trusting the exception: a connector's
 * exception may throw from {@code getMessage()} or {@code toString()}, and the runner must still
 * answer with an envelope.
 */
final class Failures {

    private Failures() {}

    /** The exception's message; empty when it has none, a placeholder when reading it fails. */
    static String message(Throwable error) {
        try {
            String message = error.getMessage();
            return message == null ? "" : message;
        } catch (RuntimeException | Error e) {
            return "<getMessage() of " + error.getClass().getName() + " threw "
                    + e.getClass().getName() + ">";
        }
    }

    /** {@code Throwable.toString()}, or the class name when that fails. */
    static String describe(Throwable error) {
        try {
            return String.valueOf(error);
        } catch (RuntimeException | Error e) {
            return error.getClass().getName() + ": " + message(error);
        }
    }
}

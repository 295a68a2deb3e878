package dev.cmpkit.runner;

/**
 * A line given to the worker that is not {@code {"kind": COMMAND, "event": {...}}} (with optional
 * {@code "config"} and {@code "secrets"} objects); reported as {@code BadEvent}.
 */
final class BadEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadEventException(long line, String problem) {
        super("line " + line + " " + problem + "; expected {\"kind\": one of " + Operation.commands()
                + ", \"event\": {...}} with optional \"config\" and \"secrets\" objects");
    }
}

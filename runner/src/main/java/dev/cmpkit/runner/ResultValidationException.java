package dev.cmpkit.runner;

import java.util.List;

/**
 * A handler's result does not have the shape CMP reads for its kind. The message is a JSON list
 * of problems, each naming the path inside the result, e.g. {@code "result.metrics.0.time:
 * required, missing"}.
 */
final class ResultValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    ResultValidationException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** The problems, one per mismatch, in the validator's order. */
    List<String> problems() {
        return problems;
    }
}

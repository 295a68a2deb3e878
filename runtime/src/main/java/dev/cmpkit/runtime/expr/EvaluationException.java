package dev.cmpkit.runtime.expr;

/**
 * Thrown when a parsed expression cannot produce a value for the given variables: arithmetic
 * or an ordering comparison on null, a result that is not finite, or a variable value that is
 * not a number.
 */
public class EvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, naming the operator or variable and its position
     */
    public EvaluationException(String message) {
        super(message);
    }
}

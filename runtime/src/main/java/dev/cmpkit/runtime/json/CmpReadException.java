package dev.cmpkit.runtime.json;

/**
 * CMP JSON that cannot be read into the requested type: malformed JSON, a value of the wrong JSON
 * type, an unknown key, or a value its builder rejects. The message says what was expected and
 * where, as a JSON Pointer into the input ({@code /details/server/state}).
 */
public final class CmpReadException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and what was expected
     * @param path where, as a JSON Pointer; empty for the whole input
     * @param cause the underlying failure, or null
     */
    public CmpReadException(String message, String path, Throwable cause) {
        super(message + " at " + (path.isEmpty() ? "the top level" : path), cause);
        this.path = path;
    }

    /** Where in the input the problem is, as a JSON Pointer; empty for the whole input. */
    public String path() {
        return path;
    }
}

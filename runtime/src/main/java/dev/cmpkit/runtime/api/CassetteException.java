package dev.cmpkit.runtime.api;

/** An unchecked failure to read or write a cassette file; the message names the file. */
public final class CassetteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CassetteException(String message) {
        super(message);
    }

    CassetteException(String message, Throwable cause) {
        super(message, cause);
    }
}

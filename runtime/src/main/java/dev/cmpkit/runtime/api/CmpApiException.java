package dev.cmpkit.runtime.api;

import java.util.Optional;

/**
 * An unchecked failure of a CMP API call: the request could not be made or completed, or CMP
 * answered with a status the caller could not accept.
 *
 * <p>Messages name the HTTP method and path, never credentials or query strings.
 */
public final class CmpApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The HTTP method, or null when the failure is not tied to one request. */
    private final String method;
    /** The request path (without query), or null. */
    private final String path;
    /** The answer CMP gave, when the failure is a bad answer. */
    private final transient CmpResponse response;

    /**
     * A failure described only by a message, e.g. a bad answer reported by a helper.
     *
     * @param message what went wrong
     */
    public CmpApiException(String message) {
        super(message);
        this.method = null;
        this.path = null;
        this.response = null;
    }

    /**
     * A bad answer from CMP.
     *
     * @param message what went wrong, usually quoting the status and body
     * @param response the answer
     */
    public CmpApiException(String message, CmpResponse response) {
        super(message);
        this.method = response == null ? null : response.method();
        this.path = response == null ? null : response.path();
        this.response = response;
    }

    /**
     * A request that could not be made or completed (connection refused, timeout, I/O error).
     *
     * @param method the HTTP method
     * @param path the request path, without query
     * @param cause the underlying failure
     */
    public CmpApiException(String method, String path, Throwable cause) {
        super(method + " " + path + " failed: " + describe(cause), cause);
        this.method = method;
        this.path = path;
        this.response = null;
    }

    /** Returns the HTTP method of the failed request, if the failure belongs to one. */
    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    /** Returns the path of the failed request (without query), if the failure belongs to one. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** Returns CMP's answer, when the failure is an unacceptable answer. */
    public Optional<CmpResponse> response() {
        return Optional.ofNullable(response);
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown cause";
        }
        String text = cause.getMessage();
        // Several JDK network exceptions carry no message; their class name is then the story.
        String kind = cause.getClass().getSimpleName();
        return text == null || text.isBlank() ? kind : kind + ": " + text;
    }
}

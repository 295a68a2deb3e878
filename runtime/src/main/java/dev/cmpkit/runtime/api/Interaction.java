package dev.cmpkit.runtime.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One recorded HTTP exchange as it is stored in a cassette: the request (already redacted)
 * and the response with its exact body bytes.
 */
// The bodies are the exact bytes recorded; interactions are found with matches(), never with equals.
@SuppressWarnings("ArrayRecordComponent")
record Interaction(
        String method,
        String uri,
        Map<String, List<String>> requestHeaders,
        byte[] requestBody,
        int status,
        Map<String, List<String>> responseHeaders,
        byte[] responseBody) {

    /** Requests match on method, (redacted) URL and body bytes, as vcrpy's default matchers do. */
    boolean matches(String otherMethod, String otherUri, byte[] otherBody) {
        return method.equalsIgnoreCase(otherMethod) && uri.equals(otherUri) && Arrays.equals(requestBody, otherBody);
    }
}

package dev.cmpkit.runtime.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Removes secrets from what a cassette writes: credential headers, user info in URLs and
 * credential-like query parameters.
 *
 * <p>The same redaction is applied to live requests before matching, so a recorded exchange
 * still matches the request that produced it.
 */
final class Redaction {

    static final String REDACTED = "REDACTED";

    /** Lower-case header names whose values are secrets. */
    private static final Set<String> SECRET_HEADERS = Set.of(
            "authorization",
            "proxy-authorization",
            "cookie",
            "set-cookie",
            "x-api-key",
            "x-auth-token",
            "x-amz-security-token");

    /** Lower-case query parameter names whose values are secrets. */
    private static final Set<String> SECRET_PARAMS = Set.of(
            "access_token",
            "api_key",
            "apikey",
            "api-key",
            "client_secret",
            "password",
            "secret",
            "token",
            "x-amz-signature",
            "x-amz-security-token",
            "signature",
            "sig");

    private Redaction() {}

    /** A sorted copy of {@code headers} with secret values replaced. */
    static Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            boolean secret = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            out.put(name, secret ? values.stream().map(v -> REDACTED).toList() : List.copyOf(values));
        });
        return out;
    }

    /** The URL without user info and with secret query values replaced. */
    static String uri(URI uri) {
        String query = uri.getRawQuery();
        String redactedQuery = query == null ? null : query(query);
        try {
            // The multi-argument constructor would re-encode; assemble from raw parts instead.
            StringBuilder text = new StringBuilder();
            text.append(uri.getScheme()).append("://").append(uri.getHost());
            if (uri.getPort() >= 0) {
                text.append(':').append(uri.getPort());
            }
            text.append(uri.getRawPath() == null ? "" : uri.getRawPath());
            if (redactedQuery != null) {
                text.append('?').append(redactedQuery);
            }
            return new URI(text.toString()).toString();
        } catch (URISyntaxException e) {
            // Cannot happen for a URI the HTTP client accepted; never fall back to the raw text.
            throw new IllegalStateException("cannot rebuild URL for recording", e);
        }
    }

    private static String query(String rawQuery) {
        StringBuilder out = new StringBuilder();
        for (String pair : rawQuery.split("&", -1)) {
            if (out.length() > 0) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (eq >= 0 && SECRET_PARAMS.contains(name.toLowerCase(Locale.ROOT))) {
                out.append(name).append("=").append(REDACTED);
            } else {
                out.append(pair);
            }
        }
        return out.toString();
    }
}

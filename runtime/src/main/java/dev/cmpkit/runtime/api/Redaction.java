package dev.cmpkit.runtime.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Removes secrets from what a cassette writes: credential headers, user info in URLs,
 * credential-like query parameters, and credential-like fields of JSON bodies at any depth.
 *
 * <p>A name is credential-like when it is {@code Authorization}, {@code Proxy-Authorization},
 * {@code Cookie} or {@code Set-Cookie}, or contains (in any case) {@code key}, {@code token},
 * {@code secret}, {@code password}, {@code passwd}, {@code auth} or {@code credential}.
 *
 * <p>The same redaction is applied to live requests before matching, so a recorded exchange
 * still matches the request that produced it.
 */
final class Redaction {

    static final String REDACTED = "REDACTED";

    /** Lower-case names that are secrets as a whole. */
    private static final Set<String> SECRET_NAMES = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "signature", "sig", "x-amz-signature");

    /** Lower-case parts that make any name a secret's. */
    private static final List<String> SECRET_PARTS =
            List.of("key", "token", "secret", "password", "passwd", "auth", "credential");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Redaction() {}

    /** A sorted copy of {@code headers} with secret values replaced. */
    static Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            boolean secret = isSecretName(name);
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
            if (eq >= 0 && isSecretName(name)) {
                out.append(name).append("=").append(REDACTED);
            } else {
                out.append(pair);
            }
        }
        return out.toString();
    }

    /** Whether values under this header, parameter or JSON field name are secrets. */
    static boolean isSecretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (SECRET_NAMES.contains(lower)) {
            return true;
        }
        for (String part : SECRET_PARTS) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A JSON body with the values of credential-like fields replaced, at any depth; any other body
     * (not JSON, or JSON without such fields) is returned as it is, byte for byte.
     */
    static byte[] body(byte[] body) {
        if (body.length == 0 || (body[0] != '{' && body[0] != '[' && !Character.isWhitespace(body[0]))) {
            return body;
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException notJson) {
            return body;
        }
        if (tree == null || !redactFields(tree)) {
            return body;
        }
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a redacted JSON body", e);
        }
    }

    private static boolean redactFields(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (isSecretName(name) && !value.isContainerNode() && !value.isNull()) {
                    object.put(name, REDACTED);
                    changed = true;
                } else {
                    changed |= redactFields(value);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                changed |= redactFields(element);
            }
        }
        return changed;
    }
}

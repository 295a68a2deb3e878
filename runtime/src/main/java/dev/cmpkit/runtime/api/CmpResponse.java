package dev.cmpkit.runtime.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CMP's answer to one request: status, headers and body, with the body readable as text or JSON.
 */
public final class CmpResponse {

    private final String method;
    private final String path;
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    CmpResponse(String method, String path, int status, Map<String, List<String>> headers, byte[] body) {
        this.method = method;
        this.path = path;
        this.status = status;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body.clone();
    }

    /** Returns the HTTP method of the request this answers. */
    public String method() {
        return method;
    }

    /** Returns the path of the request this answers, without query. */
    public String path() {
        return path;
    }

    /** Returns the HTTP status code. */
    public int status() {
        return status;
    }

    /** Returns the response headers; names are matched case-insensitively. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Returns the first value of a header.
     *
     * @param name a header name, any case
     * @return the first value of that header, if present
     */
    public Optional<String> header(String name) {
        List<String> values = name == null ? null : headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Returns the body decoded with the charset of the Content-Type header, UTF-8 by default. */
    public String body() {
        return new String(body, charset());
    }

    /** Returns a copy of the raw body bytes. */
    public byte[] bodyBytes() {
        return body.clone();
    }

    /**
     * Parses the body as JSON.
     *
     * @return the JSON tree
     * @throws CmpApiException if the body is not JSON, naming the request
     */
    public JsonNode json() {
        return json(JsonNode.class);
    }

    /**
     * Parses the body as JSON into a type Jackson can bind.
     *
     * @param type the target type
     * @param <T> the target type
     * @return the bound value
     * @throws CmpApiException if the body does not parse into {@code type}, naming the request
     */
    public <T> T json(Class<T> type) {
        if (type == null) {
            throw new IllegalArgumentException("json(type): type is required, got null");
        }
        try {
            return Json.MAPPER.readValue(body(), type);
        } catch (JsonProcessingException e) {
            throw new CmpApiException(
                    "Response to " + method + " " + path + " (status " + status + ") is not JSON for "
                            + type.getSimpleName() + ": " + e.getOriginalMessage(),
                    this);
        }
    }

    private Charset charset() {
        // Content-Type: application/json; charset=ISO-8859-1 -> ISO-8859-1
        for (String part : header("Content-Type").orElse("").split(";", -1)) {
            String trimmed = part.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name =
                        trimmed.substring("charset=".length()).replace("\"", "").trim();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    @Override
    public String toString() {
        return "CmpResponse[" + method + " " + path + " -> " + status + ", " + body.length + " bytes]";
    }
}

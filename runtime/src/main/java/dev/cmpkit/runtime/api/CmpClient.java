package dev.cmpkit.runtime.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A client for the CMP REST API on {@code java.net.http}: JSON bodies, basic or bearer
 * authentication, connect and request timeouts, and failures that name the request but never
 * the credentials.
 *
 * <pre>{@code
 * CmpClient api = CmpClient.builder()
 *         .baseUrl("https://cmp.example.com/api")
 *         .basicAuth(key, secret)
 *         .build();
 * CmpResponse r = api.post(CmpClient.path("tasks", taskId, "update"), Map.of("percentage", 50));
 * }</pre>
 *
 * <p>Paths are taken as already encoded; build any path that contains ids with
 * {@link #path(String...)}, which percent-encodes each segment so that an id can never change
 * the path or the query. Instances are immutable and thread-safe.
 */
public final class CmpClient {

    /** Connect timeout when none is set. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Timeout for a whole exchange, the response body included, when none is set. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** The largest response body read when no other limit is set: 64 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L << 20;

    private final String baseUrl;
    private final String authorization;
    private final String authKind;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final long maxResponseBytes;
    /**
     * Makes the transport on first use: creating a {@code java.net.http.HttpClient} sets up TLS,
     * several hundred classes and a tenth of a second or more, which an event whose handler never
     * calls the CMP API should not pay for.
     */
    private final Supplier<HttpClient> makeHttp;

    private volatile HttpClient http;

    private CmpClient(Builder b, String baseUrl, Supplier<HttpClient> makeHttp) {
        this.baseUrl = baseUrl;
        this.authorization = b.authorization;
        this.authKind = b.authKind;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.maxResponseBytes = b.maxResponseBytes;
        this.makeHttp = makeHttp;
    }

    private CmpClient(CmpClient other, HttpClient http) {
        this.baseUrl = other.baseUrl;
        this.authorization = other.authorization;
        this.authKind = other.authKind;
        this.connectTimeout = other.connectTimeout;
        this.requestTimeout = other.requestTimeout;
        this.maxResponseBytes = other.maxResponseBytes;
        this.makeHttp = () -> http;
        this.http = http;
    }

    /** Returns a builder; {@code baseUrl} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a path from raw segments, percent-encoding each one (UTF-8, everything but
     * letters, digits and {@code -._~}): {@code path("tasks", "a/b?c", "update")} is
     * {@code /tasks/a%2Fb%3Fc/update}.
     *
     * @param segments the segments, each non-null, non-empty and not {@code .} or {@code ..}
     * @return the path, starting with {@code /}
     * @throws IllegalArgumentException naming the bad segment
     */
    public static String path(String... segments) {
        return UrlEncoding.path(segments);
    }

    /**
     * Sends a GET request.
     *
     * @param path an encoded path, e.g. from {@link #path(String...)}
     * @return CMP's answer, whatever its status
     * @throws CmpApiException if the request could not be made or completed
     */
    public CmpResponse get(String path) {
        return send("GET", path, Map.of(), null, false);
    }

    /**
     * Sends a GET request with query parameters.
     *
     * @param path an encoded path
     * @param query query parameters in iteration order, encoded here; an {@code Iterable} value
     *     repeats the parameter; null values are rejected
     * @return CMP's answer, whatever its status
     * @throws CmpApiException if the request could not be made or completed
     */
    public CmpResponse get(String path, Map<String, ?> query) {
        if (query == null) {
            throw new IllegalArgumentException("GET " + path + ": query is required, got null; use get(path)");
        }
        return send("GET", path, query, null, false);
    }

    /**
     * Sends a POST request with a JSON body.
     *
     * @param path an encoded path
     * @param body written as JSON by Jackson (a {@code String} becomes a JSON string; pass a
     *     {@code JsonNode} for JSON you already have); null sends no body
     * @return CMP's answer, whatever its status
     * @throws CmpApiException if the request could not be made or completed
     */
    public CmpResponse post(String path, Object body) {
        return send("POST", path, Map.of(), body, true);
    }

    /** Like {@link #post(String, Object)} with PUT. */
    public CmpResponse put(String path, Object body) {
        return send("PUT", path, Map.of(), body, true);
    }

    /** Like {@link #post(String, Object)} with PATCH. */
    public CmpResponse patch(String path, Object body) {
        return send("PATCH", path, Map.of(), body, true);
    }

    /**
     * Sends a DELETE request.
     *
     * @param path an encoded path
     * @return CMP's answer, whatever its status
     * @throws CmpApiException if the request could not be made or completed
     */
    public CmpResponse delete(String path) {
        return send("DELETE", path, Map.of(), null, false);
    }

    /** Returns the base URL, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Returns the connect timeout. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Returns the request timeout. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** The transport, made on first use; record/replay wraps it. */
    HttpClient httpClient() {
        HttpClient made = http;
        if (made == null) {
            synchronized (this) {
                made = http;
                if (made == null) {
                    made = makeHttp.get();
                    http = made;
                }
            }
        }
        return made;
    }

    /** A client identical to this one that sends through {@code other}. */
    CmpClient withHttpClient(HttpClient other) {
        return new CmpClient(this, other);
    }

    private CmpResponse send(String method, String path, Map<String, ?> query, Object body, boolean hasBody) {
        URI uri = resolve(method, path, query);
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", "cmpkit");
        if (hasBody && body != null) {
            publisher = HttpRequest.BodyPublishers.ofByteArray(toJson(method, path, body));
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.method(method, publisher);
        HttpResponse<byte[]> response;
        // The request's own timeout ends at the response headers; waiting on the whole exchange
        // also bounds a body that stalls or trickles after them.
        CompletableFuture<HttpResponse<byte[]>> exchange =
                httpClient().sendAsync(request.build(), LimitedBody.handler(maxResponseBytes));
        try {
            response = exchange.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new CmpApiException(
                    method,
                    path,
                    new HttpTimeoutException("no complete response from " + baseUrl + " within the request timeout of "
                            + requestTimeout));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new CmpApiException(method, path, cause == null ? e : cause);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new CmpApiException(method, path, e);
        }
        return new CmpResponse(
                method, path, response.statusCode(), response.headers().map(), response.body());
    }

    private URI resolve(String method, String path, Map<String, ?> query) {
        if (path == null) {
            throw new IllegalArgumentException(method + ": path is required, got null");
        }
        if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
            throw new IllegalArgumentException(method + " '" + path + "': the path must not contain '?' or "
                    + "'#'; pass query parameters to get(path, query) and build ids with CmpClient.path");
        }
        String text = baseUrl + (path.startsWith("/") ? path : "/" + path);
        String encodedQuery = query.isEmpty() ? "" : UrlEncoding.query(query);
        if (!encodedQuery.isEmpty()) {
            text += "?" + encodedQuery;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    method + " '" + path + "' is not a valid encoded URL path (" + e.getReason()
                            + "); build paths that contain ids with CmpClient.path(...)",
                    e);
        }
    }

    private static byte[] toJson(String method, String path, Object body) {
        try {
            return Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "body of " + method + " " + path + " (a " + body.getClass().getName()
                            + ") cannot be written as JSON: " + e.getOriginalMessage(),
                    e);
        }
    }

    /** Shows the base URL, the kind of authentication and the timeouts; never a credential. */
    @Override
    public String toString() {
        return "CmpClient[baseUrl=" + baseUrl + ", auth=" + authKind + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + "]";
    }

    /** Collects the settings of a {@link CmpClient}; validated in {@link #build()}. */
    public static final class Builder {

        private String baseUrl;
        private String authorization;
        private String authKind = "none";
        private int authSettings;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private String problem;

        private Builder() {}

        /**
         * Sets the URL of the CMP API.
         *
         * @param baseUrl absolute http or https URL of the API, e.g. {@code https://cmp.example.com/api};
         *     no credentials, query or fragment
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Authenticates every request with HTTP basic authentication.
         *
         * @param key the API key (user id); non-empty, without {@code :}
         * @param secret the API secret
         * @return this builder
         */
        public Builder basicAuth(String key, String secret) {
            authSettings++;
            if (key == null || key.isEmpty()) {
                problem = "basicAuth key must be non-empty";
            } else if (key.indexOf(':') >= 0) {
                problem = "basicAuth key must not contain ':' (HTTP basic authentication cannot carry it)";
            } else if (secret == null) {
                problem = "basicAuth secret is required, got null";
            } else if (hasControl(key) || hasControl(secret)) {
                problem = "basicAuth key and secret must not contain control characters (such as a line break"
                        + " or a tab); check how they were read";
            } else {
                String pair = key + ":" + secret;
                authorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
                authKind = "basic";
            }
            return this;
        }

        /**
         * Authenticates every request with {@code Authorization: Bearer <token>}.
         *
         * @param token the token; non-empty, one line
         * @return this builder
         */
        public Builder bearerToken(String token) {
            authSettings++;
            if (token == null || token.isEmpty()) {
                problem = "bearerToken must be non-empty";
            } else if (hasControl(token)) {
                // The value is never quoted: an HTTP header cannot carry it, and it is a secret.
                problem = "bearerToken must not contain control characters (such as a line break or a tab);"
                        + " check how the token was read";
            } else {
                authorization = "Bearer " + token;
                authKind = "bearer";
            }
            return this;
        }

        /**
         * Sets the connect timeout.
         *
         * @param timeout how long to wait for a connection; positive; default 10 s
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * Sets the request timeout.
         *
         * @param timeout how long to wait for each whole exchange, the response body included;
         *     positive; default 60 s
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /**
         * Sets the largest response body the client reads.
         *
         * @param maxBytes the largest response body to read; a larger one fails the request with a
         *     {@link CmpApiException}; positive; default {@link CmpClient#DEFAULT_MAX_RESPONSE_BYTES}
         * @return this builder
         */
        public Builder maxResponseBytes(long maxBytes) {
            this.maxResponseBytes = maxBytes;
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws IllegalArgumentException naming the setting that is missing or wrong
         */
        public CmpClient build() {
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            if (authSettings > 1) {
                throw new IllegalArgumentException(
                        "set one of basicAuth or bearerToken, once; got " + authSettings + " authentication settings");
            }
            checkTimeout("connectTimeout", connectTimeout);
            checkTimeout("requestTimeout", requestTimeout);
            if (maxResponseBytes <= 0) {
                throw new IllegalArgumentException("maxResponseBytes must be positive, got " + maxResponseBytes);
            }
            String base = checkBaseUrl(baseUrl);
            Duration connect = connectTimeout;
            return new CmpClient(
                    this,
                    base,
                    () -> HttpClient.newBuilder()
                            .connectTimeout(connect)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build());
        }

        private static boolean hasControl(String text) {
            return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        }

        private static void checkTimeout(String name, Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration, got " + timeout);
            }
        }

        private static String checkBaseUrl(String url) {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("baseUrl is required, e.g. https://cmp.example.com/api");
            }
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getReason(), e);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("baseUrl must be an absolute http or https URL, got '" + url + "'");
            }
            if (uri.getRawUserInfo() != null) {
                // The URL would end up in messages and recordings; do not echo it.
                throw new IllegalArgumentException("baseUrl must not contain credentials; use basicAuth");
            }
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("baseUrl has no host: '" + url + "'");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("baseUrl must not have a query or fragment: '" + url + "'");
            }
            String text = uri.toString();
            while (text.endsWith("/")) {
                text = text.substring(0, text.length() - 1);
            }
            return text;
        }
    }
}

package dev.cmpkit.runtime.api;

import dev.cmpkit.runtime.json.JsonValues;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What a connector run knows about its surroundings: the CMP API client, the module id (set
 * only in production) and an HTTP client for the connector's own calls.
 *
 * <p>{@link #httpClient()} is the {@code java.net.http.HttpClient} cmpkit hands out: use it for
 * calls to the provider so that record/replay ({@link Cassettes}) captures them along with the
 * calls made through {@link #api()}.
 */
public final class CmpContext {

    private static final DateTimeFormatter LOG_TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT);

    private final CmpClient api;
    private final String moduleId;
    private final LazyHttp http;
    private final Clock clock;
    private final PrintStream diagnostics;
    private final Map<String, Object> config;
    private final Secrets secrets;

    CmpContext(CmpClient api, String moduleId, HttpClient http, Clock clock, PrintStream diagnostics) {
        this(api, moduleId, new LazyHttp(() -> http), clock, diagnostics, Map.of(), Secrets.NONE);
    }

    private CmpContext(
            CmpClient api,
            String moduleId,
            LazyHttp http,
            Clock clock,
            PrintStream diagnostics,
            Map<String, Object> config,
            Secrets secrets) {
        this.api = api;
        this.moduleId = moduleId == null || moduleId.isEmpty() ? null : moduleId;
        this.http = http;
        this.clock = clock;
        this.diagnostics = diagnostics;
        this.config = config;
        this.secrets = secrets;
    }

    /**
     * Returns a copy of this context that carries the module's own settings: its options
     * ({@link #config()}) and its credentials for the provider ({@link #secrets()}).
     *
     * @param config the module's options, JSON-compatible; null means none
     * @param secrets the module's secrets, JSON-compatible; null means none
     * @return the copy; both maps are deep-copied and read-only
     * @throws IllegalArgumentException when a map holds something that is not JSON-compatible
     *     (the message names the key, never a secret's value)
     */
    public CmpContext withSettings(Map<String, ?> config, Map<String, ?> secrets) {
        return new CmpContext(
                api,
                moduleId,
                http,
                clock,
                diagnostics,
                settings("config", config),
                new Secrets(secretSettings(secrets)));
    }

    @SuppressWarnings("unchecked") // immutableCopy keeps a map a map
    private static Map<String, Object> settings(String what, Map<String, ?> values) {
        return values == null ? Map.of() : (Map<String, Object>) JsonValues.immutableCopy(what, values);
    }

    private static Map<String, Object> secretSettings(Map<String, ?> values) {
        try {
            return settings("secrets", values);
        } catch (IllegalArgumentException e) {
            // The copy's message may quote the value; name only the problem.
            throw new IllegalArgumentException("secrets must hold JSON-compatible values (strings, numbers,"
                    + " booleans, lists, objects); one of them is not");
        }
    }

    /** Returns the module's options, read-only; empty when none were given. */
    public Map<String, Object> config() {
        return config;
    }

    /**
     * Returns the module's secrets, read-only; empty when none were given. Its {@code toString}
     * names the keys only.
     */
    public Map<String, Object> secrets() {
        return secrets;
    }

    /**
     * A context for a run inside CMP (module id set) or against a CMP API without a module.
     *
     * @param api the CMP API client; required
     * @param moduleId the module id; null or empty means absent
     * @return the context
     */
    public static CmpContext of(CmpClient api, String moduleId) {
        if (api == null) {
            throw new IllegalArgumentException(
                    "CmpContext.of: api is required, got null; use CmpContext.local() for runs without a CMP API");
        }
        return new CmpContext(api, moduleId, LazyHttp.DEFAULT, Clock.systemUTC(), System.out, Map.of(), Secrets.NONE);
    }

    /** Returns a context for local runs: no module id (loggers print), no CMP API. */
    public static CmpContext local() {
        return new CmpContext(null, null, LazyHttp.DEFAULT, Clock.systemUTC(), System.out, Map.of(), Secrets.NONE);
    }

    /** Returns the module id; present only in production runs. */
    public Optional<String> moduleId() {
        return Optional.ofNullable(moduleId);
    }

    /**
     * Returns the CMP API client.
     *
     * @return the CMP API client
     * @throws IllegalStateException in a local context, which has none
     */
    public CmpClient api() {
        if (api == null) {
            throw new IllegalStateException("this is a local CmpContext without a CMP API client; "
                    + "create it with CmpContext.of(client, moduleId) to call CMP");
        }
        return api;
    }

    /** Returns whether {@link #api()} has a client. */
    public boolean hasApi() {
        return api != null;
    }

    /**
     * Returns the HTTP client for the connector's own calls.
     *
     * @return the HTTP client for the connector's own calls (to the provider); recorded and
     *     replayed along with the CMP API when record/replay is on
     */
    public HttpClient httpClient() {
        return http.get();
    }

    /**
     * Logs a message to CMP: posts {@code [{"message", "severity" (upper case), "service":
     * "nflex.flexer", "timestamp", "resource_id": "nflex-module-<moduleId>"}]} to {@code /logs}
     * ({@code resource_id} only when a module id is set).
     *
     * <p>Logging never fails the run: if CMP cannot be reached or answers with a status other
     * than 200, one line saying so goes to standard output. A local context has no API and
     * prints {@code <severity>\t<message>} instead.
     *
     * @param message the message
     * @param severity e.g. {@code info}, {@code warn}, {@code error}
     */
    public void log(String message, String severity) {
        if (message == null) {
            throw new IllegalArgumentException("log: message is required, got null");
        }
        if (severity == null || severity.isBlank()) {
            throw new IllegalArgumentException("log: severity must be non-empty, e.g. \"info\"; got "
                    + (severity == null ? "null" : "'" + severity + "'"));
        }
        if (api == null) {
            diagnostics.println(severity + "\t" + message);
            return;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("message", message);
        entry.put("severity", severity.toUpperCase(Locale.ROOT));
        entry.put("service", "nflex.flexer");
        entry.put("timestamp", LOG_TIMESTAMP.format(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))));
        if (moduleId != null) {
            entry.put("resource_id", "nflex-module-" + moduleId);
        }
        try {
            CmpResponse response = api.post("/logs", List.of(entry));
            if (response.status() != 200) {
                diagnostics.println("Error sending logs to CMP: " + response.status() + ", " + response.body());
            }
        } catch (CmpApiException e) {
            diagnostics.println("Error sending logs to CMP: " + e.getMessage());
        }
    }

    /** A copy whose API client and HTTP client send through transports made by {@code wrap}. */
    CmpContext withTransport(UnaryOperator<HttpClient> wrap) {
        CmpClient wrappedApi = api == null ? null : api.withHttpClient(wrap.apply(api.httpClient()));
        LazyHttp wrapped = new LazyHttp(() -> wrap.apply(http.get()));
        return new CmpContext(wrappedApi, moduleId, wrapped, clock, diagnostics, config, secrets);
    }

    /** A copy with another clock and diagnostics stream (tests). */
    CmpContext with(Clock otherClock, PrintStream otherDiagnostics) {
        return new CmpContext(api, moduleId, http, otherClock, otherDiagnostics, config, secrets);
    }

    @Override
    public String toString() {
        return "CmpContext[moduleId=" + (moduleId == null ? "none" : moduleId) + ", api=" + (api == null ? "none" : api)
                + ", config=" + config.keySet() + ", secrets=" + secrets + "]";
    }

    /**
     * An HTTP client made on first use and kept: building one sets up TLS, which costs a
     * connector run that never calls out a good part of its start-up time.
     */
    private static final class LazyHttp {
        static final LazyHttp DEFAULT = new LazyHttp(() -> DefaultHttp.CLIENT);

        private Supplier<HttpClient> factory;
        private HttpClient client;

        LazyHttp(Supplier<HttpClient> factory) {
            this.factory = factory;
        }

        synchronized HttpClient get() {
            if (client == null) {
                client = factory.get();
                factory = null;
            }
            return client;
        }
    }

    /** The shared default HTTP client, created on first use. */
    private static final class DefaultHttp {
        // Redirects are followed within the request's origin only, so that credentials the
        // connector sets on a request never go to another server.
        static final HttpClient CLIENT = new SameOriginRedirects(HttpClient.newBuilder()
                .connectTimeout(CmpClient.DEFAULT_CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }
}

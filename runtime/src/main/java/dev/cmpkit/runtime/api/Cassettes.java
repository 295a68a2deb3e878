package dev.cmpkit.runtime.api;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Turns record/replay on for a handler when the {@code DEBUG_VCR} environment variable is set,
 * like the Python library's {@code vcr_cassette_context}.
 *
 * <pre>{@code
 * Handler handler = Cassettes.wrapIfEnabled(new MyConnector()::sync);
 * }</pre>
 *
 * <p>With {@code DEBUG_VCR} set to any non-empty value, each call opens {@code vcr.yaml} in
 * the working directory, runs the handler with a context whose {@link CmpContext#api()} and
 * {@link CmpContext#httpClient()} go through the {@link Cassette}, and writes new exchanges
 * back when the handler returns or throws. Otherwise the handler runs untouched.
 */
public final class Cassettes {

    /** The environment variable that turns record/replay on. */
    public static final String ENV_VARIABLE = "DEBUG_VCR";
    /** The cassette file, relative to the working directory. */
    public static final String DEFAULT_FILE = "vcr.yaml";

    private Cassettes() {}

    /**
     * Wraps {@code handler} with record/replay into {@code vcr.yaml}, active when the real
     * environment has {@code DEBUG_VCR} set.
     *
     * @param handler the connector's handler
     * @return the wrapped handler
     */
    public static Handler wrapIfEnabled(Handler handler) {
        return wrapIfEnabled(handler, System::getenv, Path.of(DEFAULT_FILE));
    }

    /**
     * Wraps {@code handler} with record/replay into {@code file}, active when
     * {@code environment.apply("DEBUG_VCR")} is non-empty at the time of each call.
     *
     * @param handler the connector's handler
     * @param environment reads an environment variable, null when unset (e.g. {@code System::getenv}, or a
     *     {@code Map::get} in tests)
     * @param file the cassette file
     * @return the wrapped handler
     */
    public static Handler wrapIfEnabled(Handler handler, Function<String, String> environment, Path file) {
        if (handler == null || environment == null || file == null) {
            throw new IllegalArgumentException("Cassettes.wrapIfEnabled: handler, environment and file are "
                    + "required; got handler=" + handler + ", environment=" + environment + ", file=" + file);
        }
        return (event, context) -> {
            String flag = environment.apply(ENV_VARIABLE);
            if (flag == null || flag.isEmpty()) {
                return handler.handle(event, context);
            }
            if (context == null) {
                throw new IllegalArgumentException("record/replay needs a CmpContext; got null");
            }
            try (Cassette cassette = Cassette.open(file).redacting(SecretRedactor.of(context.secrets()))) {
                return handler.handle(event, context.withTransport(cassette::wrap));
            }
        };
    }
}

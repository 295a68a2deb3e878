package dev.cmpkit.runner;

import dev.cmpkit.runtime.api.CmpClient;
import dev.cmpkit.runtime.api.CmpContext;
import java.util.Map;

/**
 * Makes the run's {@link CmpContext} as CMP's own runner does: the CMP API's address and
 * credentials from the environment, the module's own settings from the config and secrets files.
 *
 * <p>Environment: {@code CMP_URL} (the CMP API base URL), {@code CMP_USERNAME} with
 * {@code CMP_PASSWORD} (basic auth) or {@code CMP_ACCESS_TOKEN} (bearer), and
 * {@code NFLEX_MODULE_ID}. Without {@code CMP_URL} the context is local: log lines are printed.
 * The config and secrets objects are handed to the connector as they are, through
 * {@link CmpContext#config()} and {@link CmpContext#secrets()}.
 */
final class Contexts {

    static final String URL = "CMP_URL";
    static final String USERNAME = "CMP_USERNAME";
    static final String PASSWORD = "CMP_PASSWORD";
    static final String ACCESS_TOKEN = "CMP_ACCESS_TOKEN";
    static final String MODULE_ID = "NFLEX_MODULE_ID";

    private final Map<String, String> env;

    /** The CMP API client, made once for all the events a worker answers. */
    private CmpClient client;

    /**
     * Makes contexts from the platform's environment.
     *
     * @param env the environment variables
     */
    Contexts(Map<String, String> env) {
        this.env = env;
    }

    /**
     * Makes a fresh context: a local context prints its log lines to the {@code System.out} of
     * the moment it is made, so each event gets its own, made while its output is captured.
     *
     * @param config the config object, or null when none was given
     * @param secrets the secrets object, or null when none was given
     * @return the context
     * @throws IllegalArgumentException for credentials or a module id without {@code CMP_URL}, a
     *     username without a password (or the reverse), both kinds of credentials at once, or a
     *     value the CMP client rejects; messages name the variables, never their values
     */
    CmpContext create(Map<String, Object> config, Map<String, Object> secrets) {
        String url = value(env, URL);
        String username = value(env, USERNAME);
        String password = value(env, PASSWORD);
        String token = value(env, ACCESS_TOKEN);
        String moduleId = value(env, MODULE_ID);
        CmpContext context;
        if (url == null) {
            if (username != null || password != null || token != null) {
                throw new IllegalArgumentException("environment: " + USERNAME + ", " + PASSWORD + " and " + ACCESS_TOKEN
                        + " need the CMP API's address in " + URL);
            }
            context = CmpContext.local();
        } else {
            if (client == null) {
                client = client(url, username, password, token);
            }
            context = CmpContext.of(client, moduleId);
        }
        return context.withSettings(config, secrets);
    }

    private static CmpClient client(String url, String username, String password, String token) {
        CmpClient.Builder client = CmpClient.builder().baseUrl(url);
        if (token != null) {
            if (username != null || password != null) {
                throw new IllegalArgumentException("environment: set either " + ACCESS_TOKEN + " or " + USERNAME
                        + " with " + PASSWORD + ", not both");
            }
            client.bearerToken(token);
        } else if (username != null || password != null) {
            if (username == null || password == null) {
                throw new IllegalArgumentException("environment: " + USERNAME + " and " + PASSWORD + " go together;"
                        + " only " + (username == null ? PASSWORD : USERNAME) + " is set");
            }
            client.basicAuth(username, password);
        }
        return client.build();
    }

    /** An environment variable, with an empty value read as unset, as shells often export them. */
    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isEmpty() ? null : value;
    }
}

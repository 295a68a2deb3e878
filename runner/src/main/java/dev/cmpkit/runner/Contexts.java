package dev.cmpkit.runner;

import dev.cmpkit.runtime.api.CmpClient;
import dev.cmpkit.runtime.api.CmpContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes the run's {@link CmpContext} from the optional config and secrets objects: a local
 * context without them, a context with a CMP API client when the config names one.
 *
 * <p>Config keys: {@code api_url} (the CMP API base URL), {@code module_id}. Secrets keys:
 * {@code api_key} with {@code api_secret} (basic auth), or {@code api_token} (bearer). Other keys
 * are rejected, so that a misspelt key never silently gives a local run.
 */
final class Contexts {

    static final List<String> CONFIG_KEYS = List.of("api_url", "module_id");
    static final List<String> SECRETS_KEYS = List.of("api_key", "api_secret", "api_token");

    private Contexts() {
    }

    /**
     * @param config the config object, or null when none was given
     * @param secrets the secrets object, or null when none was given
     * @return the context
     * @throws IllegalArgumentException for unknown keys, values that are not strings, or secrets
     *     and a module id without an API URL
     */
    static CmpContext create(Map<String, Object> config, Map<String, Object> secrets) {
        Map<String, Object> cfg = config == null ? Map.of() : config;
        Map<String, Object> sec = secrets == null ? Map.of() : secrets;
        checkKeys("config", cfg, CONFIG_KEYS);
        checkKeys("secrets", sec, SECRETS_KEYS);
        String apiUrl = text("config", cfg, "api_url");
        String moduleId = text("config", cfg, "module_id");
        String key = text("secrets", sec, "api_key");
        String secret = text("secrets", sec, "api_secret");
        String token = text("secrets", sec, "api_token");
        if (apiUrl == null) {
            if (moduleId != null || !sec.isEmpty()) {
                throw new IllegalArgumentException("config: module_id and secrets need the CMP API's address; "
                        + "expected \"api_url\" in the config file");
            }
            return CmpContext.local();
        }
        CmpClient.Builder client = CmpClient.builder().baseUrl(apiUrl);
        if (token != null) {
            if (key != null || secret != null) {
                throw new IllegalArgumentException("secrets: expected either api_token or api_key with api_secret, "
                        + "not both");
            }
            client.bearerToken(token);
        } else if (key != null || secret != null) {
            if (key == null || secret == null) {
                throw new IllegalArgumentException("secrets: api_key and api_secret go together; only "
                        + (key == null ? "api_secret" : "api_key") + " was given");
            }
            client.basicAuth(key, secret);
        }
        return CmpContext.of(client.build(), moduleId);
    }

    private static void checkKeys(String role, Map<String, Object> object, List<String> known) {
        Set<String> unknown = new TreeSet<>(object.keySet());
        known.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(role + ": unknown key(s) " + unknown + "; expected any of " + known);
        }
    }

    private static String text(String role, Map<String, Object> object, String key) {
        Object value = object.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        // Secret values are never echoed back.
        throw new IllegalArgumentException(role + ": \"" + key + "\" must be a string, found a "
                + value.getClass().getSimpleName());
    }
}

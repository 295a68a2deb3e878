package dev.cmpkit.testconnectors;

import dev.cmpkit.runner.Connector;
import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.log.CmpLogger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gives back what it was called with, and prints along the way, so tests see what the runner passed. */
public final class EchoConnector implements Connector {

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public Object getResources(Map<String, Object> event, CmpContext context) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("event", event);
        seen.put("module_id", context.moduleId().orElse(null));
        seen.put("has_api", context.hasApi());
        seen.put("api_url", context.hasApi() ? context.api().baseUrl() : null);
        seen.put("config", context.config());
        seen.put("secret_names", List.copyOf(context.secrets().keySet()));
        return seen;
    }

    /** Prints and throws the secret it was given, to show that neither reaches the output. */
    @Override
    public Object getStatus(Map<String, Object> event, CmpContext context) {
        String token = (String) context.secrets().get("provider_token");
        System.out.println("calling the provider with " + token);
        throw new IllegalStateException("provider refused token " + token + "; context " + context);
    }

    /**
     * Sends the secret {@code provider_token} to the provider at {@code event.url} in a header
     * whose name does not look secret, prints the answer (which echoes it) and returns it as a
     * log record: the secret is in the request, the response, the output and the result.
     */
    @Override
    public Object getLogs(Map<String, Object> event, CmpContext context) throws Exception {
        String token = (String) context.secrets().get("provider_token");
        HttpRequest request = HttpRequest.newBuilder(URI.create(event.get("url") + "/v1/events"))
                .header("X-Provider", token)
                .build();
        String answer = context.httpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .body();
        System.out.println("provider answered " + answer);
        return Map.of("logs", List.of(Map.of("message", answer, "severity", "INFO", "time", "2024-06-01T12:00:00Z")));
    }

    @Override
    public Object getMetrics(Map<String, Object> event, CmpContext context) {
        System.out.println("printed to stdout");
        System.err.println("printed to stderr");
        new CmpLogger(context, "cust-1", "acct-2", null).info("logged ünïcode");
        return List.of(1, 2.5, "three");
    }

    @Override
    public Object validateCredentials(Map<String, Object> event, CmpContext context) {
        return new Object(); // Jackson cannot write a plain Object: the runner must report that
    }
}

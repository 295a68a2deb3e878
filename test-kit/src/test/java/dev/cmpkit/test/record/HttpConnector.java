package dev.cmpkit.test.record;

import dev.cmpkit.runner.Connector;
import dev.cmpkit.runtime.GenericResource;
import dev.cmpkit.runtime.api.CmpContext;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** Lists one generic resource named after what the provider at {@code config.url} answers, through the context's client. */
public class HttpConnector implements Connector {

    @Override
    public String name() {
        return "http";
    }

    @Override
    public Object getResources(Map<String, Object> event, CmpContext context) throws Exception {
        URI uri = URI.create(context.config().get("url") + "/name");
        String name = context.httpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        return List.of(
                GenericResource.builder().type("thing").id("r-1").name(name).build());
    }
}

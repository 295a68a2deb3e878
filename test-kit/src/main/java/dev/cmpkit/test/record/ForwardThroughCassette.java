package dev.cmpkit.test.record;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * WireMock's answer to every request the proxy receives: the same request sent to the target
 * through the cassette's client, and its response returned as it came.
 */
final class ForwardThroughCassette implements ResponseTransformerV2 {

    static final String NAME = "cmpkit-forward-through-cassette";

    /**
     * Headers that belong to one connection, not to the exchange, and which
     * {@code java.net.http} sets itself (it refuses some of them from callers).
     */
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "content-length",
            "expect",
            "host",
            "keep-alive",
            "proxy-connection",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade");

    private final String target;
    private final HttpClient upstream;

    ForwardThroughCassette(URI target, HttpClient upstream) {
        String text = target.toString();
        this.target = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.upstream = upstream;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        HttpResponse<byte[]> answer;
        try {
            answer = upstream.send(forwarded(request), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return failure(response, request, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(response, request, "interrupted");
        }
        return Response.Builder.like(response)
                .but()
                .status(answer.statusCode())
                .headers(headersOf(answer.headers().map()))
                .body(answer.body())
                .build();
    }

    private HttpRequest forwarded(Request request) {
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target + request.getUrl()))
                .method(
                        request.getMethod().getName(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        for (HttpHeader header : request.getHeaders().all()) {
            if (!HOP_BY_HOP.contains(header.key().toLowerCase(Locale.ROOT))) {
                for (String value : header.values()) {
                    builder.header(header.key(), value);
                }
            }
        }
        return builder.build();
    }

    private static HttpHeaders headersOf(Map<String, List<String>> headers) {
        List<HttpHeader> kept = new ArrayList<>();
        headers.forEach((name, values) -> {
            // HTTP/2 pseudo-headers and connection headers are not the exchange's; Jetty writes its own.
            if (!name.startsWith(":") && !HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                kept.add(new HttpHeader(name, values));
            }
        });
        return new HttpHeaders(kept);
    }

    /** A 502 that says which request failed and why, as a gateway would. */
    private static Response failure(Response response, Request request, String why) {
        return Response.Builder.like(response)
                .but()
                .status(502)
                .headers(new HttpHeaders(new HttpHeader("Content-Type", "text/plain; charset=utf-8")))
                .body(("cmpkit recording proxy: " + request.getMethod() + " " + request.getUrl()
                                + " is not in the cassette and could not be forwarded: " + why)
                        .getBytes(StandardCharsets.UTF_8))
                .build();
    }
}

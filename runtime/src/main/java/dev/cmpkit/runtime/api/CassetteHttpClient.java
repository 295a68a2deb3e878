package dev.cmpkit.runtime.api;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link HttpClient} that answers from a {@link Cassette} when it holds a matching exchange
 * and otherwise sends through the real client and records the exchange.
 *
 * <p>Every request is handled with the body as bytes: the request body is drained once from
 * its publisher (and re-sent from those bytes), the response body is fetched as bytes and then
 * run through the caller's {@link HttpResponse.BodyHandler}, so callers get what they asked for
 * and the cassette sees exactly what crossed the wire. Server push is not supported.
 */
final class CassetteHttpClient extends BlockingHttpClient {

    private final Cassette cassette;

    CassetteHttpClient(HttpClient delegate, Cassette cassette) {
        super(delegate);
        this.cassette = cassette;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        byte[] requestBody = BodyBytes.of(request);
        String method = request.method();
        SecretRedactor secrets = cassette.secrets();
        String uri = secrets.apply(Redaction.uri(request.uri()));
        byte[] recordedRequestBody = Redaction.body(secrets.apply(requestBody));
        Optional<Interaction> recorded = cassette.take(method, uri, recordedRequestBody);
        if (recorded.isPresent()) {
            Interaction hit = recorded.get();
            return respond(request, hit.status(), hit.responseHeaders(), hit.responseBody(), Version.HTTP_1_1, handler);
        }
        HttpRequest resend = HttpRequest.newBuilder(request, (name, value) -> true)
                .method(
                        method,
                        request.bodyPublisher().isPresent()
                                ? HttpRequest.BodyPublishers.ofByteArray(requestBody)
                                : HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<byte[]> live;
        try {
            live = delegate.send(resend, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            // A bare ConnectException names no request; say which one had no recording, and why it failed.
            IOException named = new IOException(
                    method + " " + uri + " is not recorded in cassette " + cassette.file() + ", and sending it failed: "
                            + e,
                    e);
            throw named;
        }
        byte[] responseBody = live.body() == null ? new byte[0] : live.body();
        cassette.record(new Interaction(
                method,
                uri,
                redacted(secrets, request.headers().map()),
                recordedRequestBody,
                live.statusCode(),
                redacted(secrets, live.headers().map()),
                secrets.apply(responseBody)));
        // The caller gets the live headers; only the file holds the redacted ones.
        return respond(request, live.statusCode(), live.headers().map(), responseBody, live.version(), handler);
    }

    private static Map<String, List<String>> redacted(SecretRedactor secrets, Map<String, List<String>> headers) {
        Map<String, List<String>> out = Redaction.headers(headers);
        if (!secrets.isEmpty()) {
            out.replaceAll((name, values) -> values.stream().map(secrets).toList());
        }
        return out;
    }

    private static <T> HttpResponse<T> respond(
            HttpRequest request,
            int status,
            Map<String, List<String>> headers,
            byte[] body,
            Version version,
            HttpResponse.BodyHandler<T> handler)
            throws IOException {
        HttpHeaders httpHeaders = HttpHeaders.of(headers, (name, value) -> true);
        HttpResponse.ResponseInfo info = new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpHeaders headers() {
                return httpHeaders;
            }

            @Override
            public Version version() {
                return version;
            }
        };
        T value = BodyBytes.deliver(handler.apply(info), body);
        return new ReplayedResponse<>(request, status, httpHeaders, value, version);
    }

    @Override
    public String toString() {
        return "CassetteHttpClient[" + cassette + "]";
    }
}

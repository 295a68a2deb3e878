package dev.cmpkit.runtime.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows redirects within the origin of the request only: a redirect to another scheme, host
 * or port is returned to the caller as it is, so the request's credentials (an
 * {@code Authorization} header, an API key) never reach a server they were not meant for.
 *
 * <p>Wraps a client that follows no redirects itself. Like the JDK's {@code Redirect.NORMAL},
 * 303 (and 301 or 302 after anything but GET or HEAD) continue with a GET without a body; 307 and
 * 308 repeat the request. At most {@value #MAX_HOPS} redirects are followed.
 */
final class SameOriginRedirects extends BlockingHttpClient {

    static final int MAX_HOPS = 5;

    SameOriginRedirects(HttpClient neverFollows) {
        super(neverFollows);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpRequest current = request;
        for (int hop = 0; ; hop++) {
            HttpResponse<T> response = delegate.send(current, handler);
            Optional<URI> next = sameOriginTarget(current, response);
            if (next.isEmpty() || hop == MAX_HOPS) {
                return response;
            }
            current = follow(current, response.statusCode(), next.get());
        }
    }

    /** The redirect target, when the response is a redirect that stays within the request's origin. */
    private static Optional<URI> sameOriginTarget(HttpRequest request, HttpResponse<?> response) {
        int status = response.statusCode();
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            return Optional.empty();
        }
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
            return Optional.empty();
        }
        URI target;
        try {
            target = request.uri().resolve(location.get());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return sameOrigin(request.uri(), target) ? Optional.of(target) : Optional.empty();
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null
                && a.getHost()
                        .toLowerCase(Locale.ROOT)
                        .equals(b.getHost() == null ? null : b.getHost().toLowerCase(Locale.ROOT))
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(Objects.requireNonNullElse(uri.getScheme(), "")) ? 443 : 80;
    }

    private static HttpRequest follow(HttpRequest request, int status, URI target) {
        boolean keepsMethod = status == 307
                || status == 308
                || ((status == 301 || status == 302)
                        && (request.method().equals("GET") || request.method().equals("HEAD")));
        HttpRequest.Builder next =
                HttpRequest.newBuilder(request, (name, value) -> true).uri(target);
        return keepsMethod ? next.build() : next.GET().build();
    }

    @Override
    public Redirect followRedirects() {
        return Redirect.NORMAL;
    }

    @Override
    public String toString() {
        return "HttpClient[follows redirects within the request's origin only]";
    }
}

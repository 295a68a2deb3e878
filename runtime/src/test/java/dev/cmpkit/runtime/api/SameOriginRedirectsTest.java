package dev.cmpkit.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.runtime.api.TestServer.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The HTTP client a context hands out follows redirects within the request's origin only: another
 * port, another host, or plain http after https is returned to the caller, not followed.
 */
class SameOriginRedirectsTest {

    private static HttpRequest withCredentials(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer PROVIDER-SECRET")
                .header("X-Api-Key", "KEY-SECRET")
                .build();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return CmpContext.local().httpClient().send(withCredentials(url), BodyHandlers.ofString());
    }

    @Test
    void aRedirectWithinTheOriginIsFollowedWithTheSameHeaders() throws Exception {
        try (TestServer server = TestServer.start(r -> r.rawPath().equals("/old")
                ? new Reply(302, Map.of("Location", "/new"), new byte[0])
                : Reply.json(200, "{\"at\":\"new\"}"))) {
            HttpResponse<String> response = get(server.baseUrl() + "/old");
            assertEquals(200, response.statusCode());
            assertEquals("{\"at\":\"new\"}", response.body());
            assertEquals("Bearer PROVIDER-SECRET", server.requests().get(1).header("Authorization"));
        }
    }

    @Test
    void aRedirectToAnotherPortIsReturnedNotFollowed() throws Exception {
        try (TestServer other = TestServer.answering(200, "{}");
                TestServer server = TestServer.start(
                        r -> new Reply(307, Map.of("Location", other.baseUrl() + "/steal"), new byte[0]))) {
            HttpResponse<String> response = get(server.baseUrl() + "/x");
            assertEquals(307, response.statusCode(), "the caller sees the redirect");
            assertTrue(other.requests().isEmpty(), "the other port never receives the credentials");
        }
    }

    @Test
    void aRedirectToAnotherHostIsReturnedNotFollowed() throws Exception {
        try (TestServer other = TestServer.answering(200, "{}");
                TestServer server = TestServer.start(r -> new Reply(
                        301,
                        Map.of("Location", other.baseUrl().replace("127.0.0.1", "localhost") + "/steal"),
                        new byte[0]))) {
            HttpResponse<String> response = get(server.baseUrl() + "/x");
            assertEquals(301, response.statusCode());
            assertTrue(other.requests().isEmpty(), "localhost is another origin than 127.0.0.1");
        }
    }

    @Test
    void httpsToHttpOnTheSameHostIsReturnedNotFollowed() throws Exception {
        HttpClient trusting = HttpClient.newBuilder()
                .sslContext(SelfSignedTls.context())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        try (TestServer plain = TestServer.answering(200, "{}");
                TestServer tls = TestServer.startHttps(SelfSignedTls.context(), r -> switch (r.rawPath()) {
                    case "/same" -> new Reply(302, Map.of("Location", "/there"), new byte[0]);
                    case "/there" -> Reply.json(200, "{\"at\":\"there\"}");
                    default -> new Reply(302, Map.of("Location", plain.baseUrl() + "/steal"), new byte[0]);
                })) {
            HttpClient handedOut = new SameOriginRedirects(trusting);
            HttpResponse<String> within =
                    handedOut.send(withCredentials(tls.baseUrl() + "/same"), BodyHandlers.ofString());
            assertEquals("{\"at\":\"there\"}", within.body(), "https within its origin is followed");
            assertEquals("Bearer PROVIDER-SECRET", tls.requests().get(1).header("Authorization"));

            HttpResponse<String> down =
                    handedOut.send(withCredentials(tls.baseUrl() + "/down"), BodyHandlers.ofString());
            assertEquals(302, down.statusCode(), "the caller sees the redirect to plain http");
            assertTrue(plain.requests().isEmpty(), "nothing reaches plain http");
        }
    }

    @Test
    void seeOtherContinuesWithAGetWithoutBody() throws Exception {
        try (TestServer server = TestServer.start(r -> r.rawPath().equals("/form")
                ? new Reply(303, Map.of("Location", "/done"), new byte[0])
                : Reply.json(200, "{}"))) {
            HttpRequest post = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/form"))
                    .POST(HttpRequest.BodyPublishers.ofString("a=1"))
                    .build();
            HttpResponse<String> response =
                    CmpContext.local().httpClient().send(post, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertEquals("GET", server.requests().get(1).method());
        }
    }

    @Test
    void originsCompareSchemeHostAndPort() {
        assertTrue(SameOriginRedirects.sameOrigin(URI.create("https://h/a"), URI.create("https://H:443/b")));
        assertTrue(
                !SameOriginRedirects.sameOrigin(URI.create("https://h/a"), URI.create("http://h/a")),
                "https to http is another origin");
        assertTrue(!SameOriginRedirects.sameOrigin(URI.create("http://h:80/"), URI.create("http://h:8080/")));
        assertNull(URI.create("mailto:x@y").getHost());
        assertTrue(!SameOriginRedirects.sameOrigin(URI.create("http://h/"), URI.create("mailto:x@y")));
    }
}

package dev.cmpkit.runtime.api;

import static dev.cmpkit.testing.RandomCases.anyString;
import static dev.cmpkit.testing.RandomCases.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An id, once encoded, is exactly one path segment (or query value) that decodes back to the id. */
class PathEncodingPropertyTest {

    private static boolean encodable(String id) {
        return !id.isEmpty()
                && !id.equals(".")
                && !id.equals("..")
                && StandardCharsets.UTF_8.newEncoder().canEncode(id);
    }

    @Test
    void anyIdBecomesOneSegmentThatDecodesBack() {
        check(500, random -> {
            String id = anyString(random, 20);
            if (!encodable(id)) {
                return;
            }
            String path = CmpClient.path("servers", id, "detail");
            assertTrue(path.matches("/servers/([A-Za-z0-9._~-]|%[0-9A-F]{2})+/detail"), path);
            URI uri = URI.create("http://h" + path);
            assertEquals(null, uri.getRawQuery());
            String segment = uri.getRawPath().split("/", -1)[2];
            assertEquals(id, URLDecoder.decode(segment, StandardCharsets.UTF_8));
        });
    }

    @Test
    void anyQueryValueDecodesBack() {
        check(300, random -> {
            String name = anyString(random, 12);
            String value = anyString(random, 20);
            if (!encodable(name) || !StandardCharsets.UTF_8.newEncoder().canEncode(value)) {
                return;
            }
            String query = UrlEncoding.query(Map.of(name, value));
            String[] parts = query.split("=", -1);
            assertEquals(2, parts.length, query);
            assertEquals(name, URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
            assertEquals(value, URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        });
    }
}

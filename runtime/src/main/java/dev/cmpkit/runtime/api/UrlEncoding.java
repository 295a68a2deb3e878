package dev.cmpkit.runtime.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Percent-encodes path segments and query components so that no value can change a URL's
 * structure.
 *
 * <p>Everything except RFC 3986 "unreserved" characters is encoded, as UTF-8: this is stricter
 * than the RFC needs, but it means a {@code /}, {@code ?}, {@code #}, {@code %}, {@code ;} or
 * {@code +} inside an id is always data and never syntax.
 */
final class UrlEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlEncoding() {}

    /** Builds {@code /a/b/c} from raw segments; see {@link CmpClient#path(String...)}. */
    static String path(String... segments) {
        if (segments == null || segments.length == 0) {
            throw new IllegalArgumentException("CmpClient.path needs at least one segment");
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            String where = "path segment " + (i + 1) + " of " + segments.length;
            if (segment == null) {
                throw new IllegalArgumentException(where + " is null; expected a non-empty id");
            }
            if (segment.isEmpty()) {
                throw new IllegalArgumentException(where + " is empty; expected a non-empty id");
            }
            // "." and ".." survive percent-encoding as dot segments and would move the path.
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException(
                        where + " is '" + segment + "', which would change the path; expected an id");
            }
            path.append('/').append(encode(segment, where));
        }
        return path.toString();
    }

    /** Builds {@code a=1&b=x%20y} from parameters in iteration order; iterable values repeat the name. */
    static String query(Map<String, ?> params) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, ?> entry : params.entrySet()) {
            String name = entry.getKey();
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException(
                        "query parameter names must be non-empty, got " + (name == null ? "null" : "''"));
            }
            Object value = entry.getValue();
            if (value instanceof Iterable<?> values) {
                for (Object item : values) {
                    appendParam(query, name, item);
                }
            } else {
                appendParam(query, name, value);
            }
        }
        return query.toString();
    }

    private static void appendParam(StringBuilder query, String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("query parameter '" + name + "' is null; leave it out instead");
        }
        if (value.getClass().isArray() || value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            // String.valueOf would send "[Ljava.lang.String;@1b6d3586" or "{a=1}" without complaint.
            throw new IllegalArgumentException("query parameter '" + name + "' must be a scalar or a list of "
                    + "scalars, got " + value.getClass().getSimpleName());
        }
        if (query.length() > 0) {
            query.append('&');
        }
        String where = "query parameter '" + name + "'";
        query.append(encode(name, where)).append('=').append(encode(String.valueOf(value), where));
    }

    private static String encode(String text, String where) {
        ByteBuffer bytes;
        try {
            // A fresh encoder reporting errors: getBytes() would silently turn an unpaired
            // surrogate into '?', sending a request for a different id.
            CharsetEncoder encoder = StandardCharsets.UTF_8
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            bytes = encoder.encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(
                    where + " contains an unpaired surrogate and cannot be " + "encoded as UTF-8: "
                            + text.codePoints().count() + " code points",
                    e);
        }
        StringBuilder out = new StringBuilder(text.length() * 3);
        while (bytes.hasRemaining()) {
            int b = bytes.get() & 0xFF;
            if (isUnreserved(b)) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int b) {
        return (b >= 'a' && b <= 'z')
                || (b >= 'A' && b <= 'Z')
                || (b >= '0' && b <= '9')
                || b == '-'
                || b == '.'
                || b == '_'
                || b == '~';
    }
}

package dev.cmpkit.runtime.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Replaces every secret value of a module by {@code <redacted:NAME>}: in the text the runner
 * prints (the handler's output, error messages, stack traces, the result's strings) and in the
 * exchanges a cassette records (URLs, header values, bodies).
 */
public final class SecretRedactor implements UnaryOperator<String> {

    /** Redacts nothing. */
    public static final SecretRedactor NONE = new SecretRedactor(List.of());

    private record Secret(String name, String value) {}

    /** Longest values first, so that a secret containing another is replaced whole. */
    private final List<Secret> secrets;

    private SecretRedactor(List<Secret> secrets) {
        this.secrets = secrets;
    }

    /**
     * Returns the redactor for a secrets object: every non-empty string in it, at any depth,
     * named by its dotted path ({@code aws.secret_key}).
     *
     * @param secrets the secrets, or null
     * @return the redactor
     */
    public static SecretRedactor of(Map<String, ?> secrets) {
        if (secrets == null || secrets.isEmpty()) {
            return NONE;
        }
        List<Secret> found = new ArrayList<>();
        collect("", secrets, found);
        found.sort(Comparator.comparingInt((Secret secret) -> secret.value().length())
                .reversed());
        return new SecretRedactor(List.copyOf(found));
    }

    private static void collect(String name, Object value, List<Secret> found) {
        if (value instanceof String text && !text.isEmpty()) {
            found.add(new Secret(name, text));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach(
                    (key, nested) -> collect(name.isEmpty() ? String.valueOf(key) : name + "." + key, nested, found));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(name + "." + i, list.get(i), found);
            }
        }
    }

    /** Whether there is nothing to redact. */
    public boolean isEmpty() {
        return secrets.isEmpty();
    }

    /**
     * Redacts bytes that are UTF-8 text; other bytes (binary bodies) are returned as they are.
     *
     * @param bytes the bytes
     * @return the redacted bytes, or {@code bytes} itself when nothing changed
     */
    public byte[] apply(byte[] bytes) {
        if (secrets.isEmpty() || bytes.length == 0) {
            return bytes;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException binary) {
            return bytes;
        }
        String redacted = apply(text);
        return redacted.equals(text) ? bytes : redacted.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Redacts text.
     *
     * @param text the text, or null
     * @return the text with every secret value replaced by {@code <redacted:NAME>}
     */
    @Override
    public String apply(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String redacted = text;
        for (Secret secret : secrets) {
            if (redacted.contains(secret.value())) {
                redacted = redacted.replace(secret.value(), "<redacted:" + secret.name() + ">");
            }
        }
        return redacted;
    }
}

package dev.cmpkit.runner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Replaces every secret value of the module by {@code <redacted:NAME>} in text the runner prints:
 * the handler's captured output, the error message and stack trace, and the strings of the
 * result.
 */
final class Redactor implements UnaryOperator<String> {

    static final Redactor NONE = new Redactor(List.of());

    private record Secret(String name, String value) {
    }

    /** Longest values first, so that a secret containing another is replaced whole. */
    private final List<Secret> secrets;

    private Redactor(List<Secret> secrets) {
        this.secrets = secrets;
    }

    /**
     * Returns the redactor for a secrets object: every non-empty string in it, at any depth,
     * named by its dotted path ({@code aws.secret_key}).
     *
     * @param secrets the secrets, or null
     * @return the redactor
     */
    static Redactor of(Map<String, Object> secrets) {
        if (secrets == null || secrets.isEmpty()) {
            return NONE;
        }
        List<Secret> found = new ArrayList<>();
        collect("", secrets, found);
        found.sort(Comparator.comparingInt((Secret secret) -> secret.value().length()).reversed());
        return new Redactor(List.copyOf(found));
    }

    private static void collect(String name, Object value, List<Secret> found) {
        if (value instanceof String text && !text.isEmpty()) {
            found.add(new Secret(name, text));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, nested) -> collect(name.isEmpty() ? String.valueOf(key) : name + "." + key, nested,
                    found));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(name + "." + i, list.get(i), found);
            }
        }
    }

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

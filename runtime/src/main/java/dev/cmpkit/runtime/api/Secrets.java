package dev.cmpkit.runtime.api;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The module's secrets as a read-only map whose {@code toString} shows the names only, so that a
 * secret never reaches a log line or an exception message by being printed.
 */
final class Secrets extends AbstractMap<String, Object> {

    static final Secrets NONE = new Secrets(Map.of());

    private final Map<String, Object> values;

    Secrets(Map<String, Object> values) {
        this.values = values;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }

    @Override
    public Object get(Object key) {
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    @Override
    public String toString() {
        return values.keySet().stream().map(name -> name + "=<redacted>").collect(Collectors.joining(", ", "{", "}"));
    }
}

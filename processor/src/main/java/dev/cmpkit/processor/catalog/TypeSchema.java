package dev.cmpkit.processor.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The schema of one resource type: its detail keys in wire order.
 *
 * @param type the resource type, for example {@code server}
 * @param description one sentence for Javadoc; may be empty
 * @param keys the detail keys in wire order
 */
public record TypeSchema(String type, String description, List<KeySchema> keys) {

    /** Copies the lists, so that the value stays as created. */
    public TypeSchema {
        keys = List.copyOf(keys);
    }

    /** The key named {@code key}, if the type has it. */
    public Optional<KeySchema> key(String key) {
        return keys.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /** The wire keys in order. */
    public List<String> keyNames() {
        return keys.stream().map(KeySchema::key).toList();
    }
}

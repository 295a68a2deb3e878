package dev.cmpkit.processor.catalog;

import dev.cmpkit.processor.model.JsonLiteral;
import java.util.List;

/**
 * One detail key of a resource type: its JSON type, default, omission rule and allowed values.
 *
 * @param key the wire key
 * @param type the JSON type
 * @param items for arrays, the element type ({@link JsonType#ANY} when not restricted); else null
 * @param defaultValue written when the value is unset; null when the schema has none
 * @param omitWhenUnset whether an unset value leaves the key out instead of writing null
 * @param allowed the only string values accepted; empty when any value is
 * @param description one sentence for Javadoc; may be empty
 */
public record KeySchema(
        String key,
        JsonType type,
        JsonType items,
        JsonLiteral defaultValue,
        boolean omitWhenUnset,
        List<String> allowed,
        String description) {

    /** Copies the lists, so that the value stays as created. */
    public KeySchema {
        allowed = List.copyOf(allowed);
    }

    /** The JSON type as a reader would write it: {@code array of ip_address}. */
    public String typeDisplay() {
        return type == JsonType.ARRAY && items != JsonType.ANY ? "array of " + items.catalogName() : type.catalogName();
    }
}

package dev.cmpkit.processor.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The resource types known to the processor: the built-in catalog plus any extra catalog files. */
public final class SchemaCatalog {

    private final Map<String, TypeSchema> types;

    SchemaCatalog(Map<String, TypeSchema> types) {
        this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    /** The schema of {@code type}, if known. */
    public Optional<TypeSchema> type(String type) {
        return Optional.ofNullable(types.get(type));
    }

    /** Every known type name, built-in ones first, in catalog order. */
    public List<String> typeNames() {
        return List.copyOf(types.keySet());
    }

    /**
     * This catalog with {@code extra}'s types added and its keys appended to types both define.
     *
     * @throws CatalogException when {@code extra} redefines a key this catalog already has
     */
    SchemaCatalog merge(SchemaCatalog extra, String extraSource) throws CatalogException {
        Map<String, TypeSchema> merged = new LinkedHashMap<>(types);
        for (TypeSchema added : extra.types.values()) {
            TypeSchema existing = merged.get(added.type());
            if (existing == null) {
                merged.put(added.type(), added);
                continue;
            }
            List<KeySchema> keys = new ArrayList<>(existing.keys());
            for (KeySchema key : added.keys()) {
                if (existing.key(key.key()).isPresent()) {
                    throw new CatalogException(extraSource + ": types." + added.type() + ".keys." + key.key()
                            + " is already defined; an extra catalog may add types and keys but not redefine them");
                }
                keys.add(key);
            }
            String description = existing.description().isEmpty() ? added.description() : existing.description();
            merged.put(added.type(), new TypeSchema(added.type(), description, keys));
        }
        return new SchemaCatalog(merged);
    }
}

package dev.cmpkit.processor.catalog;

import java.util.Locale;
import java.util.Optional;

/** The JSON type of a schema key, as named in the catalog YAML. */
public enum JsonType {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    /** A string holding an RFC 3339 timestamp. */
    TIMESTAMP,
    /** Any object-shaped value ({@code CmpSerializable}). */
    OBJECT,
    /** An IP address object ({@code IpAddress}). */
    IP_ADDRESS,
    /** An image detail object ({@code ImageDetail}). */
    IMAGE_DETAIL,
    ARRAY,
    /** Only as the items of an array: any supported element. */
    ANY;

    /** The name used in catalog files and messages. */
    public String catalogName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code name} in a catalog file, if any. */
    public static Optional<JsonType> fromCatalogName(String name) {
        for (JsonType type : values()) {
            if (type.catalogName().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

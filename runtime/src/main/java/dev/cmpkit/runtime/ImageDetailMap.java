package dev.cmpkit.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Looks up the details of images shared by many servers, by image id. Unknown ids give an image
 * detail with only the id; mapped values that are null or empty count as unset.
 */
public final class ImageDetailMap {

    /** Image id to the mapped details; the mapped id equals the key. */
    private final Map<String, ImageDetail> byId;

    private ImageDetailMap(Map<String, ImageDetail> byId) {
        this.byId = byId;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The mapped image ids, in the order put. */
    public Set<String> ids() {
        return byId.keySet();
    }

    /**
     * Looks up an image.
     *
     * @param id the image id
     * @return the mapped details, or an image detail with only the id when the id is unknown
     * @throws IllegalArgumentException when the id is null
     */
    public ImageDetail get(String id) {
        return get(id, overrides -> {});
    }

    /**
     * Looks up an image and overrides some of its details. The consumer gets a builder whose id
     * is the looked-up id and whose other fields are unset; every field it sets to a non-null
     * value wins over the mapped value.
     *
     * @param id the image id
     * @param overrides sets the details to override
     * @return the image detail
     * @throws IllegalArgumentException when the id or overrides is null
     */
    public ImageDetail get(String id, Consumer<ImageDetail.Builder> overrides) {
        if (overrides == null) {
            throw new IllegalArgumentException("overrides is required, got null (image id " + Checks.quote(id) + ")");
        }
        ImageDetail mapped = id == null ? null : byId.get(id);
        ImageDetail.Builder explicit = ImageDetail.builder().id(id);
        overrides.accept(explicit);
        if (mapped == null) {
            return explicit.build();
        }
        return ImageDetail.builder()
                .id(explicit.id)
                .name(explicit.name != null ? explicit.name : mapped.name())
                .type(explicit.type != null ? explicit.type : mapped.type())
                .distribution(explicit.distribution != null ? explicit.distribution : mapped.distribution())
                .version(explicit.version != null ? explicit.version : mapped.version())
                .architecture(explicit.architecture != null ? explicit.architecture : mapped.architecture())
                .build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageDetailMap other && byId.equals(other.byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }

    @Override
    public String toString() {
        return "ImageDetailMap" + byId.values();
    }

    /** Collects the mapping; putting an id again replaces its details. */
    public static final class Builder {
        private final Map<String, ImageDetail> byId = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();

        private Builder() {}

        /**
         * Maps an image id (the empty string included) to its details; null or empty details
         * count as unset.
         *
         * @return this builder
         */
        public Builder put(
                String id, String name, String type, String distribution, String version, String architecture) {
            if (id == null) {
                problems.add("image id is required, got null (name " + Checks.quote(name) + ")");
                return this;
            }
            byId.put(
                    id,
                    ImageDetail.builder()
                            .id(id)
                            .name(unsetIfEmpty(name))
                            .type(unsetIfEmpty(type))
                            .distribution(unsetIfEmpty(distribution))
                            .version(unsetIfEmpty(version))
                            .architecture(unsetIfEmpty(architecture))
                            .build());
            return this;
        }

        private static String unsetIfEmpty(String value) {
            return value == null || value.isEmpty() ? null : value;
        }

        /**
         * Builds the map.
         *
         * @return the map
         * @throws IllegalArgumentException when an id was null
         */
        public ImageDetailMap build() {
            Checks.throwIfAny("ImageDetailMap", problems);
            return new ImageDetailMap(Collections.unmodifiableMap(new LinkedHashMap<>(byId)));
        }
    }
}

package dev.cmpkit.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cmpkit.runtime.json.JsonByteWriter;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A resource of any type without details: the base fields only.
 *
 * <pre>{@code
 * GenericResource dns = GenericResource.builder()
 *         .type("dns_zone").id("zone-1").name("example.com")
 *         .region(Region.of("eu-west-1"))
 *         .build();
 * }</pre>
 *
 * @param type the resource type, for example {@code "dns_zone"}; never null or empty
 * @param base the base fields
 */
public record GenericResource(String type, ResourceBase base) implements Resource {

    /**
     * Checks the resource.
     *
     * @throws InvalidResourceException when the base is null or the type is null or empty
     */
    public GenericResource {
        List<String> problems = new ArrayList<>(2);
        if (base == null) {
            problems.add("base is required, got null");
        }
        Checks.requireNonEmpty(problems, "type", type);
        if (!problems.isEmpty()) {
            throw new InvalidResourceException(
                    type == null || type.isEmpty() ? "resource" : type, base == null ? null : base.id(), problems);
        }
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this resource's values. */
    public Builder toBuilder() {
        return new Builder().type(type).base(base);
    }

    @Override
    public String id() {
        return base.id();
    }

    @Override
    public String name() {
        return base.name();
    }

    @Override
    public Map<String, Object> serialize(Clock clock) {
        return base.serializeHead(type, clock);
    }

    @Override
    public void writeJson(JsonGenerator gen, Clock clock) throws IOException {
        gen.writeStartObject();
        base.writeHead(gen, type, clock);
        gen.writeEndObject();
    }

    @Override
    public void writeBytes(JsonByteWriter out, Clock clock) throws IOException {
        out.beginObject();
        base.writeHead(out, type, clock);
        out.endObject();
    }

    @Override
    public String toString() {
        return "GenericResource{type=" + type + ", " + base + "}";
    }

    /** Builds a {@link GenericResource}; type, id and name are required. */
    public static final class Builder extends ResourceBuilder<Builder> {
        private String type;

        private Builder() {}

        /** Sets the resource type, for example {@code "dns_zone"} (required, non-empty). */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * Builds the resource.
         *
         * @return the resource
         * @throws IllegalArgumentException naming every invalid field and its value
         */
        @Override
        public GenericResource build() {
            List<String> problems = new ArrayList<>();
            ResourceBase base = checkedBase(problems);
            Checks.requireNonEmpty(problems, "type", type);
            if (!problems.isEmpty()) {
                throw invalid(type == null || type.isEmpty() ? "resource" : type, problems);
            }
            return new GenericResource(type, base);
        }
    }
}

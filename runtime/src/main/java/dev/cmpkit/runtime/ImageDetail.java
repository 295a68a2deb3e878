package dev.cmpkit.runtime;

import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;

/**
 * The image a server was built from. The wire form always has all six keys, in the order
 * {@code id}, {@code name}, {@code architecture}, {@code distribution}, {@code type},
 * {@code version}; unset ones are null.
 *
 * @param id the image id, for example {@code "ami-abcdef"}; never null, possibly empty
 * @param name the name, for example {@code "Ubuntu Linux 16.04 LTS 64 bit"}, or null
 * @param type the type, for example {@code "Linux"} or {@code "Windows"}, or null
 * @param distribution the distribution, for example {@code "Ubuntu"} or {@code "Server 2012"}, or
 *     null
 * @param version the version, for example {@code "16.04"}, or null
 * @param architecture the architecture, for example {@code "x86_64"}, or null
 */
public record ImageDetail(String id, String name, String type, String distribution, String version, String architecture)
        implements ShapedValue {

    // Wire keys, prepared once so that sinks copy encoded bytes instead of encoding the key per write.
    private static final JsonName KEY_ID = JsonName.of("id");
    private static final JsonName KEY_NAME = JsonName.of("name");
    private static final JsonName KEY_ARCHITECTURE = JsonName.of("architecture");
    private static final JsonName KEY_DISTRIBUTION = JsonName.of("distribution");
    private static final JsonName KEY_TYPE = JsonName.of("type");
    private static final JsonName KEY_VERSION = JsonName.of("version");

    /**
     * Checks the image detail.
     *
     * @throws IllegalArgumentException when the id is null; an empty id is data
     */
    public ImageDetail {
        Checks.requireNonNull("ImageDetail", "id", id);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this image's values. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .name(name)
                .type(type)
                .distribution(distribution)
                .version(version)
                .architecture(architecture);
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        sink.name(KEY_ID);
        sink.string(id);
        sink.name(KEY_NAME);
        sink.string(name);
        sink.name(KEY_ARCHITECTURE);
        sink.string(architecture);
        sink.name(KEY_DISTRIBUTION);
        sink.string(distribution);
        sink.name(KEY_TYPE);
        sink.string(type);
        sink.name(KEY_VERSION);
        sink.string(version);
        sink.endObject();
    }

    /** Builds an {@link ImageDetail}; only the id is required, null means "not set". */
    public static final class Builder {
        String id;
        String name;
        String type;
        String distribution;
        String version;
        String architecture;

        Builder() {}

        /** Sets the image id (required). */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the type, for example {@code "Linux"}. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** Sets the distribution. */
        public Builder distribution(String distribution) {
            this.distribution = distribution;
            return this;
        }

        /** Sets the version. */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /** Sets the architecture. */
        public Builder architecture(String architecture) {
            this.architecture = architecture;
            return this;
        }

        /**
         * Builds the image detail.
         *
         * @return the image detail
         * @throws IllegalArgumentException when the id is null; an empty id is data
         */
        public ImageDetail build() {
            return new ImageDetail(id, name, type, distribution, version, architecture);
        }
    }
}

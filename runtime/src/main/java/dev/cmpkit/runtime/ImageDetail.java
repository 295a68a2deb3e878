package dev.cmpkit.runtime;

import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The image a server was built from. The wire form always has all six keys, in the order
 * {@code id}, {@code name}, {@code architecture}, {@code distribution}, {@code type},
 * {@code version}; unset ones are null.
 */
public final class ImageDetail implements ShapedValue {

    // Wire keys, prepared once so that sinks copy encoded bytes instead of encoding the key per write.
    private static final JsonName KEY_ID = JsonName.of("id");
    private static final JsonName KEY_NAME = JsonName.of("name");
    private static final JsonName KEY_ARCHITECTURE = JsonName.of("architecture");
    private static final JsonName KEY_DISTRIBUTION = JsonName.of("distribution");
    private static final JsonName KEY_TYPE = JsonName.of("type");
    private static final JsonName KEY_VERSION = JsonName.of("version");

    private final String id;
    private final String name;
    private final String type;
    private final String distribution;
    private final String version;
    private final String architecture;

    private ImageDetail(Builder builder) {
        this.id = builder.id;
        this.name = builder.name;
        this.type = builder.type;
        this.distribution = builder.distribution;
        this.version = builder.version;
        this.architecture = builder.architecture;
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

    /** The image id, for example {@code "ami-abcdef"}; never null, possibly empty. */
    public String id() {
        return id;
    }

    /** The name, for example {@code "Ubuntu Linux 16.04 LTS 64 bit"}, or null. */
    public String name() {
        return name;
    }

    /** The type, for example {@code "Linux"} or {@code "Windows"}, or null. */
    public String type() {
        return type;
    }

    /** The distribution, for example {@code "Ubuntu"} or {@code "Server 2012"}, or null. */
    public String distribution() {
        return distribution;
    }

    /** The version, for example {@code "16.04"}, or null. */
    public String version() {
        return version;
    }

    /** The architecture, for example {@code "x86_64"}, or null. */
    public String architecture() {
        return architecture;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageDetail other
                && id.equals(other.id)
                && Objects.equals(name, other.name)
                && Objects.equals(type, other.type)
                && Objects.equals(distribution, other.distribution)
                && Objects.equals(version, other.version)
                && Objects.equals(architecture, other.architecture);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, type, distribution, version, architecture);
    }

    @Override
    public String toString() {
        return "ImageDetail{id=" + id + ", name=" + name + ", type=" + type + ", distribution=" + distribution
                + ", version=" + version + ", architecture=" + architecture + "}";
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
            List<String> problems = new ArrayList<>(1);
            Checks.requireNonNull(problems, "id", id);
            Checks.throwIfAny("ImageDetail", problems);
            return new ImageDetail(this);
        }
    }
}

package dev.cmpkit.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.cmpkit.runtime.json.JsonValues;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The image a server was built from. The wire form always has all six keys, in the order
 * {@code id}, {@code name}, {@code architecture}, {@code distribution}, {@code type},
 * {@code version}; unset ones are null.
 */
public final class ImageDetail implements CmpSerializable {

    // Wire keys with their quoted UTF-8 form cached, so the generator copies bytes instead of
    // encoding the key on every write.
    private static final SerializedString KEY_ID = new SerializedString("id");
    private static final SerializedString KEY_NAME = new SerializedString("name");
    private static final SerializedString KEY_ARCHITECTURE = new SerializedString("architecture");
    private static final SerializedString KEY_DISTRIBUTION = new SerializedString("distribution");
    private static final SerializedString KEY_TYPE = new SerializedString("type");
    private static final SerializedString KEY_VERSION = new SerializedString("version");

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
        return new Builder().id(id).name(name).type(type).distribution(distribution)
                .version(version).architecture(architecture);
    }

    /** The image id, for example {@code "ami-abcdef"}; never null or empty. */
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
    public Map<String, Object> serialize() {
        Map<String, Object> wire = new LinkedHashMap<>(8);
        wire.put("id", id);
        wire.put("name", name);
        wire.put("architecture", architecture);
        wire.put("distribution", distribution);
        wire.put("type", type);
        wire.put("version", version);
        return wire;
    }

    @Override
    public void writeJson(JsonGenerator gen, Clock clock) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(KEY_ID);
        gen.writeString(id);
        gen.writeFieldName(KEY_NAME);
        JsonValues.writeString(gen, name);
        gen.writeFieldName(KEY_ARCHITECTURE);
        JsonValues.writeString(gen, architecture);
        gen.writeFieldName(KEY_DISTRIBUTION);
        JsonValues.writeString(gen, distribution);
        gen.writeFieldName(KEY_TYPE);
        JsonValues.writeString(gen, type);
        gen.writeFieldName(KEY_VERSION);
        JsonValues.writeString(gen, version);
        gen.writeEndObject();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageDetail other && id.equals(other.id)
                && Objects.equals(name, other.name) && Objects.equals(type, other.type)
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
        return "ImageDetail{id=" + id + ", name=" + name + ", type=" + type + ", distribution="
                + distribution + ", version=" + version + ", architecture=" + architecture + "}";
    }

    /** Builds an {@link ImageDetail}; only the id is required, null means "not set". */
    public static final class Builder {
        String id;
        String name;
        String type;
        String distribution;
        String version;
        String architecture;

        Builder() {
        }

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

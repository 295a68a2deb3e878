package dev.cmpkit.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An IP address of a server. Only set keys appear on the wire: {@code ip_address}, then
 * {@code network} as {@code {"id", "name"}} when both network id and name are set, then
 * {@code description}.
 */
public final class IpAddress implements CmpSerializable {

    // Wire keys with their quoted UTF-8 form cached, so the generator copies bytes instead of
    // encoding the key on every write.
    private static final SerializedString KEY_IP_ADDRESS = new SerializedString("ip_address");
    private static final SerializedString KEY_ID = new SerializedString("id");
    private static final SerializedString KEY_NAME = new SerializedString("name");
    private static final SerializedString KEY_DESCRIPTION = new SerializedString("description");
    private static final SerializedString KEY_NETWORK = new SerializedString("network");

    private final String ipAddress;
    private final String networkId;
    private final String networkName;
    private final String description;

    private IpAddress(Builder builder) {
        this.ipAddress = builder.ipAddress;
        this.networkId = builder.networkId;
        this.networkName = builder.networkName;
        this.description = builder.description;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this address's values. */
    public Builder toBuilder() {
        return new Builder().ipAddress(ipAddress).networkId(networkId).networkName(networkName)
                .description(description);
    }

    /** The IPv4 or IPv6 address, or null. */
    public String ipAddress() {
        return ipAddress;
    }

    /** The network id, or null. */
    public String networkId() {
        return networkId;
    }

    /** The network name, or null. */
    public String networkName() {
        return networkName;
    }

    /** The description, or null. */
    public String description() {
        return description;
    }

    private boolean hasNetwork() {
        return networkId != null && networkName != null;
    }

    @Override
    public Map<String, Object> serialize() {
        Map<String, Object> wire = new LinkedHashMap<>(4);
        if (ipAddress != null) {
            wire.put("ip_address", ipAddress);
        }
        if (hasNetwork()) {
            Map<String, Object> network = new LinkedHashMap<>(4);
            network.put("id", networkId);
            network.put("name", networkName);
            wire.put("network", network);
        }
        if (description != null) {
            wire.put("description", description);
        }
        return wire;
    }

    @Override
    public void writeJson(JsonGenerator gen, Clock clock) throws IOException {
        gen.writeStartObject();
        if (ipAddress != null) {
            gen.writeFieldName(KEY_IP_ADDRESS);
            gen.writeString(ipAddress);
        }
        if (hasNetwork()) {
            gen.writeFieldName(KEY_NETWORK);
            gen.writeStartObject();
            gen.writeFieldName(KEY_ID);
            gen.writeString(networkId);
            gen.writeFieldName(KEY_NAME);
            gen.writeString(networkName);
            gen.writeEndObject();
        }
        if (description != null) {
            gen.writeFieldName(KEY_DESCRIPTION);
            gen.writeString(description);
        }
        gen.writeEndObject();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress other && Objects.equals(ipAddress, other.ipAddress)
                && Objects.equals(networkId, other.networkId)
                && Objects.equals(networkName, other.networkName)
                && Objects.equals(description, other.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ipAddress, networkId, networkName, description);
    }

    @Override
    public String toString() {
        return "IpAddress{ipAddress=" + ipAddress + ", networkId=" + networkId
                + ", networkName=" + networkName + ", description=" + description + "}";
    }

    /** Builds an {@link IpAddress}; every field is optional and null means "not set". */
    public static final class Builder {
        private String ipAddress;
        private String networkId;
        private String networkName;
        private String description;

        private Builder() {
        }

        /** Sets the IPv4 or IPv6 address. */
        public Builder ipAddress(String ipAddress) {
            this.ipAddress = ipAddress;
            return this;
        }

        /** Sets the network id; written only together with a network name. */
        public Builder networkId(String networkId) {
            this.networkId = networkId;
            return this;
        }

        /** Sets the network name; written only together with a network id. */
        public Builder networkName(String networkName) {
            this.networkName = networkName;
            return this;
        }

        /** Sets the description, useful for public addresses that have no network. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Builds the address. */
        public IpAddress build() {
            return new IpAddress(this);
        }
    }
}

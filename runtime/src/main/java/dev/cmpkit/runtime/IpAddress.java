package dev.cmpkit.runtime;

import dev.cmpkit.runtime.json.JsonName;
import dev.cmpkit.runtime.json.JsonSink;
import java.io.IOException;
import java.time.Clock;

/**
 * An IP address of a server. Only set keys appear on the wire: {@code ip_address}, then
 * {@code network} as {@code {"id", "name"}} when both network id and name are set, then
 * {@code description}.
 *
 * @param ipAddress the IPv4 or IPv6 address, or null
 * @param networkId the network id, or null; written only together with a network name
 * @param networkName the network name, or null; written only together with a network id
 * @param description the description, or null
 */
public record IpAddress(String ipAddress, String networkId, String networkName, String description)
        implements ShapedValue {

    // Wire keys, prepared once so that sinks copy encoded bytes instead of encoding the key per write.
    private static final JsonName KEY_IP_ADDRESS = JsonName.of("ip_address");
    private static final JsonName KEY_ID = JsonName.of("id");
    private static final JsonName KEY_NAME = JsonName.of("name");
    private static final JsonName KEY_DESCRIPTION = JsonName.of("description");
    private static final JsonName KEY_NETWORK = JsonName.of("network");

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this address's values. */
    public Builder toBuilder() {
        return new Builder()
                .ipAddress(ipAddress)
                .networkId(networkId)
                .networkName(networkName)
                .description(description);
    }

    private boolean hasNetwork() {
        return networkId != null && networkName != null;
    }

    @Override
    public void writeTo(JsonSink sink, Clock clock) throws IOException {
        sink.beginObject();
        if (ipAddress != null) {
            sink.name(KEY_IP_ADDRESS);
            sink.string(ipAddress);
        }
        if (hasNetwork()) {
            sink.name(KEY_NETWORK);
            sink.beginObject();
            sink.name(KEY_ID);
            sink.string(networkId);
            sink.name(KEY_NAME);
            sink.string(networkName);
            sink.endObject();
        }
        if (description != null) {
            sink.name(KEY_DESCRIPTION);
            sink.string(description);
        }
        sink.endObject();
    }

    /** Builds an {@link IpAddress}; every field is optional and null means "not set". */
    public static final class Builder {
        private String ipAddress;
        private String networkId;
        private String networkName;
        private String description;

        private Builder() {}

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
            return new IpAddress(ipAddress, networkId, networkName, description);
        }
    }
}

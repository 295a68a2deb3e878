package dev.cmpkit.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The hand-written peer: a Jackson serializer for {@link JacksonServer} that calls
 * {@link JsonGenerator} directly, the way a careful author writes one without a code generator.
 */
final class HandWrittenSerializer extends StdSerializer<JacksonServer> {
    private static final long serialVersionUID = 1L;

    HandWrittenSerializer() {
        super(JacksonServer.class);
    }

    @Override
    public void serialize(JacksonServer server, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", server.id);
        gen.writeStringField("type", server.type);
        writeBase(server.base, gen);
        gen.writeObjectFieldStart("connections");
        for (Map.Entry<String, List<JacksonServer.IdRef>> entry : server.connections.entrySet()) {
            gen.writeArrayFieldStart(entry.getKey());
            for (JacksonServer.IdRef ref : entry.getValue()) {
                writeIdRef(ref, gen);
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
        gen.writeObjectFieldStart("metadata");
        for (Map.Entry<String, Map<String, Object>> namespace : server.metadata.entrySet()) {
            gen.writeObjectFieldStart(namespace.getKey());
            for (Map.Entry<String, Object> entry : namespace.getValue().entrySet()) {
                gen.writeFieldName(entry.getKey());
                writeScalar(entry.getValue(), gen);
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
        gen.writeObjectFieldStart("details");
        writeDetails(server.details.server, gen);
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void writeBase(JacksonServer.Base base, JsonGenerator gen) throws IOException {
        gen.writeObjectFieldStart("base");
        gen.writeStringField("name", base.name);
        gen.writeStringField("provider_created_at", base.providerCreatedAt);
        gen.writeStringField("last_seen_at", base.lastSeenAt);
        if (base.nativePortalLink != null) {
            gen.writeStringField("native_portal_link", base.nativePortalLink);
        }
        if (base.locations != null) {
            gen.writeArrayFieldStart("locations");
            for (JacksonServer.LocationEntry entry : base.locations) {
                gen.writeStartObject();
                writePlace("location", entry.location, gen);
                writePlace("city", entry.city, gen);
                writePlace("state", entry.state, gen);
                writePlace("country", entry.country, gen);
                writePlace("region", entry.region, gen);
                if (entry.type != null) {
                    gen.writeStringField("type", entry.type);
                }
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        if (base.regions != null) {
            gen.writeArrayFieldStart("regions");
            for (JacksonServer.IdRef ref : base.regions) {
                writeIdRef(ref, gen);
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    private static void writePlace(String key, JacksonServer.PlaceEntry place, JsonGenerator gen) throws IOException {
        if (place == null) {
            return;
        }
        gen.writeObjectFieldStart(key);
        if (place.id != null) {
            gen.writeStringField("id", place.id);
        }
        if (place.name != null) {
            gen.writeStringField("name", place.name);
        }
        if (place.latitude != null) {
            gen.writeNumberField("latitude", place.latitude);
        }
        if (place.longitude != null) {
            gen.writeNumberField("longitude", place.longitude);
        }
        gen.writeEndObject();
    }

    private static void writeIdRef(JacksonServer.IdRef ref, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", ref.id);
        gen.writeEndObject();
    }

    private static void writeDetails(JacksonServer.ServerDetails d, JsonGenerator gen) throws IOException {
        gen.writeObjectFieldStart("server");
        writeLongField("cpu_cores", d.cpuCores, gen);
        writeLongField("cpu_hz", d.cpuHz, gen);
        writeLongField("ram_b", d.ramB, gen);
        writeLongField("volumes_b", d.volumesB, gen);
        gen.writeStringField("instance_type", d.instanceType);
        gen.writeStringField("state", d.state);
        gen.writeStringField("provider_state", d.providerState);
        gen.writeArrayFieldStart("ip_addresses");
        for (JacksonServer.Ip ip : d.ipAddresses) {
            gen.writeStartObject();
            if (ip.ipAddress != null) {
                gen.writeStringField("ip_address", ip.ipAddress);
            }
            if (ip.network != null) {
                gen.writeObjectFieldStart("network");
                gen.writeStringField("id", ip.network.id);
                gen.writeStringField("name", ip.network.name);
                gen.writeEndObject();
            }
            if (ip.description != null) {
                gen.writeStringField("description", ip.description);
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeFieldName("image_detail");
        JacksonServer.Image image = d.imageDetail;
        if (image == null) {
            gen.writeNull();
        } else {
            gen.writeStartObject();
            gen.writeStringField("id", image.id);
            gen.writeStringField("name", image.name);
            gen.writeStringField("architecture", image.architecture);
            gen.writeStringField("distribution", image.distribution);
            gen.writeStringField("type", image.type);
            gen.writeStringField("version", image.version);
            gen.writeEndObject();
        }
        if (d.isVirtual != null) {
            gen.writeBooleanField("is_virtual", d.isVirtual);
        }
        gen.writeEndObject();
    }

    private static void writeLongField(String key, Long value, JsonGenerator gen) throws IOException {
        gen.writeFieldName(key);
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeNumber(value.longValue());
        }
    }

    private static void writeScalar(Object value, JsonGenerator gen) throws IOException {
        if (value instanceof String s) {
            gen.writeString(s);
        } else if (value instanceof Long || value instanceof Integer) {
            gen.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            gen.writeBoolean(b);
        } else {
            gen.writeObject(value);
        }
    }
}

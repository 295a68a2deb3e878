package dev.cmpkit.examples.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a resource's JSON against the CMP wire format, key order included. */
final class WireShape {

    private static final Pattern RFC3339 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{6})?Z");

    /** Detail keys per standard type, in wire order; a trailing {@code ?} marks "omitted when unset". */
    static final Map<String, List<String>> DETAILS = Map.of(
            "server",
                    List.of(
                            "cpu_cores",
                            "cpu_hz",
                            "ram_b",
                            "volumes_b",
                            "instance_type",
                            "state",
                            "provider_state",
                            "ip_addresses",
                            "image_detail",
                            "is_virtual?"),
            "volume", List.of("encrypted", "iops", "size_b", "zone_name?"),
            "network", List.of(),
            "appliance", List.of("type_id"),
            "service_offering", List.of("type_id"),
            "compute_pool", List.of("cpu_hz", "memory_b", "storage_b", "billing_tag?"),
            "saas_user",
                    List.of(
                            "avatar_url",
                            "phone",
                            "address",
                            "is_active",
                            "disk_quota_b",
                            "disk_used_b",
                            "email",
                            "country",
                            "language"),
            "colo_space",
                    List.of(
                            "power_allocation_w",
                            "type_id",
                            "colo_space_location",
                            "customer_name",
                            "customer_label",
                            "customer_description",
                            "combination"),
            "circuit", List.of("type_id", "carrier", "reference", "endpoint_a", "endpoint_b"));

    private static final Set<String> INTEGER_KEYS = Set.of(
            "cpu_cores",
            "cpu_hz",
            "ram_b",
            "volumes_b",
            "iops",
            "size_b",
            "memory_b",
            "storage_b",
            "disk_quota_b",
            "disk_used_b",
            "power_allocation_w");
    private static final Set<String> STATES =
            Set.of("unknown", "pending", "running", "shutting", "terminated", "stopping", "stopped");
    private static final Set<String> APPLIANCE_TYPES =
            Set.of("firewall", "load_balancer", "router", "switch", "storage", "kvm", "unknown");

    private WireShape() {}

    static void check(JsonNode resource) {
        String where = "resource " + resource.path("id");
        assertEquals(List.of("id", "type", "base", "connections", "metadata", "details"), names(resource), where);
        assertTrue(
                resource.get("id").isTextual() && !resource.get("id").asText().isEmpty(), where + " id");
        String type = resource.get("type").asText();
        assertTrue(DETAILS.containsKey(type), where + ": unknown type " + type);
        checkBase(where, resource.get("base"));
        checkConnections(where, resource.get("connections"));
        JsonNode metadata = resource.get("metadata");
        assertTrue(metadata.isObject(), where + " metadata");
        metadata.properties().forEach(ns -> assertTrue(ns.getValue().isObject(), where + " namespace " + ns.getKey()));
        JsonNode details = resource.get("details");
        assertEquals(List.of(type), names(details), where + " details");
        checkDetails(where, type, details.get(type));
    }

    private static void checkBase(String where, JsonNode base) {
        List<String> keys = names(base);
        List<String> expected = new ArrayList<>(List.of("name", "provider_created_at", "last_seen_at"));
        if (base.has("native_portal_link")) {
            expected.add("native_portal_link");
            assertTrue(base.get("native_portal_link").isTextual(), where + " native_portal_link");
        }
        expected.add(base.has("locations") ? "locations" : "regions");
        assertEquals(expected, keys, where + " base keys");
        assertTrue(base.get("name").isTextual(), where + " name");
        JsonNode created = base.get("provider_created_at");
        assertTrue(
                created.isNull() || RFC3339.matcher(created.asText()).matches(),
                where + " provider_created_at " + created);
        assertTrue(RFC3339.matcher(base.get("last_seen_at").asText()).matches(), where + " last_seen_at");
        if (base.has("locations")) {
            assertTrue(base.get("locations").isArray() && !base.get("locations").isEmpty(), where + " locations");
            for (JsonNode location : base.get("locations")) {
                for (String key : names(location)) {
                    assertTrue(
                            List.of("location", "city", "state", "country", "region", "type")
                                    .contains(key),
                            where + " location key " + key);
                }
            }
        } else {
            JsonNode regions = base.get("regions");
            assertTrue(regions.isArray() && regions.size() <= 1, where + " regions");
            regions.forEach(region -> assertEquals(List.of("id"), names(region), where + " region"));
        }
    }

    private static void checkConnections(String where, JsonNode connections) {
        assertTrue(connections.isObject(), where + " connections");
        connections.properties().forEach(entry -> {
            assertTrue(
                    entry.getValue().isArray() && !entry.getValue().isEmpty(), where + " connection " + entry.getKey());
            for (JsonNode target : entry.getValue()) {
                if (entry.getKey().equals("any")) {
                    assertTrue(target.isTextual(), where + " any");
                } else {
                    assertEquals(List.of("id"), names(target), where + " connection " + entry.getKey());
                }
            }
        });
    }

    private static void checkDetails(String where, String type, JsonNode details) {
        List<String> expected = new ArrayList<>();
        for (String key : DETAILS.get(type)) {
            String bare = key.replace("?", "");
            if (!key.endsWith("?")) {
                expected.add(bare);
            } else if (details.has(bare)) {
                assertFalse(details.get(bare).isNull(), where + ": " + bare + " is written only when set");
                expected.add(bare);
            }
        }
        assertEquals(expected, names(details), where + " " + type + " detail keys");
        details.properties().forEach(entry -> {
            JsonNode value = entry.getValue();
            if (INTEGER_KEYS.contains(entry.getKey()) && !value.isNull() && !value.isIntegralNumber()) {
                fail(where + ": " + entry.getKey() + " must be a JSON integer, got " + value);
            }
        });
        if (type.equals("server")) {
            assertTrue(STATES.contains(details.get("state").asText()), where + " state");
            assertTrue(details.get("ip_addresses").isArray(), where + " ip_addresses");
            JsonNode image = details.get("image_detail");
            if (!image.isNull()) {
                assertEquals(
                        List.of("id", "name", "architecture", "distribution", "type", "version"),
                        names(image),
                        where + " image_detail");
            }
        }
        if (type.equals("appliance")) {
            assertTrue(APPLIANCE_TYPES.contains(details.get("type_id").asText()), where + " type_id");
        }
    }

    static List<String> names(JsonNode node) {
        assertTrue(node != null && node.isObject(), "expected a JSON object, got " + node);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

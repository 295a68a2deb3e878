package dev.cmpkit.resources;

import static dev.cmpkit.runtime.VectorInputs.bool;
import static dev.cmpkit.runtime.VectorInputs.longValue;
import static dev.cmpkit.runtime.VectorInputs.string;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cmpkit.runtime.Resource;
import dev.cmpkit.runtime.VectorInputs;
import dev.cmpkit.runtime.Vectors;
import dev.cmpkit.runtime.Wire;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every standard-type case of {@code resources.json} through the generated standard types:
 * {@code serialize()} must equal the expected wire JSON (minus {@code base.last_seen_at}), and
 * Jackson's streaming output must equal {@code serialize()}.
 */
class StandardTypeVectorsTest {

    static List<Vectors.Case> standardTypeCases() {
        return Vectors.load("resources.json", in -> !in.get("kind").asText().equals("resource"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standardTypeCases")
    void generatedTypeWritesTheVectorsWireJson(Vectors.Case c) {
        Resource resource = build(c.input().get("kind").asText(), c.input().get("args"));
        JsonNode serialized = ParsedWire.serialized(resource);
        Wire.assertSameJson(
                Vectors.canonicalResource(c.expected()), Vectors.withoutLastSeenAt(serialized, Wire.CLOCK_TEXT));
        Wire.assertSameJson(serialized, Wire.streamed(resource));
    }

    /** The standard type of {@code kind}, built from the vector's arguments through its public builder. */
    static Resource build(String kind, JsonNode args) {
        return switch (kind) {
            case "server" ->
                VectorInputs.applyBase(Server.builder(), args)
                        .cpuCores(longValue(args, "cpu_cores"))
                        .cpuHz(longValue(args, "cpu_hz"))
                        .ramB(longValue(args, "ram_b"))
                        .volumesB(longValue(args, "volumes_b"))
                        .instanceType(string(args, "instance_type"))
                        .state(string(args, "state"))
                        .providerState(string(args, "provider_state"))
                        .ipAddresses(VectorInputs.ipAddresses(args.get("ip_addresses")))
                        .imageDetail(
                                VectorInputs.isSet(args, "image_detail")
                                        ? VectorInputs.imageDetail(args.get("image_detail"))
                                        : null)
                        .isVirtual(bool(args, "is_virtual"))
                        .build();
            case "volume" ->
                VectorInputs.applyBase(Volume.builder(), args)
                        .encrypted(bool(args, "encrypted"))
                        .iops(longValue(args, "iops"))
                        .sizeB(longValue(args, "size_b"))
                        .zoneName(string(args, "zone_name"))
                        .build();
            case "network" -> VectorInputs.applyBase(Network.builder(), args).build();
            case "appliance" ->
                VectorInputs.applyBase(Appliance.builder(), args)
                        .typeId(string(args, "type_id"))
                        .build();
            case "service_offering" ->
                VectorInputs.applyBase(ServiceOffering.builder(), args)
                        .typeId(string(args, "type_id"))
                        .build();
            case "compute_pool" ->
                VectorInputs.applyBase(ComputePool.builder(), args)
                        .cpuHz(longValue(args, "cpu_hz"))
                        .memoryB(longValue(args, "memory_b"))
                        .storageB(longValue(args, "storage_b"))
                        .billingTag(string(args, "billing_tag"))
                        .build();
            case "saas_user" ->
                VectorInputs.applyBase(SaasUser.builder(), args)
                        .avatarUrl(string(args, "avatar_url"))
                        .phone(string(args, "phone"))
                        .address(string(args, "address"))
                        .language(string(args, "language"))
                        .isActive(bool(args, "is_active"))
                        .diskQuotaB(longValue(args, "disk_quota_b"))
                        .diskUsedB(longValue(args, "disk_used_b"))
                        .email(string(args, "email"))
                        .country(string(args, "country"))
                        .build();
            case "colo_space" ->
                VectorInputs.applyBase(ColoSpace.builder(), args)
                        .powerAllocationW(longValue(args, "power_allocation_w"))
                        .typeId(string(args, "type_id"))
                        .coloSpaceLocation(string(args, "colo_space_location"))
                        .customerName(string(args, "customer_name"))
                        .customerLabel(string(args, "customer_label"))
                        .customerDescription(string(args, "customer_description"))
                        .combination(string(args, "combination"))
                        .build();
            case "circuit" ->
                VectorInputs.applyBase(Circuit.builder(), args)
                        .typeId(string(args, "type_id"))
                        .carrier(string(args, "carrier"))
                        .reference(string(args, "reference"))
                        .endpointA(string(args, "endpoint_a"))
                        .endpointB(string(args, "endpoint_b"))
                        .build();
            default -> throw new IllegalArgumentException("not a standard type kind: " + kind);
        };
    }
}

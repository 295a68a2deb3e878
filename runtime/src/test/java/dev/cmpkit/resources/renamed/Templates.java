package dev.cmpkit.resources.renamed;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;
import dev.cmpkit.runtime.ImageDetail;
import dev.cmpkit.runtime.IpAddress;
import java.util.List;

/**
 * User templates of every standard type with renamed Java members, other Java types and another
 * declaration order; {@code RenamedTemplatesTest} checks they write the standard types' wire JSON.
 */
final class Templates {

    private Templates() {}

    /** Server states as an enum, checked against the schema's allowed values at compile time. */
    enum PowerState {
        UNKNOWN,
        PENDING,
        RUNNING,
        SHUTTING,
        TERMINATED,
        STOPPING,
        STOPPED
    }

    @CmpResource(type = "server", generatedName = "MyServer")
    record ServerTemplate(
            @CmpField(name = "is_virtual") Boolean virtual,
            @CmpField(name = "ip_addresses") List<IpAddress> addresses,
            @CmpField(name = "cpu_cores") Integer cores,
            @CmpField(name = "cpu_hz") Long clockHz,
            @CmpField(name = "ram_b") Long memory,
            @CmpField(name = "volumes_b") Long disks,
            @CmpField(name = "instance_type") String flavour,
            @CmpField(name = "state") PowerState power,
            @CmpField(name = "provider_state") String nativeState,
            @CmpField(name = "image_detail") ImageDetail image) {}

    @CmpResource(type = "volume")
    static final class MyVolumeSpec {
        @CmpField(name = "size_b")
        long bytes;

        @CmpField(name = "zone_name")
        String zone;

        @CmpField(name = "iops")
        Integer operationsPerSecond;

        @CmpField(name = "encrypted")
        boolean secret;
    }

    @CmpResource(type = "network")
    static final class MyNetworkSpec {}

    @CmpResource(type = "appliance")
    static final class MyApplianceSpec {
        @CmpField(name = "type_id")
        String kind;
    }

    @CmpResource(type = "service_offering")
    static final class MyServiceOfferingSpec {
        @CmpField(name = "type_id")
        String kind;
    }

    @CmpResource(type = "compute_pool")
    static final class MyComputePoolSpec {
        @CmpField(name = "billing_tag")
        String tag;

        @CmpField(name = "storage_b")
        Long storage;

        @CmpField(name = "memory_b")
        Long memory;

        @CmpField(name = "cpu_hz")
        Long cpu;
    }

    @CmpResource(type = "saas_user")
    static final class MySaasUserSpec {
        @CmpField(name = "email")
        String mail;

        @CmpField(name = "avatar_url")
        String avatar;

        @CmpField(name = "phone")
        String telephone;

        @CmpField(name = "address")
        String postalAddress;

        @CmpField(name = "is_active")
        Boolean active;

        @CmpField(name = "disk_quota_b")
        Long quota;

        @CmpField(name = "disk_used_b")
        Long used;

        @CmpField(name = "country")
        String nation;

        @CmpField(name = "language")
        String locale;
    }

    @CmpResource(type = "colo_space")
    static final class MyColoSpaceSpec {
        @CmpField(name = "combination")
        String code;

        @CmpField(name = "power_allocation_w")
        Integer watts;

        @CmpField(name = "type_id")
        String kind;

        @CmpField(name = "colo_space_location")
        String where;

        @CmpField(name = "customer_name")
        String customer;

        @CmpField(name = "customer_label")
        String label;

        @CmpField(name = "customer_description")
        String description;
    }

    @CmpResource(type = "circuit")
    static final class MyCircuitSpec {
        @CmpField(name = "endpoint_b")
        String to;

        @CmpField(name = "endpoint_a")
        String from;

        @CmpField(name = "type_id")
        String kind;

        @CmpField(name = "carrier")
        String operator;

        @CmpField(name = "reference")
        String ref;
    }
}

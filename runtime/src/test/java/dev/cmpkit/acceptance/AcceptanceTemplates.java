package dev.cmpkit.acceptance;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;
import dev.cmpkit.runtime.IpAddress;
import java.util.List;

/** Templates written as the template documentation shows them, compiled by the processor with these tests. */
final class AcceptanceTemplates {

    private AcceptanceTemplates() {}

    /** The template example of the documentation, verbatim. */
    @CmpResource(type = "server")
    static class Ec2InstanceSpec {
        @CmpField
        Integer cpuCores; // wire key cpu_cores (snake_case)

        @CmpField(name = "ram_b")
        Long memoryBytes; // explicit wire key

        @CmpField
        String state; // schema default "unknown" applies

        @CmpField
        List<IpAddress> ipAddresses;
    }

    /** No {@code Spec} suffix: the generated class is {@code ImmutableDiskTemplate}. */
    @CmpResource(type = "volume")
    static final class DiskTemplate {
        @CmpField(required = true)
        Long sizeB;

        @CmpField(include = CmpField.Include.ALWAYS)
        String zoneName;

        @CmpField(defaultValue = "true")
        Boolean encrypted;
    }

    /** A record template with an explicit generated name. */
    @CmpResource(type = "appliance", generatedName = "Firewall")
    record FirewallRecord(
            @CmpField(name = "type_id", defaultValue = "firewall")
            String kind) {}

    /** A server template that omits is_virtual unless set, and writes instance_type only when set. */
    @CmpResource(type = "server")
    static final class BareMetalSpec {
        @CmpField(defaultValue = "false")
        Boolean isVirtual;

        @CmpField(include = CmpField.Include.NON_NULL)
        String instanceType;
    }
}

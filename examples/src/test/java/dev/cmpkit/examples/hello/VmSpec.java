package dev.cmpkit.examples.hello;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;
import dev.cmpkit.runtime.IpAddress;
import java.util.List;

/** The README's template: the processor writes {@code Vm} from it. */
@CmpResource(type = "server")
final class VmSpec {
    @CmpField(name = "cpu_cores") Integer vcpus;     // wire key "cpu_cores"
    @CmpField(name = "ram_b") Long memoryBytes;     // wire key "ram_b"
    @CmpField String state;                         // must be a server state; "unknown" when unset
    @CmpField List<IpAddress> ipAddresses;          // wire key "ip_addresses"
}

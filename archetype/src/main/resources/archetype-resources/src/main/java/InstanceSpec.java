package ${package};

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/**
 * Template of {@link Instance}: a provider's virtual machine as a CMP {@code server}. The
 * annotation processor checks it against the CMP schema at compile time and writes {@code Instance},
 * an immutable value class with a builder and a serializer for the exact CMP JSON.
 */
@CmpResource(type = "server")
final class InstanceSpec {
    @CmpField(name = "cpu_cores")
    Integer vcpus;

    @CmpField(name = "ram_b")
    Long memoryBytes;

    /** One of unknown, pending, running, shutting, terminated, stopping, stopped. */
    @CmpField
    String state;
}

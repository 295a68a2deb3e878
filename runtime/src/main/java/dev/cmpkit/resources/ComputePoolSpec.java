package dev.cmpkit.resources;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/** Template of {@link ComputePool}: the standard {@code compute_pool} resource. */
@CmpResource(type = "compute_pool")
final class ComputePoolSpec {
    @CmpField
    Long cpuHz;

    @CmpField
    Long memoryB;

    @CmpField
    Long storageB;

    @CmpField
    String billingTag;

    private ComputePoolSpec() {}
}

package dev.cmpkit.examples.acme;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/** Template of {@link AcmeComputePool}: an Acme cluster as a CMP {@code compute_pool}. */
@CmpResource(type = "compute_pool")
final class AcmeComputePoolSpec {
    @CmpField(name = "cpu_hz")
    Long totalHz;

    @CmpField(name = "memory_b")
    Long totalMemoryBytes;

    @CmpField(name = "storage_b")
    Long totalStorageBytes;

    @CmpField(name = "billing_tag")
    String costCenter;
}

package dev.cmpkit.resources;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/** Template of {@link Volume}: the standard {@code volume} resource. */
@CmpResource(type = "volume")
final class VolumeSpec {
    @CmpField
    Boolean encrypted;

    @CmpField
    Long iops;

    @CmpField
    Long sizeB;

    @CmpField
    String zoneName;

    private VolumeSpec() {}
}

package dev.cmpkit.resources;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/** Template of {@link ColoSpace}: the standard {@code colo_space} resource. */
@CmpResource(type = "colo_space")
final class ColoSpaceSpec {
    @CmpField
    Long powerAllocationW;

    @CmpField
    String typeId;

    @CmpField
    String coloSpaceLocation;

    @CmpField
    String customerName;

    @CmpField
    String customerLabel;

    @CmpField
    String customerDescription;

    @CmpField
    String combination;

    private ColoSpaceSpec() {}
}

package dev.cmpkit.resources;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/** Template of {@link Circuit}: the standard {@code circuit} resource. */
@CmpResource(type = "circuit")
final class CircuitSpec {
    @CmpField
    String typeId;

    @CmpField
    String carrier;

    @CmpField
    String reference;

    @CmpField
    String endpointA;

    @CmpField
    String endpointB;

    private CircuitSpec() {}
}

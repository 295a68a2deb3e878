package dev.cmpkit.examples.acme;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/** Template of {@link AcmeCircuit}: an Acme cross-connect as a CMP {@code circuit}. */
@CmpResource(type = "circuit")
final class AcmeCircuitSpec {
    @CmpField(name = "type_id")
    String medium;

    @CmpField(name = "carrier")
    String operator;

    @CmpField(name = "reference")
    String carrierReference;

    @CmpField(name = "endpoint_a")
    String aEnd;

    @CmpField(name = "endpoint_b")
    String zEnd;
}

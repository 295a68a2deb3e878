package dev.cmpkit.examples.acme;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/** Template of {@link AcmeColoSpace}: an Acme cage as a CMP {@code colo_space}. */
@CmpResource(type = "colo_space")
final class AcmeColoSpaceSpec {
    @CmpField(name = "power_allocation_w")
    Integer powerWatts;

    @CmpField(name = "type_id")
    String kind;

    @CmpField(name = "colo_space_location")
    String position;

    @CmpField(name = "customer_name")
    String customer;

    @CmpField(name = "customer_label")
    String customerLabel;

    @CmpField(name = "customer_description")
    String customerNote;

    @CmpField(name = "combination")
    String lockCode;
}

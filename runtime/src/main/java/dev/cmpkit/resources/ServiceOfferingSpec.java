package dev.cmpkit.resources;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/** Template of {@link ServiceOffering}: the standard {@code service_offering} resource. */
@CmpResource(type = "service_offering")
final class ServiceOfferingSpec {
    @CmpField
    String typeId;

    private ServiceOfferingSpec() {}
}

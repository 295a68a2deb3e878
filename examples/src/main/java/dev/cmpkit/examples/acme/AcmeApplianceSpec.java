package dev.cmpkit.examples.acme;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/** Template of {@link AcmeAppliance}: an Acme edge device as a CMP {@code appliance}. */
@CmpResource(type = "appliance")
final class AcmeApplianceSpec {
    @CmpField(name = "type_id")
    ApplianceRole role;
}

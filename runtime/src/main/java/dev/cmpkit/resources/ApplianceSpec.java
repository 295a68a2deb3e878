package dev.cmpkit.resources;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/** Template of {@link Appliance}: the standard {@code appliance} resource. */
@CmpResource(type = "appliance")
final class ApplianceSpec {
    @CmpField
    String typeId;

    private ApplianceSpec() {}
}

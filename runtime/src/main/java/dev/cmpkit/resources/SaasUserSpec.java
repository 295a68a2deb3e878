package dev.cmpkit.resources;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/** Template of {@link SaasUser}: the standard {@code saas_user} resource. */
@CmpResource(type = "saas_user")
final class SaasUserSpec {
    @CmpField
    String avatarUrl;

    @CmpField
    String phone;

    @CmpField
    String address;

    @CmpField
    Boolean isActive;

    @CmpField
    Long diskQuotaB;

    @CmpField
    Long diskUsedB;

    @CmpField
    String email;

    @CmpField
    String country;

    @CmpField
    String language;

    private SaasUserSpec() {}
}

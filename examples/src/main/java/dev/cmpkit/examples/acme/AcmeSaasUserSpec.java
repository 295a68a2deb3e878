package dev.cmpkit.examples.acme;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/** Template of {@link AcmeSaasUser}: a member of the Acme account as a CMP {@code saas_user}. */
@CmpResource(type = "saas_user")
final class AcmeSaasUserSpec {
    @CmpField(name = "avatar_url")
    String avatar;

    @CmpField(name = "phone")
    String telephone;

    @CmpField(name = "address")
    String postalAddress;

    @CmpField(name = "is_active")
    Boolean active;

    @CmpField(name = "disk_quota_b")
    Long quotaBytes;

    @CmpField(name = "disk_used_b")
    Long usedBytes;

    @CmpField(name = "email")
    String mail;

    @CmpField(name = "country")
    String countryCode;

    @CmpField(name = "language")
    String locale;
}

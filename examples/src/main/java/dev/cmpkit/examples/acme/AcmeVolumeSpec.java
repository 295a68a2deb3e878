package dev.cmpkit.examples.acme;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/** Template of {@link AcmeVolume}: an Acme disk as a CMP {@code volume}. */
@CmpResource(type = "volume")
final class AcmeVolumeSpec {
    @CmpField(name = "size_b")
    Long bytes;

    @CmpField(name = "iops")
    Integer operationsPerSecond;

    @CmpField(name = "encrypted")
    Boolean encryptedAtRest;

    @CmpField(name = "zone_name")
    String zone;
}

package dev.cmpkit.examples.acme;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;
import dev.cmpkit.runtime.ImageDetail;
import dev.cmpkit.runtime.IpAddress;
import java.util.List;

/** Template of {@link AcmeServer}: an Acme instance as a CMP {@code server}. */
@CmpResource(type = "server")
final class AcmeServerSpec {
    @CmpField(name = "cpu_cores")
    Integer vcpus;

    @CmpField(name = "cpu_hz")
    Long clockHz;

    @CmpField(name = "ram_b")
    Long memoryBytes;

    @CmpField(name = "volumes_b")
    Long diskBytes;

    @CmpField(name = "instance_type")
    String plan;

    @CmpField(name = "state")
    PowerState power;

    @CmpField(name = "provider_state")
    String acmeStatus;

    @CmpField(name = "ip_addresses")
    List<IpAddress> addresses;

    @CmpField(name = "image_detail")
    ImageDetail image;

    @CmpField(name = "is_virtual")
    Boolean virtual;
}

package dev.cmpkit.resources;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;
import dev.cmpkit.runtime.ImageDetail;
import dev.cmpkit.runtime.IpAddress;
import java.util.List;

/** Template of {@link Server}: the standard {@code server} resource. */
@CmpResource(type = "server")
final class ServerSpec {
    @CmpField
    Long cpuCores;

    @CmpField
    Long cpuHz;

    @CmpField
    Long ramB;

    @CmpField
    Long volumesB;

    @CmpField
    String instanceType;

    @CmpField
    String state;

    @CmpField
    String providerState;

    @CmpField
    List<IpAddress> ipAddresses;

    @CmpField
    ImageDetail imageDetail;

    @CmpField
    Boolean isVirtual;

    private ServerSpec() {}
}

package dev.cmpkit.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cmpkit.runtime.ImageDetail;
import dev.cmpkit.runtime.IpAddress;
import dev.cmpkit.runtime.Wire;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.WithNull;

/** For any values, the generated serializers agree: Jackson's streamed JSON equals {@code serialize()}. */
class StandardTypesPropertyTest {

    @Property(tries = 200)
    void serverStreamsWhatItSerializes(
            @ForAll @WithNull Long cpuCores, @ForAll @WithNull Long ramB, @ForAll @WithNull String instanceType,
            @ForAll @WithNull String providerState, @ForAll @WithNull Boolean isVirtual,
            @ForAll @Size(max = 3) List<String> addresses, @ForAll String name) {
        List<IpAddress> ips = addresses.stream().map(a -> IpAddress.builder().ipAddress(a).build()).toList();
        Server server = Server.builder("id-" + name, name).cpuCores(cpuCores).ramB(ramB).instanceType(instanceType)
                .providerState(providerState).isVirtual(isVirtual).ipAddresses(ips)
                .imageDetail(ImageDetail.builder().id("img-" + name).build()).build();
        JsonNode serialized = ParsedWire.serialized(server);
        Wire.assertSameJson(serialized, Wire.streamed(server));
    }

    @Property(tries = 200)
    void saasUserStreamsWhatItSerializes(@ForAll @WithNull String email, @ForAll @WithNull Long diskQuotaB,
            @ForAll @WithNull Boolean isActive, @ForAll String name) {
        SaasUser user = SaasUser.builder("u", name).email(email).diskQuotaB(diskQuotaB).isActive(isActive).build();
        Wire.assertSameJson(ParsedWire.serialized(user), Wire.streamed(user));
    }
}

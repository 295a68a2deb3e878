package dev.cmpkit.resources;

import static dev.cmpkit.testing.RandomCases.anyString;
import static dev.cmpkit.testing.RandomCases.check;
import static dev.cmpkit.testing.RandomCases.orNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cmpkit.runtime.ImageDetail;
import dev.cmpkit.runtime.IpAddress;
import dev.cmpkit.runtime.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** For any values, the generated serializers agree: Jackson's streamed JSON equals {@code serialize()}. */
class StandardTypesPropertyTest {

    private static Long anyLong(SplittableRandom random) {
        return orNull(random, 0.2, random.nextBoolean() ? random.nextLong() : (long) random.nextInt(1000));
    }

    private static String anyText(SplittableRandom random) {
        return orNull(random, 0.2, anyString(random, 20));
    }

    private static Boolean anyBoolean(SplittableRandom random) {
        return orNull(random, 0.3, random.nextBoolean());
    }

    @Test
    void serverStreamsWhatItSerializes() {
        check(200, random -> {
            String name = anyString(random, 20);
            List<IpAddress> ips = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                ips.add(IpAddress.builder().ipAddress(anyString(random, 15)).build());
            }
            Server server = Server.builder("id-" + name, name)
                    .cpuCores(anyLong(random))
                    .ramB(anyLong(random))
                    .instanceType(anyText(random))
                    .providerState(anyText(random))
                    .isVirtual(anyBoolean(random))
                    .ipAddresses(ips)
                    .imageDetail(ImageDetail.builder().id("img-" + name).build())
                    .build();
            JsonNode serialized = ParsedWire.serialized(server);
            Wire.assertSameJson(serialized, Wire.streamed(server));
        });
    }

    @Test
    void saasUserStreamsWhatItSerializes() {
        check(200, random -> {
            SaasUser user = SaasUser.builder("u", anyString(random, 20))
                    .email(anyText(random))
                    .diskQuotaB(anyLong(random))
                    .isActive(anyBoolean(random))
                    .build();
            Wire.assertSameJson(ParsedWire.serialized(user), Wire.streamed(user));
        });
    }
}

package dev.cmpkit.examples.hello;

import dev.cmpkit.runner.Connector;
import dev.cmpkit.runtime.IpAddress;
import dev.cmpkit.runtime.Region;
import dev.cmpkit.runtime.Resource;
import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.log.CmpLogger;
import java.util.List;
import java.util.Map;

/** The README's connector: one server, listed through the runner as {@code --connector hello}. */
public final class HelloConnector implements Connector {

    @Override
    public String name() {
        return "hello";
    }

    @Override
    public List<Resource> getResources(Map<String, Object> event, CmpContext context) {
        new CmpLogger(context, null, null, null).info("listing 1 server");  // goes to stderr and "logs"
        return List.of(webServer());
    }

    static Vm webServer() {
        Vm vm = Vm.builder()
                .id("vm-1")
                .name("web-1")
                .providerCreatedAt("2024-03-01T09:30:00+01:00")
                .region(Region.of("eu-west-1"))
                .vcpus(2)
                .memoryBytes(4L * 1024 * 1024 * 1024)
                .state("running")
                .ipAddresses(List.of(IpAddress.builder().ipAddress("10.0.0.5").build()))
                .build();
        return vm;
    }
}

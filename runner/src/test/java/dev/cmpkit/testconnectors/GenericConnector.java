package dev.cmpkit.testconnectors;

import dev.cmpkit.runner.Connector;
import dev.cmpkit.runtime.Connections;
import dev.cmpkit.runtime.GenericResource;
import dev.cmpkit.runtime.Metadata;
import dev.cmpkit.runtime.Region;
import dev.cmpkit.runtime.Resource;
import dev.cmpkit.runtime.api.CmpContext;
import java.util.List;
import java.util.Map;

/** Returns cmpkit resources, which the runner must write as their wire JSON. */
public final class GenericConnector implements Connector {

    @Override
    public String name() {
        return "generic";
    }

    @Override
    public Object getResources(Map<String, Object> event, CmpContext context) {
        Resource zone = GenericResource.builder()
                .type("dns_zone")
                .id("zone-1")
                .name("example.com")
                .region(Region.of("eu-1"))
                .metadata(Metadata.builder().add("records", 12).build())
                .build();
        Resource group = GenericResource.builder()
                .type("security_group")
                .id("sg-1")
                .name("")
                .connections(Connections.builder().servers("s-1").build())
                .build();
        return List.of(zone, group);
    }
}

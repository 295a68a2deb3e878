package dev.cmpkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.runtime.Connections;
import dev.cmpkit.runtime.GenericResource;
import dev.cmpkit.runtime.Location;
import dev.cmpkit.runtime.Locations;
import dev.cmpkit.runtime.Metadata;
import dev.cmpkit.runtime.Place;
import dev.cmpkit.runtime.Region;
import dev.cmpkit.runtime.Resource;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Prints the CMP wire JSON of a few resources built with the runtime's types. */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Builds three resources and prints them as a pretty JSON array on standard output.
     *
     * @param args ignored
     * @throws IOException when standard output cannot be written
     */
    public static void main(String[] args) throws IOException {
        Resource zone = GenericResource.builder()
                .type("dns_zone").id("zone-42").name("example.com")
                .region(Region.of("eu-west-1"))
                .providerCreatedAt("2024-03-01T09:30:00+01:00")
                .metadata(Metadata.builder().add("record_count", 17).build())
                .build();

        Resource bucket = GenericResource.builder()
                .type("object_bucket").id("bucket-7").name("invoices")
                .providerCreatedAt(OffsetDateTime.of(2023, 11, 5, 14, 0, 0, 250_000_000, ZoneOffset.UTC))
                .nativePortalLink("https://console.example.net/buckets/bucket-7")
                .locations(Locations.of(Location.builder()
                        .country(Place.builder().name("France").build())
                        .city(Place.builder().name("Paris").build())
                        .location(Place.builder().name("Paris DC 2").latitude(48.860764).longitude(2.393646).build())
                        .type(Location.PROVIDER)
                        .build()))
                .connections(Connections.builder().servers("server-1", "server-2").add("any", "ext-9").build())
                .metadata(Metadata.builder()
                        .add("versioning", true)
                        .add("tags", List.of("finance", "eu"))
                        .add("owner", "billing-team", Metadata.PROVIDER_SPECIFIC_EDITABLE)
                        .build())
                .build();

        Resource unnamed = GenericResource.builder()
                .type("security_group").id("sg-0a1b").name("")
                .connections(Connections.builder().networks("net-1").build())
                .build();

        // findAndRegisterModules() picks up dev.cmpkit.runtime.CmpModule through ServiceLoader.
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(zone, bucket, unnamed)));
    }
}

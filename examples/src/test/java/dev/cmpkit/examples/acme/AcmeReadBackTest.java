package dev.cmpkit.examples.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.cmpkit.runtime.CmpJsonReader;
import dev.cmpkit.runtime.CmpModule;
import dev.cmpkit.runtime.Resource;
import dev.cmpkit.runtime.schema.CmpSchemas;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The example's output, as the runner prints it, fits the JSON Schemas the processor wrote into the
 * example's jar, and every resource reads back into its Acme class and writes the same JSON.
 */
class AcmeReadBackTest {

    private static final Map<String, Class<? extends Resource>> CLASSES = Map.of(
            "server", AcmeServer.class,
            "volume", AcmeVolume.class,
            "network", AcmeNetwork.class,
            "appliance", AcmeAppliance.class,
            "service_offering", AcmeServiceOffering.class,
            "compute_pool", AcmeComputePool.class,
            "saas_user", AcmeSaasUser.class,
            "colo_space", AcmeColoSpace.class,
            "circuit", AcmeCircuit.class);

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(
                    mappers -> mappers.mapPrefix(CmpSchemas.ID_BASE, "classpath:" + CmpSchemas.DIRECTORY)));

    private static final JsonNode INVENTORY = Runs.run(AcmeMain.DEFAULT_ARGS).value();

    @Test
    void theInventoryFitsTheExportedSchemas() {
        assertEquals(40, INVENTORY.size());
        List<String> problems = SCHEMAS.getSchema(CmpSchemas.forResourceList()).validate(INVENTORY).stream()
                .map(ValidationMessage::getMessage)
                .toList();
        assertEquals(List.of(), problems);
        for (JsonNode resource : INVENTORY) {
            String type = resource.get("type").asText();
            assertEquals(
                    List.of(),
                    SCHEMAS.getSchema(CmpSchemas.forType(type)).validate(resource).stream()
                            .map(ValidationMessage::getMessage)
                            .toList(),
                    resource.get("id").asText());
        }
    }

    @Test
    void everyResourceReadsBackIntoItsAcmeClassAndWritesTheSameJson() throws Exception {
        for (JsonNode resource : INVENTORY) {
            Class<? extends Resource> type = CLASSES.get(resource.get("type").asText());
            byte[] json = Runs.JSON.writeValueAsBytes(resource);
            Resource read = CmpJsonReader.read(json, type);
            // Written again at the time it was last seen, it is the same JSON.
            Clock seen = Clock.fixed(Instant.parse(read.base().lastSeenAt()), ZoneOffset.UTC);
            ObjectMapper writer = new ObjectMapper().registerModule(new CmpModule(seen));
            assertEquals(
                    resource,
                    Runs.JSON.readTree(writer.writeValueAsBytes(read)),
                    resource.get("id").asText());
        }
    }
}

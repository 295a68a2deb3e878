package dev.cmpkit.processor.tests;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The processor writes a JSON Schema of every catalog type, and of a resources handler's list, into
 * the class output, from the catalog in effect (extra catalogs included).
 */
class SchemaExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DIRECTORY = "META-INF/cmpkit/schemas/";

    private static JavaFileObject template(String name, String type) {
        return Compile.source(name, """
                package test;
                import dev.cmpkit.annotations.CmpResource;
                @CmpResource(type = "%s")
                class %s {
                }
                """.formatted(type, name));
    }

    private static JsonNode schema(Compilation compilation, String name) {
        JavaFileObject file = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, DIRECTORY + name + ".schema.json")
                .orElseThrow(() -> new AssertionError(DIRECTORY + name + ".schema.json was not written"));
        try (InputStream in = file.openInputStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyTypeOfAnExtraCatalogGetsASchemaWithItsKeysTypesAndAllowedValues() {
        Compilation compilation = Compile.compile(
                List.of("-Acmpkit.schema=" + GenerationTest.everythingCatalog()), template("BoxSpec", "everything"));
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode everything = schema(compilation, "everything");
        assertEquals(
                "https://json-schema.org/draft/2020-12/schema",
                everything.get("$schema").asText());
        assertEquals(
                "https://cmpkit.dev/schemas/everything.schema.json",
                everything.get("$id").asText());
        assertEquals("everything", everything.at("/properties/type/const").asText());
        JsonNode details = everything.at("/$defs/details/properties");
        assertEquals(26, details.size());
        assertEquals("[\"integer\",\"null\"]", details.get("small").get("type").toString());
        assertEquals(
                "[\"red\",\"light_green\",null]",
                details.get("colour").get("enum").toString());
        assertEquals("\"integer\"", details.get("with_default").get("type").toString());
        assertEquals(7, details.get("with_default").get("default").asInt());
        assertEquals("#/$defs/ip_address", details.at("/addresses/items/$ref").asText());
        assertEquals(
                "Some text & <markup> with $ and @ signs.",
                details.at("/text/description").asText());
        assertEquals(false, everything.at("/$defs/details/additionalProperties").asBoolean(true));
        List<String> required = new ArrayList<>();
        everything.at("/$defs/details/required").forEach(key -> required.add(key.asText()));
        assertThat(required).contains("written_null");
        assertThat(required).doesNotContain("omitted");
        assertEquals(25, required.size());
        // The extra catalog's key added to a standard type is in that type's schema too.
        assertThat(names(schema(compilation, "server").at("/$defs/details/properties")))
                .containsAtLeast("cpu_cores", "is_virtual", "rack")
                .inOrder();
    }

    @Test
    void theListSchemaChecksEachCatalogTypeByItsOwnSchema() {
        Compilation compilation = Compile.compile(template("NetSpec", "network"));
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode list = schema(compilation, "resources");
        assertEquals("array", list.get("type").asText());
        JsonNode checks = list.at("/items/allOf");
        assertEquals("#/$defs/resource", checks.get(0).get("$ref").asText());
        List<String> referenced = new ArrayList<>();
        for (int i = 1; i < checks.size(); i++) {
            assertEquals(
                    checks.get(i).at("/if/properties/type/const").asText() + ".schema.json",
                    checks.get(i).at("/then/$ref").asText());
            referenced.add(checks.get(i).at("/then/$ref").asText());
        }
        assertThat(referenced)
                .containsExactly(
                        "server.schema.json",
                        "volume.schema.json",
                        "network.schema.json",
                        "appliance.schema.json",
                        "service_offering.schema.json",
                        "compute_pool.schema.json",
                        "saas_user.schema.json",
                        "colo_space.schema.json",
                        "circuit.schema.json");
        for (String file : referenced) {
            schema(compilation, file.substring(0, file.length() - ".schema.json".length()));
        }
    }

    @Test
    void twoTemplatesOfOneTypeShareItsSchema() {
        Compilation compilation = Compile.compile(template("AwsSpec", "server"), template("AzureSpec", "server"));
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(
                "server",
                schema(compilation, "server").at("/properties/type/const").asText());
    }

    @Test
    void aCompilationWithoutTemplatesWritesNoSchema() {
        Compilation compilation = Compile.compile(Compile.source("Plain", """
                package test;
                class Plain {
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation
                        .generatedFile(StandardLocation.CLASS_OUTPUT, DIRECTORY + "server.schema.json")
                        .isPresent())
                .isFalse();
    }
}

package dev.cmpkit.processor.catalog;

import static dev.cmpkit.testing.RandomCases.anyString;
import static dev.cmpkit.testing.RandomCases.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.processor.model.JsonLiteral;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in catalog holds the nine standard types; bad catalog files fail with the file and the path inside it. */
class CatalogLoaderTest {

    @Test
    void builtInCatalogHasTheNineStandardTypesWithTheirKeysInWireOrder() throws CatalogException {
        SchemaCatalog catalog = CatalogLoader.builtIn();
        assertEquals(
                List.of(
                        "server",
                        "volume",
                        "network",
                        "appliance",
                        "service_offering",
                        "compute_pool",
                        "saas_user",
                        "colo_space",
                        "circuit"),
                catalog.typeNames());
        TypeSchema server = catalog.type("server").orElseThrow();
        assertEquals(
                List.of(
                        "cpu_cores",
                        "cpu_hz",
                        "ram_b",
                        "volumes_b",
                        "instance_type",
                        "state",
                        "provider_state",
                        "ip_addresses",
                        "image_detail",
                        "is_virtual"),
                server.keyNames());
        KeySchema state = server.key("state").orElseThrow();
        assertEquals(new JsonLiteral.Text("unknown"), state.defaultValue());
        assertEquals(
                List.of("unknown", "pending", "running", "shutting", "terminated", "stopping", "stopped"),
                state.allowed());
        KeySchema addresses = server.key("ip_addresses").orElseThrow();
        assertEquals(JsonType.ARRAY, addresses.type());
        assertEquals(JsonType.IP_ADDRESS, addresses.items());
        assertEquals(new JsonLiteral.EmptyArray(), addresses.defaultValue());
        assertTrue(server.key("is_virtual").orElseThrow().omitWhenUnset());
        assertTrue(catalog.type("volume")
                .orElseThrow()
                .key("zone_name")
                .orElseThrow()
                .omitWhenUnset());
        assertTrue(catalog.type("compute_pool")
                .orElseThrow()
                .key("billing_tag")
                .orElseThrow()
                .omitWhenUnset());
        assertEquals(List.of(), catalog.type("network").orElseThrow().keys());
        assertEquals(
                List.of("firewall", "load_balancer", "router", "switch", "storage", "kvm", "unknown"),
                catalog.type("appliance")
                        .orElseThrow()
                        .key("type_id")
                        .orElseThrow()
                        .allowed());
    }

    @Test
    void extraCatalogAddsTypesAndAppendsKeysToKnownTypes(@TempDir Path dir) throws Exception {
        Path extra = write(dir, "extra.yaml", """
                types:
                  bucket:
                    keys:
                      size_b: {type: integer}
                  server:
                    keys:
                      rack: {type: string, omit_when_unset: true}
                """);
        SchemaCatalog catalog = CatalogLoader.load(extra.toString());
        assertEquals("bucket", catalog.typeNames().get(9));
        List<String> serverKeys = catalog.type("server").orElseThrow().keyNames();
        assertEquals("rack", serverKeys.get(serverKeys.size() - 1));
    }

    @Test
    void severalCatalogsAreMergedInOrder(@TempDir Path dir) throws Exception {
        Path first = write(dir, "a.yaml", "types: {bucket: {keys: {a: {type: string}}}}");
        Path second = write(dir, "b.yaml", "types: {bucket: {keys: {b: {type: boolean}}}}");
        SchemaCatalog catalog = CatalogLoader.load(first + " , " + second);
        assertEquals(List.of("a", "b"), catalog.type("bucket").orElseThrow().keyNames());
    }

    @Test
    void redefiningAKeyIsAnErrorNamingTheFileAndTheKey(@TempDir Path dir) throws IOException {
        Path extra = write(dir, "clash.yaml", "types: {server: {keys: {state: {type: string}}}}");
        CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(extra.toString()));
        assertEquals(
                extra + ": types.server.keys.state is already defined; an extra catalog may add types and keys"
                        + " but not redefine them",
                e.getMessage());
    }

    @Test
    void missingFileIsAnErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(missing.toString()));
        assertTrue(e.getMessage().startsWith(missing + ": cannot read the file"), e.getMessage());
    }

    @Test
    void emptyPathInTheOptionIsAnError() {
        CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load("a.yaml,,b.yaml"));
        assertTrue(e.getMessage().contains("has an empty path"), e.getMessage());
    }

    @Test
    void malformedDocumentsAreRejectedWithThePathInsideTheDocument() {
        assertRejected("types: [", "not valid YAML");
        assertRejected("- a", "the document must be a mapping, found arraylist");
        assertRejected("kinds: {}", "expected a document with the single top-level key 'types'");
        assertRejected("types: {t: {keys: {k: {type: strng}}}}", "types.t.keys.k.type is 'strng'; expected one of");
        assertRejected("types: {t: {keys: {k: {}}}}", "types.t.keys.k.type is missing");
        assertRejected(
                "types: {t: {keys: {k: {type: string, colour: red}}}}",
                "types.t.keys.k has the unknown attribute 'colour'");
        assertRejected(
                "types: {t: {keys: {k: {type: integer, default: many}}}}",
                "types.t.keys.k.default many does not fit type integer");
        assertRejected("types: {t: {keys: {k: {type: array, default: [1]}}}}", "types.t.keys.k.default [1]");
        assertRejected(
                "types: {t: {keys: {k: {type: integer, allowed: [1]}}}}",
                "types.t.keys.k.allowed is only allowed for type string");
        assertRejected(
                "types: {t: {keys: {k: {type: string, allowed: [a], default: b}}}}",
                "types.t.keys.k.default \"b\" is not one of the allowed values [a]");
        assertRejected(
                "types: {t: {keys: {k: {type: string, items: string}}}}",
                "types.t.keys.k.items is only allowed for type array");
        assertRejected("types: {t: {keys: {k: {type: array, items: array}}}}", "types.t.keys.k.items is 'array'");
        assertRejected(
                "types: {t: {keys: {k: {type: string, omit_when_unset: maybe}}}}",
                "omit_when_unset must be true or false");
        assertRejected("types: {t: {keys: {k: {type: string}, k: {type: string}}}}", "not valid YAML");
        assertRejected("types: {1: {keys: {}}}", "types has the non-string key 1");
    }

    @Test
    void aliasBombIsRejectedAsInvalidYaml() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            yaml.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(p)
                    .append(", *")
                    .append(p)
                    .append(", *")
                    .append(p)
                    .append(", *")
                    .append(p)
                    .append("]\n");
        }
        assertRejected(yaml.toString(), "not valid YAML");
    }

    @Test
    void anyTextEitherParsesOrFailsWithACatalogException() {
        check(300, random -> {
            String text = anyString(random, 40);
            try {
                CatalogLoader.parse(text, "fuzz.yaml");
            } catch (CatalogException e) {
                assertTrue(e.getMessage().startsWith("fuzz.yaml: "), e.getMessage());
            }
        });
    }

    @Test
    void anyScalarAsAKeyTypeEitherParsesOrNamesTheKeyPath() {
        check(200, random -> {
            String value = anyString(random, 20);
            String yaml = "types: {t: {keys: {k: {type: '" + value.replace("'", "''") + "'}}}}";
            try {
                SchemaCatalog catalog = CatalogLoader.parse(yaml, "fuzz.yaml");
                assertFalse(catalog.type("t").orElseThrow().keys().isEmpty());
            } catch (CatalogException e) {
                assertTrue(e.getMessage().startsWith("fuzz.yaml: "), e.getMessage());
            }
        });
    }

    private static void assertRejected(String yaml, String expected) {
        CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.parse(yaml, "test.yaml"), yaml);
        assertTrue(e.getMessage().startsWith("test.yaml: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}

package dev.cmpkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.cmpkit.runner.schema.SchemaCheck;
import dev.cmpkit.runtime.schema.CmpSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runner's compiled schema checks give the verdict a general JSON Schema validator (networknt)
 * gives, for valid results of every kind and for seeded random breakages of them: a key taken
 * away, a value of another JSON type, an unknown key, a string changed. Every problem the check
 * reports names a path inside the result.
 */
class SchemaCheckAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonSchemaFactory VALIDATOR = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(
                    mappers -> mappers.mapPrefix(CmpSchemas.ID_BASE, "classpath:" + CmpSchemas.DIRECTORY)));

    private static final String[] ODD_VALUES = {
        "null", "true", "1", "-1", "1.0", "1.5", "\"\"", "\"x\"", "[]", "{}", "[1]"
    };

    @ParameterizedTest
    @ValueSource(strings = {"resources", "metrics", "spend", "logs", "status", "validate-credentials"})
    void theCheckAgreesWithAGeneralValidatorOnBrokenResults(String command) throws IOException {
        Operation operation = Operation.byCommand(command);
        JsonSchema reference = VALIDATOR.getSchema(schemaText(command));
        JsonNode valid = validResult(command);
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        int broken = 0;
        for (int i = 0; i < 400; i++) {
            JsonNode mutant = valid.deepCopy();
            for (int n = 0; n <= random.nextInt(2); n++) {
                mutate(mutant, random);
            }
            boolean referenceValid = reference.validate(mutant).isEmpty();
            List<String> problems = ResultSchemas.problems(
                    operation,
                    PlainJson.read(JSON.writeValueAsBytes(mutant)),
                    getClass().getClassLoader());
            assertEquals(
                    referenceValid,
                    problems.isEmpty(),
                    () -> "seed " + seed + ": verdicts differ on " + mutant + "; the runner's check says " + problems);
            for (String problem : problems) {
                assertTrue(problem.startsWith("result"), () -> "seed " + seed + ": " + problem);
            }
            broken += referenceValid ? 0 : 1;
        }
        assertTrue(broken > 50, "the breakages broke too few results to compare: " + broken);
    }

    @Test
    void validResultsOfEveryKindPass() throws IOException {
        for (Operation operation : Operation.values()) {
            JsonNode valid = validResult(operation.command());
            assertEquals(
                    List.of(),
                    ResultSchemas.problems(
                            operation,
                            PlainJson.read(JSON.writeValueAsBytes(valid)),
                            getClass().getClassLoader()));
        }
    }

    @Test
    void aKeywordTheCheckDoesNotKnowIsRefusedWhenCompiled() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> SchemaCheck.compile(Map.of("type", "object", "dependentRequired", Map.of()), null));
        assertTrue(e.getMessage().contains("dependentRequired"), e.getMessage());
        IllegalArgumentException missing = assertThrows(
                IllegalArgumentException.class, () -> SchemaCheck.compile(Map.of("$ref", "#/$defs/nothing"), null));
        assertTrue(missing.getMessage().contains("#/$defs/nothing"), missing.getMessage());
    }

    @Test
    void aResourceOfAnUnknownTypeIsCheckedAsAResourceAndAStandardOneByItsOwnSchema() throws IOException {
        ArrayNode list = (ArrayNode) validResult("resources");
        ObjectNode custom = (ObjectNode) list.get(0).deepCopy();
        custom.put("type", "gpu_cluster");
        custom.remove("details");
        List<String> problems = ResultSchemas.problems(
                Operation.RESOURCES,
                PlainJson.read(JSON.writeValueAsBytes(JSON.createArrayNode().add(custom))),
                getClass().getClassLoader());
        assertEquals(List.of(), problems);
        ObjectNode server = (ObjectNode) list.get(0).deepCopy();
        server.remove("details");
        List<String> serverProblems = ResultSchemas.problems(
                Operation.RESOURCES,
                PlainJson.read(JSON.writeValueAsBytes(JSON.createArrayNode().add(server))),
                getClass().getClassLoader());
        assertFalse(serverProblems.isEmpty());
        assertTrue(serverProblems.contains("result.0.details: required, missing"), serverProblems::toString);
    }

    private static JsonNode validResult(String command) throws IOException {
        return ResultValidationTest.validResults()
                .filter(arguments -> arguments.get()[0].equals(command))
                .map(arguments -> (String) arguments.get()[1])
                .map(text -> {
                    try {
                        return JSON.readTree(text);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
    }

    private static String schemaText(String command) throws IOException {
        if (command.equals("resources")) {
            return CmpSchemas.forResourceList();
        }
        try (InputStream in = ResultSchemas.class.getResourceAsStream("schemas/" + command + ".schema.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Breaks one randomly chosen place of the document. */
    private static void mutate(JsonNode document, Random random) throws IOException {
        List<JsonNode> containers = new ArrayList<>();
        collect(document, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            int choice = random.nextInt(4);
            if (names.isEmpty() || choice == 0) {
                object.set("unexpected_" + random.nextInt(3), JSON.readTree(odd(random)));
                return;
            }
            String name = names.get(random.nextInt(names.size()));
            switch (choice) {
                case 1 -> object.remove(name);
                case 2 -> object.set(name, JSON.readTree(odd(random)));
                default -> {
                    if (object.get(name).isTextual()) {
                        object.put(name, object.get(name).asText() + "-changed");
                    } else {
                        object.set(name, JSON.readTree(odd(random)));
                    }
                }
            }
        } else if (target instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextBoolean()) {
                array.add(JSON.readTree(odd(random)));
            } else {
                array.remove(random.nextInt(array.size()));
            }
        }
    }

    private static String odd(Random random) {
        return ODD_VALUES[random.nextInt(ODD_VALUES.length)];
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), containers);
            }
        }
    }
}

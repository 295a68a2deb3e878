package dev.cmpkit.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.resources.Server;
import dev.cmpkit.runtime.Account;
import dev.cmpkit.runtime.CmpModule;
import dev.cmpkit.runtime.CmpSerializable;
import dev.cmpkit.runtime.Connections;
import dev.cmpkit.runtime.GenericResource;
import dev.cmpkit.runtime.ImageDetailMap;
import dev.cmpkit.runtime.Location;
import dev.cmpkit.runtime.Locations;
import dev.cmpkit.runtime.Metadata;
import dev.cmpkit.runtime.Place;
import dev.cmpkit.runtime.Region;
import dev.cmpkit.runtime.Rfc3339;
import dev.cmpkit.runtime.api.Cassette;
import dev.cmpkit.runtime.api.CassetteException;
import dev.cmpkit.runtime.api.Cassettes;
import dev.cmpkit.runtime.api.CmpClient;
import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.api.Tasks;
import dev.cmpkit.runtime.expr.EvaluationException;
import dev.cmpkit.runtime.expr.ExpressionParser;
import dev.cmpkit.runtime.expr.ExpressionSyntaxException;
import dev.cmpkit.runtime.expr.TernaryExpressionParser;
import dev.cmpkit.runtime.expr.VariableLookupException;
import dev.cmpkit.runtime.json.JsonValues;
import dev.cmpkit.runtime.log.CmpLogger;
import dev.cmpkit.runtime.metrics.MetricMapping;
import dev.cmpkit.runtime.metrics.MetricMappingException;
import dev.cmpkit.runtime.time.TimeInterval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public entry point answers bad input with a clear exception that names
 * the input and what was expected, never a NullPointerException or ClassCastException.
 */
class BadInputTest {

    private static Arguments bad(
            String input, Class<? extends RuntimeException> type, Executable call, String... mentions) {
        return Arguments.of(input, type, call, List.of(mentions));
    }

    static Stream<Arguments> badInputs() {
        Map<String, Object> nullQuery = new HashMap<>();
        nullQuery.put("page", null);
        List<Object> selfContaining = new ArrayList<>();
        selfContaining.add(selfContaining);
        CmpClient client = CmpClient.builder().baseUrl("http://127.0.0.1:9").build();
        return Stream.of(
                bad(
                        "resource serialized with a null clock",
                        IllegalArgumentException.class,
                        () -> GenericResource.builder()
                                .type("t")
                                .id("i")
                                .name("n")
                                .build()
                                .serialize((Clock) null),
                        "clock"),
                bad(
                        "standard type serialized with a null clock",
                        IllegalArgumentException.class,
                        () -> Server.builder().id("i").name("n").build().serialize((Clock) null),
                        "clock"),
                bad(
                        "missing id and name at once",
                        IllegalArgumentException.class,
                        () -> Server.builder().build(),
                        "id is required",
                        "name is required"),
                bad(
                        "empty type",
                        IllegalArgumentException.class,
                        () -> GenericResource.builder()
                                .type("")
                                .id("i")
                                .name("n")
                                .build(),
                        "type",
                        "\"\""),
                bad("null region id", IllegalArgumentException.class, () -> Region.of(null), "id", "null"),
                bad(
                        "null location array",
                        IllegalArgumentException.class,
                        () -> Locations.of((Location[]) null),
                        "locations",
                        "null"),
                bad(
                        "null location in list",
                        IllegalArgumentException.class,
                        () -> Locations.of(Arrays.asList(
                                Location.builder()
                                        .city(Place.builder().id("c").build())
                                        .build(),
                                null)),
                        "locations[1]"),
                bad(
                        "NaN latitude",
                        IllegalArgumentException.class,
                        () -> Place.builder().id("p").latitude(Double.NaN).build(),
                        "latitude",
                        "NaN"),
                bad(
                        "location type other than customer or provider",
                        IllegalArgumentException.class,
                        () -> Location.builder().type("partner").build(),
                        "type",
                        "partner"),
                bad(
                        "latitude out of range",
                        IllegalArgumentException.class,
                        () -> Place.builder().name("p").latitude(90.5).build(),
                        "latitude",
                        "90.5"),
                bad(
                        "empty resource id",
                        IllegalArgumentException.class,
                        () -> Server.builder().id("").name("n").build(),
                        "id",
                        "\"\""),
                bad(
                        "null connection type",
                        IllegalArgumentException.class,
                        () -> Connections.builder().add(null, "s-1").build(),
                        "type",
                        "null"),
                bad(
                        "null connection id",
                        IllegalArgumentException.class,
                        () -> Connections.builder().servers("s-1", null),
                        "\"server\"[1]"),
                bad(
                        "null connection id list",
                        IllegalArgumentException.class,
                        () -> Connections.builder().add("disk", (List<String>) null),
                        "\"disk\"",
                        "null"),
                bad(
                        "null metadata key",
                        IllegalArgumentException.class,
                        () -> Metadata.builder().add(null, 1).build(),
                        "key",
                        "null"),
                bad(
                        "metadata value that is not JSON",
                        IllegalArgumentException.class,
                        () -> Metadata.builder().add("when", LocalTime.NOON).build(),
                        "when",
                        "LocalTime"),
                bad(
                        "metadata value containing itself",
                        IllegalArgumentException.class,
                        () -> Metadata.builder().add("loop", selfContaining).build(),
                        "loop",
                        "itself"),
                bad(
                        "metadata map with a non-string key",
                        IllegalArgumentException.class,
                        () -> Metadata.builder().add("m", Map.of(1, "one")).build(),
                        "m",
                        "not a string"),
                bad(
                        "infinite metadata number",
                        IllegalArgumentException.class,
                        () -> Metadata.builder()
                                .add("x", Double.NEGATIVE_INFINITY)
                                .build(),
                        "x",
                        "Infinity"),
                bad(
                        "null image id in the map",
                        IllegalArgumentException.class,
                        () -> ImageDetailMap.builder()
                                .put(null, "n", null, null, null, null)
                                .build(),
                        "image id",
                        "null"),
                bad(
                        "null image id looked up",
                        IllegalArgumentException.class,
                        () -> ImageDetailMap.builder().build().get(null),
                        "id",
                        "null"),
                bad(
                        "null overrides",
                        IllegalArgumentException.class,
                        () -> ImageDetailMap.builder().build().get("img", null),
                        "overrides",
                        "img"),
                bad(
                        "null list to serializeList",
                        IllegalArgumentException.class,
                        () -> CmpSerializable.serializeList(null),
                        "items",
                        "null"),
                bad(
                        "null element to serializeList",
                        IllegalArgumentException.class,
                        () -> CmpSerializable.serializeList(Arrays.asList(Region.of("a"), null)),
                        "items[1]"),
                bad(
                        "null ip address in a server",
                        IllegalArgumentException.class,
                        () -> Server.builder()
                                .id("i")
                                .name("n")
                                .ipAddresses(Arrays.asList(null, null))
                                .build(),
                        "ipAddresses[0]"),
                bad(
                        "timestamp without a date",
                        IllegalArgumentException.class,
                        () -> Rfc3339.convert(LocalTime.NOON),
                        "date",
                        "12:00"),
                bad(
                        "timestamp with an impossible offset",
                        IllegalArgumentException.class,
                        () -> Rfc3339.convert("2020-01-01T00:00:00+19:00"),
                        "2020-01-01T00:00:00+19:00"),
                bad("null module clock", IllegalArgumentException.class, () -> new CmpModule(null), "clock"),
                bad(
                        "JSON copy under a null name",
                        IllegalArgumentException.class,
                        () -> JsonValues.immutableCopy(null, new Object()),
                        "value",
                        "java.lang.Object"),
                bad(
                        "null expression",
                        ExpressionSyntaxException.class,
                        () -> new ExpressionParser().parse(null),
                        "position 0"),
                bad(
                        "control character in an expression",
                        ExpressionSyntaxException.class,
                        () -> new TernaryExpressionParser().parse("1 if a\u000b> 1 else 2"),
                        "position 6"),
                bad(
                        "variable map keyed by numbers",
                        EvaluationException.class,
                        () -> new ExpressionParser().parse("x").evaluate(castMap(new TreeMap<>(Map.of(1, 1)))),
                        "x"),
                bad(
                        "variable that is a list",
                        EvaluationException.class,
                        () -> new ExpressionParser().parse("x + 1").evaluate(Map.of("x", List.of(1))),
                        "x",
                        "number"),
                bad("null mapping path", MetricMappingException.class, () -> MetricMapping.load(null), "path"),
                bad(
                        "null event",
                        IllegalArgumentException.class,
                        () -> TimeInterval.setup(null, TimeInterval.options()),
                        "event"),
                bad(
                        "null options",
                        IllegalArgumentException.class,
                        () -> TimeInterval.setup(Map.of(), null),
                        "options"),
                bad(
                        "negative skew",
                        IllegalArgumentException.class,
                        () -> TimeInterval.options().skew(Duration.ofSeconds(-1)),
                        "skew",
                        "PT-1S"),
                bad(
                        "poll interval that is not a number",
                        IllegalArgumentException.class,
                        () -> TimeInterval.setup(Map.of("poll_interval", "often"), TimeInterval.options()),
                        "poll_interval",
                        "often"),
                bad(
                        "resource that is not an object",
                        IllegalArgumentException.class,
                        () -> TimeInterval.setup(Map.of("resource", List.of()), TimeInterval.options()),
                        "event.resource"),
                bad(
                        "last_update that is not a string",
                        IllegalArgumentException.class,
                        () -> TimeInterval.setup(Map.of("last_update", 1_600_000_000L), TimeInterval.options()),
                        "last_update",
                        "1600000000"),
                bad("null api", IllegalArgumentException.class, () -> CmpContext.of(null, "m"), "api"),
                bad(
                        "client without a base URL",
                        IllegalArgumentException.class,
                        () -> CmpClient.builder().build(),
                        "baseUrl"),
                bad(
                        "client with a non-HTTP base URL",
                        IllegalArgumentException.class,
                        () -> CmpClient.builder().baseUrl("file:///etc").build(),
                        "baseUrl",
                        "file:///etc"),
                bad(
                        "zero timeout",
                        IllegalArgumentException.class,
                        () -> CmpClient.builder()
                                .baseUrl("http://h")
                                .requestTimeout(Duration.ZERO)
                                .build(),
                        "requestTimeout"),
                bad("null path", IllegalArgumentException.class, () -> client.get(null), "path"),
                bad("null query value", IllegalArgumentException.class, () -> client.get("/x", nullQuery), "page"),
                bad(
                        "null log message",
                        IllegalArgumentException.class,
                        () -> CmpContext.local().log(null, "info"),
                        "message"),
                bad(
                        "null logger context",
                        IllegalArgumentException.class,
                        () -> new CmpLogger(null, "c", "a", "r"),
                        "context"),
                bad(
                        "null tasks context",
                        IllegalArgumentException.class,
                        () -> Tasks.setTaskPercentage(null, "t", 5),
                        "context"),
                bad(
                        "percentage above 100",
                        IllegalArgumentException.class,
                        () -> Tasks.setTaskPercentage(CmpContext.local(), "t", 101),
                        "percentage",
                        "101"),
                bad(
                        "null account context",
                        IllegalArgumentException.class,
                        () -> Account.builder().build().update(null, "a"),
                        "context"),
                bad("null handler", IllegalArgumentException.class, () -> Cassettes.wrapIfEnabled(null), "handler"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void answersWithAClearException(
            String input, Class<? extends RuntimeException> type, Executable call, List<String> mentions) {
        RuntimeException e = assertThrows(type, call, input);

        for (String mention : mentions) {
            assertTrue(e.getMessage().contains(mention), "'" + mention + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void lookupsWithNullKeysFindNothingInsteadOfThrowing() {
        assertEquals(Map.of(), Metadata.none().values(null));
        assertEquals(Map.of(), Metadata.builder().add("k", 1).build().values(null));
        assertEquals(null, Metadata.none().get(null, null));
        assertEquals(List.of(), Connections.none().ids(null));
        assertEquals(List.of(), Connections.builder().servers("s").build().ids(null));
    }

    @Test
    void aYamlFileThatIsNoCassetteIsRejectedAndLeftAsItWas(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("vcr.yaml");
        Files.writeString(file, "name: my notes\nitems: [1, 2]\n");

        CassetteException e = assertThrows(CassetteException.class, () -> Cassette.open(file));

        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("interactions"), e.getMessage());
        assertEquals("name: my notes\nitems: [1, 2]\n", Files.readString(file));
    }

    @Test
    void aLookupExceptionBuiltWithoutNamesStillDescribesTheVariable() {
        VariableLookupException e = new VariableLookupException("cpu", null);

        assertEquals(List.of(), e.givenNames());
        assertTrue(e.getMessage().contains("cpu"), e.getMessage());
    }
}

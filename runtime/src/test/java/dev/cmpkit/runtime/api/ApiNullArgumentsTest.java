package dev.cmpkit.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** A null argument to the API helpers fails at once, naming it: "{@code <name> is required, got null}". */
class ApiNullArgumentsTest {

    // Nothing listens there: every check below fails before a request could be sent.
    private final CmpClient client =
            CmpClient.builder().baseUrl("http://127.0.0.1:9").build();

    @Test
    void clientRequestsNameTheirNullArgument() {
        assertRejects("GET /a: query is required, got null; use get(path)", () -> client.get("/a", null));
        assertRejects("GET: path is required, got null", () -> client.get(null));
        assertRejects(
                "json(type): type is required, got null",
                () -> new CmpResponse("GET", "/a", 200, Map.of(), "{}".getBytes(StandardCharsets.UTF_8)).json(null));
    }

    @Test
    void contextAndTasksNameTheirNullArgument() {
        assertRejects(
                "CmpContext.of: api is required, got null; use CmpContext.local() for runs without a CMP API",
                () -> CmpContext.of(null, "module"));
        assertRejects(
                "log: message is required, got null", () -> CmpContext.local().log(null, "info"));
        assertRejects("setTaskPercentage: context is required, got null", () -> Tasks.setTaskPercentage(null, "t", 5));
    }

    @Test
    void cassetteNamesItsNullArgument(@TempDir Path dir) {
        assertRejects("Cassette.open: file is required, got null", () -> Cassette.open(null));
        Cassette cassette = Cassette.open(dir.resolve("none.yaml"));
        assertRejects("Cassette.wrap: delegate is required, got null", () -> cassette.wrap(null));
        assertRejects("Cassette.redacting: redactor is required, got null", () -> cassette.redacting(null));
    }

    private static void assertRejects(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}

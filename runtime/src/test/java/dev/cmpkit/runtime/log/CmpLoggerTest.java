package dev.cmpkit.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.runtime.api.CmpClient;
import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.api.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CmpLoggerTest {

    private static final String NL = System.lineSeparator();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsToStandardOutputAsItIsWhenPrinting() {
        // A logger made before a runner redirects System.out must follow the redirection.
        CmpLogger logger = new CmpLogger(CmpContext.local(), null, null, null);
        PrintStream original = System.out;
        System.setOut(out);
        try {
            logger.info("after the redirect");
        } finally {
            System.setOut(original);
        }
        assertEquals("info\tTarget(customer: None,account: None, resource: None): after the redirect" + NL, printed());
    }

    @Test
    void localRunPrintsSeverityTabMessage() {
        CmpLogger logger = new CmpLogger(CmpContext.local(), "cust-1", "acc-1", "res-1", out);
        logger.info("hello");
        logger.warn("careful");
        logger.error("broken");
        logger.exception("trace");
        assertEquals(
                "info\tTarget(customer: cust-1,account: acc-1, resource: res-1): hello" + NL
                        + "warn\tTarget(customer: cust-1,account: acc-1, resource: res-1): careful" + NL
                        + "error\tTarget(customer: cust-1,account: acc-1, resource: res-1): broken" + NL
                        + "exception\tTarget(customer: cust-1,account: acc-1, resource: res-1): trace" + NL,
                printed());
    }

    @Test
    void missingIdsPrintNoneAndEmptyIdsPrintNothing() {
        new CmpLogger(CmpContext.local(), null, "", null, out).info("x");
        assertEquals("info\tTarget(customer: None,account: , resource: None): x" + NL, printed());
    }

    @Test
    void productionRunPostsToLogs() throws Exception {
        try (TestServer server = TestServer.answering(200, "{}")) {
            CmpClient api = CmpClient.builder()
                    .baseUrl(server.baseUrl())
                    .basicAuth("k", "s")
                    .build();
            CmpLogger logger = new CmpLogger(CmpContext.of(api, "mod-9"), "c", "a", null, out);
            logger.warn("disk ü full");
            logger.exception("boom");

            List<TestServer.Request> requests = server.requests();
            assertEquals(2, requests.size());
            TestServer.Request first = requests.get(0);
            assertEquals("POST /logs", first.method() + " " + first.rawPath());
            JsonNode entry = new ObjectMapper().readTree(first.bodyText()).get(0);
            assertEquals(
                    "Target(customer: c,account: a, resource: None): disk ü full",
                    entry.get("message").asText());
            assertEquals("WARN", entry.get("severity").asText());
            assertEquals("nflex.flexer", entry.get("service").asText());
            assertEquals("nflex-module-mod-9", entry.get("resource_id").asText());
            assertEquals(
                    List.of("message", "severity", "service", "timestamp", "resource_id"),
                    iterable(entry.fieldNames()));
            assertEquals(
                    "EXCEPTION",
                    new ObjectMapper()
                            .readTree(requests.get(1).bodyText())
                            .get(0)
                            .get("severity")
                            .asText());
            assertEquals("", printed());
        }
    }

    @Test
    void contextWithApiButNoModuleIdPrints() {
        try (TestServer server = TestServer.answering(200, "{}")) {
            CmpClient api = CmpClient.builder().baseUrl(server.baseUrl()).build();
            new CmpLogger(CmpContext.of(api, ""), "c", "a", "r", out).error("e");
            assertEquals(List.of(), server.requests());
            assertEquals("error\tTarget(customer: c,account: a, resource: r): e" + NL, printed());
        }
    }

    @Test
    void formatIsTheLoggedMessage() {
        CmpLogger logger = new CmpLogger(CmpContext.local(), "c", "a", "r", out);
        assertEquals("Target(customer: c,account: a, resource: r): body", logger.format("body"));
        assertEquals("Target(customer: c,account: a, resource: r): None", logger.format(null));
    }

    @Test
    void badArgumentsAreRejected() {
        assertEquals(
                "CmpLogger: context is required, got null; use CmpContext.local() for local runs",
                assertThrows(IllegalArgumentException.class, () -> new CmpLogger(null, "c", "a", "r"))
                        .getMessage());
        assertEquals(
                "CmpLogger: out is required, got null",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new CmpLogger(CmpContext.local(), "c", "a", "r", null))
                        .getMessage());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}

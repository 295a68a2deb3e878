package dev.cmpkit.examples.hello;

import static dev.cmpkit.test.ResultAssertions.assertResourceCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cmpkit.test.Command;
import dev.cmpkit.test.ConnectorHarness;
import dev.cmpkit.test.HandlerResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's test kit example: the hello connector run in-process as the runner runs it. */
class HelloConnectorTest {

    @Test
    void listsOneServer() {
        HandlerResult result = ConnectorHarness.of(HelloConnector.class)
                .run(Command.RESOURCES, Map.of("account_id", "acct-1"));   // same envelope and checks as the runner
        assertResourceCounts(result, Map.of("server", 1));
        assertEquals("web-1", result.value().get(0).at("/base/name").asText());
        assertEquals("info\tTarget(customer: None,account: None, resource: None): listing 1 server\n", result.logs());
    }
}

package dev.cmpkit.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TasksTest {

    private static CmpContext context(TestServer server) {
        CmpClient api = CmpClient.builder()
                .baseUrl(server.baseUrl())
                .basicAuth("key", "secret")
                .build();
        return CmpContext.of(api, "module-1");
    }

    @Test
    void postsThePercentageToTheTask() {
        try (TestServer server = TestServer.answering(200, "null")) {
            Tasks.setTaskPercentage(context(server), "task-1", 42);

            TestServer.Request request = server.onlyRequest();
            assertEquals("POST", request.method());
            assertEquals("/tasks/task-1/update", request.rawPath());
            assertEquals("{\"percentage\":42}", request.bodyText());
            assertEquals("application/json", request.header("Content-Type"));
            assertTrue(request.header("Authorization").startsWith("Basic "));
        }
    }

    @Test
    void encodesTheTaskIdAsOneSegment() {
        try (TestServer server = TestServer.answering(200, "null")) {
            Tasks.setTaskPercentage(context(server), "a/b?c%d é", 0);
            assertEquals(
                    "/tasks/a%2Fb%3Fc%25d%20%C3%A9/update", server.onlyRequest().rawPath());
        }
    }

    @Test
    void nullTaskIdSendsNothing() {
        try (TestServer server = TestServer.answering(200, "null")) {
            Tasks.setTaskPercentage(context(server), null, 100);
            Tasks.setTaskPercentage(CmpContext.local(), null, 100);
            assertEquals(List.of(), server.requests());
        }
    }

    @Test
    void non200AnswerThrowsWithStatusAndBody() {
        try (TestServer server = TestServer.answering(500, "\"Oops\"")) {
            CmpApiException e =
                    assertThrows(CmpApiException.class, () -> Tasks.setTaskPercentage(context(server), "task-1", 100));
            assertEquals("Got bad response from tasks API: 500, \"Oops\"", e.getMessage());
            assertEquals(500, e.response().orElseThrow().status());
        }
        try (TestServer server = TestServer.answering(201, "{}")) {
            CmpApiException e =
                    assertThrows(CmpApiException.class, () -> Tasks.setTaskPercentage(context(server), "task-1", 100));
            assertEquals("Got bad response from tasks API: 201, {}", e.getMessage());
        }
    }

    @Test
    void unreachableApiThrowsCmpApiException() {
        CmpClient api = CmpClient.builder()
                .baseUrl("http://127.0.0.1:" + TestServer.closedPort())
                .build();
        CmpApiException e =
                assertThrows(CmpApiException.class, () -> Tasks.setTaskPercentage(CmpContext.of(api, "m"), "t", 1));
        assertEquals("/tasks/t/update", e.path().orElseThrow());
    }

    @Test
    void badArgumentsAreRejectedBeforeAnyRequest() {
        try (TestServer server = TestServer.answering(200, "null")) {
            CmpContext context = context(server);
            IllegalArgumentException high =
                    assertThrows(IllegalArgumentException.class, () -> Tasks.setTaskPercentage(context, "t", 101));
            assertEquals("setTaskPercentage: percentage must be between 0 and 100, got 101", high.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Tasks.setTaskPercentage(context, "t", -1));
            assertThrows(IllegalArgumentException.class, () -> Tasks.setTaskPercentage(context, "", 5));
            assertThrows(IllegalArgumentException.class, () -> Tasks.setTaskPercentage(null, "t", 5));
            assertEquals(List.of(), server.requests());
        }
    }

    @Test
    void localContextWithTaskIdSaysThereIsNoApi() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> Tasks.setTaskPercentage(CmpContext.local(), "t", 5));
        assertTrue(e.getMessage().contains("without a CMP API client"), e.getMessage());
    }
}

package dev.cmpkit.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cmpkit.runtime.Account;
import dev.cmpkit.runtime.Metadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Account#update}, which lives with the value types but speaks the API of this package. */
class AccountUpdateTest {

    private static final Account ACCOUNT = Account.builder()
            .id("ACCOUNT_ID")
            .metadata(Metadata.builder()
                    .add("regions", List.of("region1", "region2"))
                    .build())
            .build();

    private static CmpClient api(TestServer server) {
        return CmpClient.builder().baseUrl(server.baseUrl()).bearerToken("t").build();
    }

    @Test
    void patchesTheAccountJson() {
        try (TestServer server = TestServer.answering(200, "{}")) {
            ACCOUNT.update(CmpContext.of(api(server), "module-1"), "acc 1/ü");

            TestServer.Request request = server.onlyRequest();
            assertEquals("PATCH", request.method());
            assertEquals("/accounts/acc%201%2F%C3%BC/resource", request.rawPath());
            assertEquals(
                    "{\"id\":\"ACCOUNT_ID\",\"metadata\":{\"provider_specific\":{\"regions\":[\"region1\","
                            + "\"region2\"]}}}",
                    request.bodyText());
            assertEquals("application/json", request.header("Content-Type"));
        }
    }

    @Test
    void emptyAccountSendsEmptyObject() {
        try (TestServer server = TestServer.answering(200, "{}")) {
            Account.builder().build().update(CmpContext.of(api(server), "m"), "a");
            assertEquals("{}", server.onlyRequest().bodyText());
        }
    }

    @Test
    void nothingIsSentWithoutAccountIdOrModuleId() {
        try (TestServer server = TestServer.answering(200, "{}")) {
            ACCOUNT.update(CmpContext.of(api(server), "m"), null);
            ACCOUNT.update(CmpContext.of(api(server), "m"), "");
            ACCOUNT.update(CmpContext.of(api(server), null), "a");
            ACCOUNT.update(CmpContext.of(api(server), ""), "a");
            ACCOUNT.update(CmpContext.local(), "a");
            assertEquals(List.of(), server.requests());
        }
    }

    @Test
    void non200AnswerThrowsWithStatusAndBody() {
        try (TestServer server = TestServer.answering(404, "{\"error\":\"no such account\"}")) {
            CmpApiException e =
                    assertThrows(CmpApiException.class, () -> ACCOUNT.update(CmpContext.of(api(server), "m"), "a"));
            assertEquals("Got bad response from account API: 404, {\"error\":\"no such account\"}", e.getMessage());
        }
    }

    @Test
    void nullContextIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ACCOUNT.update(null, "a"));
        assertEquals("Account.update: context is required, got null", e.getMessage());
    }
}

package dev.cmpkit.runtime.results;

import static dev.cmpkit.runtime.ValueAssertions.assertEqualWithSameHash;
import static dev.cmpkit.runtime.ValueAssertions.rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cmpkit.runtime.CmpModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The result values' public constructors: they check exactly like the builders, bring times to
 * the wire form, and values built either way are equal.
 */
class ResultRecordsTest {

    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new CmpModule());

    @Test
    void theConstructorsCheckLikeTheBuilders() {
        assertEquals(
                rejection(
                        () -> LogRecord.builder().severity("LOUD").time("soon").build()),
                rejection(() -> new LogRecord(null, "LOUD", "soon", null, null)));
        assertEquals(
                rejection(() -> StatusEntry.builder().level(3).build()),
                rejection(() -> new StatusEntry(3, null, null, null, null)));
        assertEquals(
                rejection(() -> MetricPoint.builder()
                        .metric("cpu!")
                        .value(Double.POSITIVE_INFINITY)
                        .time("")
                        .build()),
                rejection(() ->
                        new MetricPoint("cpu!", Double.POSITIVE_INFINITY, "", null, null, null, null, null, null)));
        assertEquals(
                rejection(() -> SpendItem.builder().remoteId("i-1").build()),
                rejection(() -> new SpendItem("i-1", null, null, null)));
        assertEquals(
                "Invalid SpendItem: resourceType is required, got null; amount or amountAccumulative is required, got"
                        + " neither",
                rejection(() -> new SpendItem("i-1", null, null, null)));
    }

    @Test
    void whatOnlyABuilderCanHoldIsReportedWithEveryOtherProblem() {
        String noValue = rejection(
                () -> MetricPoint.builder().metric("cpu!").time("soon").build());
        assertTrue(
                noValue.startsWith("Invalid MetricPoint: metric must be letters, digits and -:/_|\"' with an optional"
                        + " .suffix, got \"cpu!\"; value is required, got null; time: "),
                noValue);
        assertTrue(noValue.contains("soon"), noValue);
        String undated =
                rejection(() -> LogRecord.builder().time(LocalTime.NOON).build());
        assertTrue(
                undated.startsWith("Invalid LogRecord: message is required, got null; severity is required"), undated);
        assertTrue(undated.endsWith("time: timestamp needs a date, got LocalTime 12:00"), undated);
        String noLevel =
                rejection(() -> StatusEntry.builder().time(LocalTime.NOON).build());
        assertEquals(
                "Invalid StatusEntry: level is required, got null; time: timestamp needs a date, got LocalTime 12:00",
                noLevel);
    }

    @Test
    void theConstructorsBringTimesToTheWireForm() {
        LogRecord record = new LogRecord("m", "INFO", "2024-06-01 14:00:00+02", null, null);
        assertEquals("2024-06-01T12:00:00Z", record.time());
        assertEqualWithSameHash(
                LogRecord.builder()
                        .message("m")
                        .severity("INFO")
                        .time(Instant.parse("2024-06-01T12:00:00Z"))
                        .build(),
                record);
        assertEqualWithSameHash(
                StatusEntry.builder().level(StatusEntry.OK).time("2024-06-01").build(),
                new StatusEntry(0, "2024-06-01T00:00:00Z", null, null, null));
        assertEqualWithSameHash(
                MetricPoint.builder()
                        .metric("cpu")
                        .value(1.0)
                        .time("2024-06-01T12:00:00.5Z")
                        .unit("%")
                        .build(),
                new MetricPoint("cpu", 1.0, "2024-06-01T12:00:00.500000Z", "%", null, null, null, null, null));
        assertNotEquals(
                new MetricPoint("cpu", 1.0, "2024-06-01", null, null, null, null, null, null),
                new MetricPoint("cpu", 1.0, "2024-06-01", null, false, null, null, null, null));
        assertEqualWithSameHash(
                SpendItem.builder()
                        .remoteId("i")
                        .resourceType("server")
                        .amount(2.5)
                        .build(),
                new SpendItem("i", "server", 2.5, null));
    }

    @Test
    void aSpendReportMadeDirectlyIsCheckedAndCopiedLikeABuiltOne() {
        SpendItem item = new SpendItem("i-1", "server", 2.0, null);
        Map<String, Double> amounts = new LinkedHashMap<>(Map.of("i-1", 2.0));
        SpendReport direct = new SpendReport("EUR", "2024-06-01", List.of(item), null, amounts, null);
        amounts.put("i-2", 3.0);
        assertEquals(Map.of("i-1", 2.0), direct.amountByRemoteId(), "the report keeps its own copy");
        assertEqualWithSameHash(
                SpendReport.builder()
                        .currency("EUR")
                        .spendDate(LocalDate.of(2024, 6, 1))
                        .add(item)
                        .amountByRemoteId(Map.of("i-1", 2.0))
                        .build(),
                direct);
        assertEquals(
                rejection(() -> SpendReport.builder()
                        .currency("XBT")
                        .spendDate("June")
                        .add(item)
                        .add(null)
                        .build()),
                rejection(() -> new SpendReport("XBT", "June", Arrays.asList(item, null), null, null, null)));
        assertEquals(
                "Invalid SpendReport: items is required, got null; currency is required, got null; spendDate is"
                        + " required, got null",
                rejection(() -> SpendReport.builder().addAll(null).build()));
        assertEquals(
                rejection(() -> SpendReport.builder().addAll(null).build()),
                rejection(() -> new SpendReport(null, null, null, null, null, null)));
    }

    @Test
    void aCredentialsCheckThatIsOkHasNoMessage() {
        assertEquals(
                "Invalid CredentialsCheck: a check that is ok has no message, got message=\"fine\"",
                rejection(() -> new CredentialsCheck(true, "fine")));
        assertEqualWithSameHash(CredentialsCheck.ok(), new CredentialsCheck(true, null));
        assertEqualWithSameHash(CredentialsCheck.failed("expired"), new CredentialsCheck(false, "expired"));
        assertNotEquals(CredentialsCheck.failed(null), CredentialsCheck.failed("expired"));
        assertTrue(CredentialsCheck.ok().isOk());
        assertSame(CredentialsCheck.ok(), CredentialsCheck.ok());
    }

    @Test
    void jacksonWritesTheWireFormNotTheRecordComponents() throws Exception {
        // A record is written from its components unless a serializer claims it: these must stay the wire JSON.
        assertEquals("{\"ok\":false}", JACKSON.writeValueAsString(CredentialsCheck.failed(null)));
        assertEquals(
                "{\"remote_id\":\"i\",\"resource_type\":\"server\",\"amount_accumulative\":3.0}",
                JACKSON.writeValueAsString(new SpendItem("i", "server", null, 3.0)));
        assertEquals(
                "{\"level\":2,\"time\":\"2024-06-01T00:00:00Z\"}",
                JACKSON.writeValueAsString(new StatusEntry(2, "2024-06-01", null, null, null)));
    }
}

package dev.cmpkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cmpkit.resources.Server;
import dev.cmpkit.runtime.json.CmpReadException;
import dev.cmpkit.runtime.json.ReadOptions;
import dev.cmpkit.runtime.results.CredentialsCheck;
import dev.cmpkit.runtime.results.LogRecord;
import dev.cmpkit.runtime.results.LogsResult;
import dev.cmpkit.runtime.results.MetricPoint;
import dev.cmpkit.runtime.results.MetricsResult;
import dev.cmpkit.runtime.results.SpendItem;
import dev.cmpkit.runtime.results.SpendReport;
import dev.cmpkit.runtime.results.StatusEntry;
import dev.cmpkit.runtime.results.StatusResult;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A key a value's type does not have fails naming every key the type does have, in the order the
 * type writes them, at the key's place in the input; read leniently, the same input reads.
 */
class UnknownKeyMessagesTest {

    private static final String SERVER_HEAD = "'id': 'i-1', 'type': 'server', 'base': {'name': 'web'},"
            + " 'connections': {}, 'metadata': {}, 'details': {'server': {}}";

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of(Region.class, "{'id': 'r', 'x': 1}", "/x", "id"),
                Arguments.of(Place.class, "{'name': 'Oslo', 'x': 1}", "/x", "id, name, latitude or longitude"),
                Arguments.of(Location.class, "{'x': 1}", "/x", "location, city, state, country, region or type"),
                Arguments.of(
                        Location.class,
                        "{'city': {'name': 'Oslo', 'x': 1}}",
                        "/city/x",
                        "id, name, latitude or longitude"),
                Arguments.of(
                        IpAddress.class,
                        "{'ip_address': '10.0.0.1', 'x': 1}",
                        "/x",
                        "ip_address, network or description"),
                Arguments.of(
                        IpAddress.class,
                        "{'ip_address': '10.0.0.1', 'network': {'id': 'n', 'x': 1}}",
                        "/network/x",
                        "id or name"),
                Arguments.of(
                        ImageDetail.class,
                        "{'id': 'i', 'x': 1}",
                        "/x",
                        "id, name, architecture, distribution, type or version"),
                Arguments.of(Account.class, "{'id': 'a', 'x': 1}", "/x", "id or metadata"),
                Arguments.of(Connections.class, "{'servers': [{'id': 's', 'x': 1}]}", "/servers/0/x", "id"),
                Arguments.of(
                        MetricsResult.class,
                        "{'metrics': [], 'x': 1}",
                        "/x",
                        "metrics, last_update or monitoring_system"),
                Arguments.of(
                        MetricPoint.class,
                        "{'metric': 'cpu', 'value': 1, 'time': '2026-01-01T00:00:00Z', 'x': 1}",
                        "/x",
                        "metric, value, time, unit, counter, specialisation, original_metric, resource_id or"
                                + " provider_id"),
                Arguments.of(
                        SpendReport.class,
                        "{'currency': 'EUR', 'spend_date': '2026-01-01', 'items': [], 'x': 1}",
                        "/x",
                        "currency, spend_date, items, amount or amount_accumulative"),
                Arguments.of(
                        SpendReport.class,
                        "{'currency': 'EUR', 'spend_date': '2026-01-01', 'items': [], 'amount': [{'remote_id': 'r', 'amount': 1, 'x': 1}]}",
                        "/amount/0/x",
                        "remote_id or amount"),
                Arguments.of(
                        SpendItem.class,
                        "{'remote_id': 'r', 'resource_type': 'server', 'amount': 1, 'x': 1}",
                        "/x",
                        "remote_id, resource_type, amount or amount_accumulative"),
                Arguments.of(LogsResult.class, "{'logs': [], 'x': 1}", "/x", "logs or last_update"),
                Arguments.of(
                        LogRecord.class,
                        "{'message': 'm', 'severity': 'INFO', 'time': '2026-01-01T00:00:00Z', 'x': 1}",
                        "/x",
                        "message, severity, time, service or source_host"),
                Arguments.of(StatusResult.class, "{'status': [], 'x': 1}", "/x", "status or last_update"),
                Arguments.of(
                        StatusEntry.class,
                        "{'level': 0, 'time': '2026-01-01T00:00:00Z', 'x': 1}",
                        "/x",
                        "level, time, source, reason or resource_id"),
                Arguments.of(CredentialsCheck.class, "{'ok': true, 'x': 1}", "/x", "ok or message"),
                Arguments.of(
                        GenericResource.class,
                        "{'id': 'g', 'type': 'thing', 'base': {'name': 'g'}, 'x': 1}",
                        "/x",
                        "id, type, base, connections or metadata"),
                Arguments.of(
                        Server.class,
                        "{" + SERVER_HEAD + ", 'x': 1}",
                        "/x",
                        "id, type, base, connections, metadata or details"),
                Arguments.of(
                        Server.class,
                        "{" + SERVER_HEAD.replace("'name': 'web'", "'name': 'web', 'x': 1") + "}",
                        "/base/x",
                        "name, provider_created_at, last_seen_at, native_portal_link, locations or regions"),
                Arguments.of(
                        Server.class,
                        "{" + SERVER_HEAD.replace("'server': {}", "'server': {}, 'x': 1") + "}",
                        "/details/x",
                        "\"server\""));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("shapes")
    void anUnknownKeyFailsNamingTheKeysOfItsObject(Class<?> type, String json, String path, String expected) {
        byte[] input = json.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
        CmpReadException e = assertThrows(CmpReadException.class, () -> CmpJsonReader.read(input, type));
        assertEquals("unknown key \"x\"; expected " + expected + " at " + path, e.getMessage());
        assertEquals(
                type,
                CmpJsonReader.read(input, type, ReadOptions.ignoringUnknownKeys())
                        .getClass());
    }
}

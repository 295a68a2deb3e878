package dev.cmpkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cmpkit.runtime.json.CmpReadException;
import dev.cmpkit.runtime.json.ReadOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A key a value's type does not have fails naming every key the type does have, in the order the
 * type writes them, at the key's place in the input; read leniently, the same input reads. Each row:
 * the type, a valid input with one unknown key {@code x}, where {@code x} is, and the keys named.
 */
class UnknownKeyMessagesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            dev.cmpkit.runtime.Region | {'id': 'r', 'x': 1} | /x | id
            dev.cmpkit.runtime.Place | {'name': 'Oslo', 'x': 1} | /x | id, name, latitude or longitude
            dev.cmpkit.runtime.Location | {'x': 1} | /x | location, city, state, country, region or type
            dev.cmpkit.runtime.Location | {'city': {'name': 'Oslo', 'x': 1}} | /city/x | id, name, latitude or longitude
            dev.cmpkit.runtime.IpAddress | {'ip_address': '10.0.0.1', 'x': 1} | /x | ip_address, network or description
            dev.cmpkit.runtime.IpAddress | {'network': {'id': 'n', 'x': 1}, 'ip_address': '10.0.0.1'} | /network/x | id or name
            dev.cmpkit.runtime.ImageDetail | {'id': 'i', 'x': 1} | /x | id, name, architecture, distribution, type or version
            dev.cmpkit.runtime.Account | {'id': 'a', 'x': 1} | /x | id or metadata
            dev.cmpkit.runtime.Connections | {'servers': [{'id': 's', 'x': 1}]} | /servers/0/x | id
            dev.cmpkit.runtime.results.MetricsResult | {'metrics': [], 'x': 1} | /x | metrics, last_update or monitoring_system
            dev.cmpkit.runtime.results.MetricPoint | {'metric': 'cpu', 'value': 1, 'time': '2026-01-01T00:00:00Z', 'x': 1} \
                 | /x | metric, value, time, unit, counter, specialisation, original_metric, resource_id or provider_id
            dev.cmpkit.runtime.results.SpendReport | {'currency': 'EUR', 'spend_date': '2026-01-01', 'items': [], 'x': 1} \
                 | /x | currency, spend_date, items, amount or amount_accumulative
            dev.cmpkit.runtime.results.SpendReport | {'currency': 'EUR', 'spend_date': '2026-01-01', 'items': [], \
                'amount': [{'remote_id': 'r', 'amount': 1, 'x': 1}]} | /amount/0/x | remote_id or amount
            dev.cmpkit.runtime.results.SpendItem | {'remote_id': 'r', 'resource_type': 'server', 'amount': 1, 'x': 1} \
                 | /x | remote_id, resource_type, amount or amount_accumulative
            dev.cmpkit.runtime.results.LogsResult | {'logs': [], 'x': 1} | /x | logs or last_update
            dev.cmpkit.runtime.results.LogRecord | {'message': 'm', 'severity': 'INFO', 'time': '2026-01-01T00:00:00Z', \
                'x': 1} | /x | message, severity, time, service or source_host
            dev.cmpkit.runtime.results.StatusResult | {'status': [], 'x': 1} | /x | status or last_update
            dev.cmpkit.runtime.results.StatusEntry | {'level': 0, 'time': '2026-01-01T00:00:00Z', 'x': 1} \
                 | /x | level, time, source, reason or resource_id
            dev.cmpkit.runtime.results.CredentialsCheck | {'ok': true, 'x': 1} | /x | ok or message
            dev.cmpkit.runtime.GenericResource | {'id': 'g', 'type': 'thing', 'base': {'name': 'g'}, 'x': 1} \
                 | /x | id, type, base, connections or metadata
            dev.cmpkit.resources.Server | {'id': 'i-1', 'type': 'server', 'base': {'name': 'web'}, 'x': 1} \
                 | /x | id, type, base, connections, metadata or details
            dev.cmpkit.resources.Server | {'id': 'i-1', 'type': 'server', 'base': {'name': 'web', 'x': 1}} \
                 | /base/x | name, provider_created_at, last_seen_at, native_portal_link, locations or regions
            dev.cmpkit.resources.Server | {'id': 'i-1', 'type': 'server', 'base': {'name': 'web'}, \
                'details': {'server': {}, 'x': 1}} | /details/x | `"server"`
            """)
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

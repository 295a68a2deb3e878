package dev.cmpkit.examples.acme;

import dev.cmpkit.runtime.results.LogRecord;
import dev.cmpkit.runtime.results.LogsResult;
import dev.cmpkit.runtime.results.StatusEntry;
import dev.cmpkit.runtime.results.StatusResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Acme's view of its own health: a log line per instance that is not running normally, and a
 * status per data centre (critical when an instance there is halted, a warning while one is
 * being provisioned).
 */
final class AcmeHealth {

    private static final Map<String, String> SEVERITY_BY_STATUS =
            Map.of("halted", "ERROR", "provisioning", "INFO", "deleted", "WARNING");

    private AcmeHealth() {}

    /**
     * Reports the instances in an unusual state as log records.
     *
     * @param inventory the account's inventory
     * @param at when the inventory was read
     * @return one record per instance in an unusual state, with {@code last_update} set to {@code at}
     */
    static LogsResult logs(AcmeData.Inventory inventory, Instant at) {
        LogsResult.Builder logs = LogsResult.builder().lastUpdate(at);
        for (AcmeData.Instance instance : inventory.instances()) {
            String severity = SEVERITY_BY_STATUS.get(instance.status());
            if (severity != null) {
                logs.add(LogRecord.builder()
                        .message("instance " + instance.label() + " (" + instance.uuid() + ") is " + instance.status())
                        .severity(severity)
                        .time(at)
                        .service("acme-compute")
                        .sourceHost(instance.dc())
                        .build());
            }
        }
        return logs.build();
    }

    /**
     * Reports each data centre's health as a status entry.
     *
     * @param inventory the account's inventory
     * @param at when the inventory was read
     * @return one entry per data centre that has instances, in inventory order
     */
    static StatusResult status(AcmeData.Inventory inventory, Instant at) {
        Map<String, Integer> levelByDc = new LinkedHashMap<>();
        Map<String, String> reasonByDc = new LinkedHashMap<>();
        for (AcmeData.Instance instance : inventory.instances()) {
            int level = switch (instance.status()) {
                case "halted" -> StatusEntry.CRITICAL;
                case "provisioning" -> StatusEntry.WARNING;
                default -> StatusEntry.OK;
            };
            int worst = Math.max(level, levelByDc.getOrDefault(instance.dc(), StatusEntry.OK));
            levelByDc.put(instance.dc(), worst);
            if (level == worst && level > StatusEntry.OK) {
                reasonByDc.put(instance.dc(), "instance " + instance.label() + " is " + instance.status());
            }
        }
        StatusResult.Builder status = StatusResult.builder().lastUpdate(at);
        levelByDc.forEach((dc, level) -> status.add(StatusEntry.builder()
                .level(level)
                .time(at)
                .source("acme-" + dc)
                .reason(reasonByDc.getOrDefault(dc, "all instances running"))
                .build()));
        return status.build();
    }
}

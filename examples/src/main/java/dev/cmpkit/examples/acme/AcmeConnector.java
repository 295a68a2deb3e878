package dev.cmpkit.examples.acme;

import dev.cmpkit.runner.Connector;
import dev.cmpkit.runtime.Resource;
import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.errors.InvalidCredentialsException;
import dev.cmpkit.runtime.log.CmpLogger;
import dev.cmpkit.runtime.metrics.MetricMapping;
import dev.cmpkit.runtime.metrics.ParsedEntry;
import dev.cmpkit.runtime.time.TimeInterval;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Acme Cloud connector: lists the account's resources, converts its metrics and checks its
 * credentials, against the simulated {@link AcmeApi}. Registered for
 * {@link java.util.ServiceLoader} in {@code META-INF/services/dev.cmpkit.runner.Connector}.
 */
public final class AcmeConnector implements Connector {

    /** The name that selects this connector: {@code --connector acme}. */
    public static final String NAME = "acme";

    /** Acme keeps an hour of metrics, so one poll never asks for more. */
    static final Duration BACKFILL = Duration.ofHours(1);
    /** Acme's metrics settle about a minute after the sample time. */
    static final Duration SKEW = Duration.ofMinutes(1);

    @Override
    public String name() {
        return NAME;
    }

    /** Maps the account's inventory to CMP resources of every standard type. */
    @Override
    public List<Resource> getResources(Map<String, Object> event, CmpContext context) {
        CmpLogger logger = logger(event, context);
        AcmeData.Inventory inventory = AcmeApi.inventory();
        List<Resource> resources = new InventoryMapper(inventory).resources();
        logger.info("mapped " + resources.size() + " resources of Acme account " + inventory.account().id());
        return resources;
    }

    /**
     * Converts the account's metrics for the event's interval ({@code last_update},
     * {@code poll_interval}) through the bundled {@code mapping.yaml}.
     */
    @Override
    public List<Map<String, Object>> getMetrics(Map<String, Object> event, CmpContext context) {
        CmpLogger logger = logger(event, context);
        TimeInterval interval = TimeInterval.setup(event,
                TimeInterval.options().backfillTime(BACKFILL).skew(SKEW).logger(logger));
        Map<String, ParsedEntry> mapping = MetricMapping.load(BundledFiles.path("mapping.yaml"));
        MetricConverter converter = new MetricConverter(mapping, resourceVariables(AcmeApi.inventory()));
        List<Map<String, Object>> points = converter.convert(AcmeApi.metrics(), interval);
        logger.info("converted " + points.size() + " metric points from " + interval.start() + " to " + interval.end());
        return points;
    }

    /**
     * Checks {@code event.credentials.api_key} and {@code api_secret} against Acme.
     *
     * @throws InvalidCredentialsException when they are missing or Acme refuses them
     */
    @Override
    public Map<String, Object> validateCredentials(Map<String, Object> event, CmpContext context) {
        Object credentials = event.get("credentials");
        if (!(credentials instanceof Map<?, ?> given)
                || !(given.get("api_key") instanceof String key) || !(given.get("api_secret") instanceof String secret)) {
            throw new InvalidCredentialsException("Invalid Credentials: expected the event to hold "
                    + "{\"credentials\": {\"api_key\": \"...\", \"api_secret\": \"...\"}}");
        }
        if (!AcmeApi.accepts(key, secret)) {
            throw new InvalidCredentialsException();
        }
        AcmeData.Account account = AcmeApi.inventory().account();
        logger(event, context).info("credentials accepted for Acme account " + account.id());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("valid", true);
        result.put("account_id", account.id());
        result.put("account_name", account.name());
        return result;
    }

    /** The numbers of each resource that mapping.yaml's conversions may refer to. */
    private static Map<String, Map<String, Object>> resourceVariables(AcmeData.Inventory inventory) {
        Map<String, Map<String, Object>> variables = new HashMap<>();
        for (AcmeData.Disk disk : inventory.disks()) {
            variables.put(disk.uuid(), Map.of("size_b", disk.sizeGib() * 1024L * 1024 * 1024));
        }
        for (AcmeData.Instance instance : inventory.instances()) {
            variables.put(instance.uuid(), Map.of("ram_b", instance.memoryMib() * 1024L * 1024));
        }
        return variables;
    }

    private static CmpLogger logger(Map<String, Object> event, CmpContext context) {
        return new CmpLogger(context, text(event, "customer_id"), text(event, "account_id"), null);
    }

    private static String text(Map<String, Object> event, String key) {
        Object value = event.get(key);
        return value == null ? null : String.valueOf(value);
    }
}

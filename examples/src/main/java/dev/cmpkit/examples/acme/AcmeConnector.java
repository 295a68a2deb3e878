package dev.cmpkit.examples.acme;

import dev.cmpkit.runner.Connector;
import dev.cmpkit.runtime.Resource;
import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.errors.InvalidCredentialsException;
import dev.cmpkit.runtime.errors.NoBillingReportException;
import dev.cmpkit.runtime.log.CmpLogger;
import dev.cmpkit.runtime.metrics.MetricMapping;
import dev.cmpkit.runtime.metrics.ParsedEntry;
import dev.cmpkit.runtime.results.CredentialsCheck;
import dev.cmpkit.runtime.results.LogsResult;
import dev.cmpkit.runtime.results.MetricPoint;
import dev.cmpkit.runtime.results.MetricsResult;
import dev.cmpkit.runtime.results.SpendReport;
import dev.cmpkit.runtime.results.StatusResult;
import dev.cmpkit.runtime.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Acme Cloud connector: lists the account's resources, converts its metrics, reports its
 * spend, logs and status, and checks its credentials, against the simulated {@link AcmeApi}. Registered for
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
        // CMP passes the account's credentials when it has them; Acme refuses wrong ones.
        if (event.get("credentials") instanceof Map<?, ?> given
                && !(given.get("api_key") instanceof String key
                        && given.get("api_secret") instanceof String secret
                        && AcmeApi.accepts(key, secret))) {
            throw new InvalidCredentialsException();
        }
        AcmeData.Inventory inventory = AcmeApi.inventory();
        List<Resource> resources = new InventoryMapper(inventory).resources();
        logger.info("mapped " + resources.size() + " resources of Acme account "
                + inventory.account().id());
        return resources;
    }

    /**
     * Converts the metrics of the resources in {@code event.resources} (each {@code {"id": <CMP
     * UUID>, "provider_id": <Acme id>}}) for the event's interval ({@code last_update},
     * {@code poll_interval}) through the bundled {@code mapping.yaml}; {@code last_update} of the
     * result is where the next poll starts.
     */
    @Override
    public MetricsResult getMetrics(Map<String, Object> event, CmpContext context) {
        CmpLogger logger = logger(event, context);
        TimeInterval interval = TimeInterval.setup(
                event, TimeInterval.options().backfillTime(BACKFILL).skew(SKEW).logger(logger));
        Map<String, ParsedEntry> mapping = MetricMapping.load(BundledFiles.path("mapping.yaml"));
        MetricConverter converter = new MetricConverter(mapping, resourceVariables(AcmeApi.inventory()));
        List<MetricPoint> points = converter.convert(AcmeApi.metrics(), interval, cmpIds(event));
        logger.info("converted " + points.size() + " metric points from " + interval.start() + " to " + interval.end());
        return MetricsResult.builder().addAll(points).lastUpdate(interval.end()).build();
    }

    /**
     * Reports the spend of {@code event.spend_date} (a {@code YYYY-MM-DD} day; yesterday when
     * absent) from Acme's plan prices.
     *
     * @throws NoBillingReportException for a day that is not over yet
     */
    @Override
    public SpendReport getSpend(Map<String, Object> event, CmpContext context) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Object day = event.get("spend_date");
        SpendReport report = AcmeBilling.report(
                AcmeApi.inventory(), day == null ? today.minusDays(1) : LocalDate.parse(String.valueOf(day)), today);
        logger(event, context).info("reported " + report.items().size() + " items of " + report.spendDate());
        return report;
    }

    /** Reports the instances that are not running normally, as log records. */
    @Override
    public LogsResult getLogs(Map<String, Object> event, CmpContext context) {
        return AcmeHealth.logs(AcmeApi.inventory(), Instant.now());
    }

    /** Reports the health of each data centre that has instances. */
    @Override
    public StatusResult getStatus(Map<String, Object> event, CmpContext context) {
        return AcmeHealth.status(AcmeApi.inventory(), Instant.now());
    }

    /**
     * Checks {@code event.credentials.api_key} and {@code api_secret} against Acme.
     *
     * @return {@code {"ok": true}}, or {@code {"ok": false, "message": ...}} when the event holds
     *     no credentials
     * @throws InvalidCredentialsException when Acme refuses them
     */
    @Override
    public CredentialsCheck validateCredentials(Map<String, Object> event, CmpContext context) {
        Object credentials = event.get("credentials");
        if (!(credentials instanceof Map<?, ?> given)
                || !(given.get("api_key") instanceof String key)
                || !(given.get("api_secret") instanceof String secret)
                || key.isEmpty()
                || secret.isEmpty()) {
            return CredentialsCheck.failed("expected the event to hold "
                    + "{\"credentials\": {\"api_key\": \"...\", \"api_secret\": \"...\"}}");
        }
        if (!AcmeApi.accepts(key, secret)) {
            throw new InvalidCredentialsException();
        }
        logger(event, context)
                .info("credentials accepted for Acme account "
                        + AcmeApi.inventory().account().id());
        return CredentialsCheck.ok();
    }

    /** CMP's resource id by Acme id, from the event's {@code resources}. */
    private static Map<String, String> cmpIds(Map<String, Object> event) {
        Map<String, String> ids = new HashMap<>();
        if (event.get("resources") instanceof List<?> resources) {
            for (Object resource : resources) {
                if (resource instanceof Map<?, ?> fields
                        && fields.get("id") instanceof String id
                        && fields.get("provider_id") instanceof String providerId) {
                    ids.put(providerId, id);
                }
            }
        }
        return ids;
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

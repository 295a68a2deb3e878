package ${package};

import dev.cmpkit.runner.Connector;
import dev.cmpkit.runtime.Region;
import dev.cmpkit.runtime.Resource;
import dev.cmpkit.runtime.api.CmpContext;
import dev.cmpkit.runtime.errors.InvalidCredentialsException;
import dev.cmpkit.runtime.log.CmpLogger;
import dev.cmpkit.runtime.metrics.MetricMapping;
import dev.cmpkit.runtime.metrics.ParsedEntry;
import dev.cmpkit.runtime.results.CredentialsCheck;
import dev.cmpkit.runtime.results.LogRecord;
import dev.cmpkit.runtime.results.LogsResult;
import dev.cmpkit.runtime.results.MetricPoint;
import dev.cmpkit.runtime.results.MetricsResult;
import dev.cmpkit.runtime.results.SpendItem;
import dev.cmpkit.runtime.results.SpendReport;
import dev.cmpkit.runtime.results.StatusEntry;
import dev.cmpkit.runtime.results.StatusResult;
import dev.cmpkit.runtime.time.TimeInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The connector: CMP's six handlers over the provider's API. Each one works against the
 * {@link ProviderClient} stand-in; replace its calls with the real provider's.
 *
 * <p>Registered for the runner in {@code META-INF/services/dev.cmpkit.runner.Connector}.
 */
public final class ProviderConnector implements Connector {

    /** The provider's metric names and their CMP names, units and conversions, bundled in the jar. */
    private static final Map<String, ParsedEntry> MAPPING = MetricMapping.loadResource(
            ProviderConnector.class.getClassLoader(), "mapping.yaml");

    @Override
    public String name() {
        return "${artifactId}";
    }

    @Override
    public List<Resource> getResources(Map<String, Object> event, CmpContext context) {
        ProviderClient client = client(event);
        List<Resource> resources = new ArrayList<>();
        for (ProviderClient.Vm vm : client.listVms()) {
            resources.add(Instance.builder()
                    .id(vm.id())
                    .name(vm.name())
                    .region(Region.of("region-1"))
                    .vcpus(vm.vcpus())
                    .memoryBytes(vm.memoryMb() * 1024 * 1024)
                    .state(vm.status().equals("RUNNING") ? "running" : "stopped")
                    .build());
        }
        logger(event, context).info("listed " + resources.size() + " resources");
        return resources;
    }

    @Override
    public MetricsResult getMetrics(Map<String, Object> event, CmpContext context) {
        TimeInterval interval = TimeInterval.setup(event);
        Map<String, String> cmpIds = cmpIds(event);
        MetricsResult.Builder result = MetricsResult.builder().lastUpdate(interval.end());
        for (ProviderClient.Sample sample : client(event).samples(interval.start(), interval.end())) {
            ParsedEntry entry = MAPPING.get(sample.metric());
            String cmpId = cmpIds.get(sample.vmId());
            if (entry == null || cmpId == null) {
                continue; // a metric the mapping does not name, or a resource CMP did not ask about
            }
            result.add(MetricPoint.fromMapping(entry, Map.of("value", sample.value()), sample.time())
                    .resourceId(cmpId)
                    .providerId(sample.vmId())
                    .originalMetric(sample.metric())
                    .build());
        }
        return result.build();
    }

    @Override
    public SpendReport getSpend(Map<String, Object> event, CmpContext context) {
        Object day = event.get("spend_date");
        LocalDate date = day == null ? LocalDate.now(ZoneOffset.UTC).minusDays(1) : LocalDate.parse(day.toString());
        ProviderClient client = client(event);
        SpendReport.Builder report = SpendReport.builder().currency("USD").spendDate(date);
        for (ProviderClient.Vm vm : client.listVms()) {
            report.add(SpendItem.builder()
                    .remoteId(vm.id())
                    .resourceType("server")
                    .amount(client.dailyCost(vm))
                    .build());
        }
        return report.build();
    }

    @Override
    public LogsResult getLogs(Map<String, Object> event, CmpContext context) {
        LogsResult.Builder logs = LogsResult.builder();
        for (ProviderClient.Vm vm : client(event).listVms()) {
            if (!vm.status().equals("RUNNING")) {
                logs.add(LogRecord.builder()
                        .message(vm.name() + " is " + vm.status().toLowerCase(Locale.ROOT))
                        .severity("WARNING")
                        .time(Instant.now())
                        .service("compute")
                        .build());
            }
        }
        return logs.build();
    }

    @Override
    public StatusResult getStatus(Map<String, Object> event, CmpContext context) {
        boolean allRunning = client(event).listVms().stream().allMatch(vm -> vm.status().equals("RUNNING"));
        return StatusResult.builder()
                .add(StatusEntry.builder()
                        .level(allRunning ? StatusEntry.OK : StatusEntry.WARNING)
                        .time(Instant.now())
                        .source("compute")
                        .reason(allRunning ? "all instances running" : "some instances are not running")
                        .build())
                .build();
    }

    @Override
    public CredentialsCheck validateCredentials(Map<String, Object> event, CmpContext context) {
        String apiKey = apiKey(event);
        if (apiKey == null) {
            return CredentialsCheck.failed("expected the event to hold {\"credentials\": {\"api_key\": \"...\"}}");
        }
        return new ProviderClient(apiKey).authenticate()
                ? CredentialsCheck.ok()
                : CredentialsCheck.failed("the provider refused the API key");
    }

    /** A client for the event's credentials; CMP shows a refusal as "Invalid Credentials". */
    private static ProviderClient client(Map<String, Object> event) {
        ProviderClient client = new ProviderClient(apiKey(event));
        if (!client.authenticate()) {
            throw new InvalidCredentialsException();
        }
        return client;
    }

    private static String apiKey(Map<String, Object> event) {
        if (event.get("credentials") instanceof Map<?, ?> credentials
                && credentials.get("api_key") instanceof String key
                && !key.isEmpty()) {
            return key;
        }
        return null;
    }

    /** CMP's resource id by provider id, from the event's {@code resources}. */
    private static Map<String, String> cmpIds(Map<String, Object> event) {
        Map<String, String> ids = new HashMap<>();
        if (event.get("resources") instanceof List<?> resources) {
            for (Object resource : resources) {
                if (resource instanceof Map<?, ?> r && r.get("id") instanceof String id
                        && r.get("provider_id") instanceof String providerId) {
                    ids.put(providerId, id);
                }
            }
        }
        return ids;
    }

    private static CmpLogger logger(Map<String, Object> event, CmpContext context) {
        Object customer = event.get("customer_id");
        Object account = event.get("account_id");
        return new CmpLogger(
                context, customer == null ? null : customer.toString(), account == null ? null : account.toString(), null);
    }
}

package io.sellerbridge.reports;

import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.Settings;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the report streams: every route made from the {@code spapi-report} template in the properties
 * ({@code camel.route-template[<id>].name = <name>}) and its knobs under {@code spapi.reports.<name>.*}, validated at
 * start-up so a bad report type or window names its key.
 */
public final class ReportStreams {

    private static final Pattern TEMPLATE_NAME = Pattern.compile("camel\\.route-template\\[([^\\]]+)]\\.name");
    /** Amazon's order reports accept windows of up to 30 days (longer ones end FATAL). */
    private static final Duration LONGEST_ORDERS_WINDOW = Duration.ofDays(30);

    private ReportStreams() {
    }

    /** The streams by name, enabled or not; {@code propertyNames} are all configured keys. */
    public static Map<String, ReportStream> load(Settings settings, Set<String> propertyNames) {
        Optional<Instant> backfillFrom = settings.instant("spapi.reports.backfill.from");
        Map<String, ReportStream> streams = new LinkedHashMap<>();
        for (String name : names(settings, propertyNames)) {
            String prefix = "spapi.reports." + name + ".";
            String reportType = settings.required(prefix + "report-type");
            ReportFormat format;
            try {
                format = ReportFormats.forReportType(reportType);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(prefix + "report-type", e.getMessage());
            }
            // order reports cover a data window; the others (FBA inventory) are snapshots of now
            boolean orders = reportType.contains("_ORDERS_");
            Duration window = orders ? settings.duration(prefix + "window", Duration.ofMinutes(1),
                    LONGEST_ORDERS_WINDOW.plusNanos(1), "must be between PT1M and P30D") : null;
            boolean enabled = settings.bool(prefix + "enabled");
            if (enabled) {
                settings.cron(prefix + "schedule");
                refuseTwoSources(settings, prefix, orders, backfillFrom.isPresent());
            }
            streams.put(name, new ReportStream(name, reportType, format, orders, enabled, window,
                    orders ? settings.duration(prefix + "start") : null, orders ? backfillFrom : Optional.empty()));
        }
        if (backfillFrom.isPresent() && streams.values().stream().noneMatch(s -> s.enabled() && s.ordersReport())) {
            throw new ConfigurationException("spapi.reports.backfill.from",
                    "needs an enabled order report stream (spapi.reports.<name>.enabled = true with an orders report type)");
        }
        return streams;
    }

    /**
     * A report describes the past (data up to its window's end, generated minutes to hours ago): published alongside
     * the API stream of the same facts, an older report state could land after a newer API state on the compacted
     * topic. So an order report stream runs as a backfill (it ends where getOrders begins) or instead of getOrders,
     * and inventory comes from the report or from the API, not both.
     */
    private static void refuseTwoSources(Settings settings, String prefix, boolean orders, boolean backfill) {
        if (orders && !backfill && settings.bool("spapi.orders.enabled")) {
            throw new ConfigurationException(prefix + "enabled", "an order report stream next to getOrders polling must be "
                    + "a backfill (set spapi.reports.backfill.from), or switch spapi.orders.enabled off");
        }
        if (!orders && settings.bool("spapi.inventory.enabled")) {
            throw new ConfigurationException(prefix + "enabled", "inventory levels come from the FBA inventory report or "
                    + "from getInventorySummaries (spapi.inventory.enabled), not both");
        }
    }

    private static Set<String> names(Settings settings, Set<String> propertyNames) {
        Set<String> names = new TreeSet<>();
        for (String key : propertyNames) {
            Matcher m = TEMPLATE_NAME.matcher(key);
            if (m.matches() && settings.optional("camel.route-template[" + m.group(1) + "].template-id")
                    .filter("spapi-report"::equals).isPresent()) {
                names.add(settings.required(key));
            }
        }
        return names;
    }
}

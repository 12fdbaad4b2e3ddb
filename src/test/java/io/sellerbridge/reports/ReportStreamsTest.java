package io.sellerbridge.reports;

import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.Settings;
import io.sellerbridge.testing.BundleProperties;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportStreamsTest {

    private final Map<String, String> props = new HashMap<>(Map.ofEntries(
            Map.entry("camel.route-template[spapi-report-orders].template-id", "spapi-report"),
            Map.entry("camel.route-template[spapi-report-orders].name", "orders"),
            Map.entry("spapi.reports.orders.enabled", "true"),
            Map.entry("spapi.reports.orders.report-type", ReportFormats.FLAT_FILE_ALL_ORDERS),
            Map.entry("spapi.reports.orders.schedule", "0 0 2 * * ?"),
            Map.entry("spapi.reports.orders.window", "P10D"),
            Map.entry("spapi.reports.orders.start", "P60D"),
            // reports instead of getOrders: the one way an order report stream runs without a backfill date
            Map.entry("spapi.orders.enabled", "false"),
            Map.entry("camel.route-template[spapi-report-inventory].template-id", "spapi-report"),
            Map.entry("camel.route-template[spapi-report-inventory].name", "inventory"),
            Map.entry("spapi.reports.inventory.report-type", ReportFormats.FBA_MYI_UNSUPPRESSED_INVENTORY),
            Map.entry("camel.route-template[kafka-publish-orders].template-id", "kafka-publish"),
            Map.entry("camel.route-template[kafka-publish-orders].name", "publish")));
    private final Settings settings = BundleProperties.settings(props);

    private Map<String, ReportStream> load() {
        return ReportStreams.load(settings, BundleProperties.names(props));
    }

    private String failingKey() {
        ConfigurationException e = assertThrows(ConfigurationException.class, this::load);
        return e.getMessage().substring(0, e.getMessage().indexOf(':'));
    }

    @Test
    void givenTwoReportRoutes_whenLoaded_thenEachIsAStreamWithItsKnobs() {
        Map<String, ReportStream> streams = load();

        assertEquals(Set.of("orders", "inventory"), streams.keySet());
        ReportStream orders = streams.get("orders");
        assertTrue(orders.ordersReport());
        assertTrue(orders.enabled());
        assertEquals(Duration.ofDays(10), orders.window());
        assertEquals(Duration.ofDays(60), orders.start());
        assertTrue(orders.backfillFrom().isEmpty());
        ReportStream inventory = streams.get("inventory");
        assertFalse(inventory.ordersReport());
        assertFalse(inventory.enabled());
        assertEquals(ReportFormats.FBA_MYI_UNSUPPRESSED_INVENTORY, inventory.reportType());
    }

    @Test
    void givenARouteOfAnotherTemplate_whenLoaded_thenItIsNoReportStream() {
        assertFalse(load().containsKey("publish"));
    }

    @Test
    void givenAnUnsupportedReportType_whenLoaded_thenTheErrorNamesTheStreamsReportTypeKey() {
        props.put("spapi.reports.orders.report-type", "GET_MERCHANT_LISTINGS_ALL_DATA");

        assertEquals("spapi.reports.orders.report-type", failingKey());
    }

    @Test
    void givenAnOrderWindowOverThirtyDays_whenLoaded_thenTheErrorNamesTheWindowKey() {
        props.put("spapi.reports.orders.window", "P31D");

        assertEquals("spapi.reports.orders.window", failingKey());
    }

    @Test
    void givenAZeroOrderWindow_whenLoaded_thenTheErrorNamesTheWindowKey() {
        props.put("spapi.reports.orders.window", "PT0S");

        assertEquals("spapi.reports.orders.window", failingKey());
    }

    @Test
    void givenAnOrderWindowUnderOneMinute_whenLoaded_thenTheErrorNamesTheWindowKey() {
        props.put("spapi.reports.orders.window", "PT30S");

        assertEquals("spapi.reports.orders.window", failingKey());
    }

    @Test
    void givenAnEnabledStreamWithABadSchedule_whenLoaded_thenTheErrorNamesTheScheduleKey() {
        props.put("spapi.reports.orders.schedule", "nightly");

        assertEquals("spapi.reports.orders.schedule", failingKey());
    }

    @Test
    void givenABackfillDate_whenLoaded_thenOnlyTheOrderStreamBackfillsFromMidnightUtc() {
        props.put("spapi.reports.backfill.from", "2026-01-01");

        Map<String, ReportStream> streams = load();

        assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), streams.get("orders").backfillFrom());
        assertTrue(streams.get("inventory").backfillFrom().isEmpty());
    }

    @Test
    void givenABackfillDateAndNoEnabledOrderStream_whenLoaded_thenTheErrorNamesTheBackfillKey() {
        props.put("spapi.reports.backfill.from", "2026-01-01");
        props.put("spapi.reports.orders.enabled", "false");
        props.put("spapi.reports.inventory.enabled", "true");
        props.put("spapi.reports.inventory.schedule", "0 0 3 * * ?");

        assertEquals("spapi.reports.backfill.from", failingKey());
    }

    @Test
    void givenABadBackfillDate_whenLoaded_thenTheErrorNamesTheBackfillKey() {
        props.put("spapi.reports.backfill.from", "2026-13-01");

        assertEquals("spapi.reports.backfill.from", failingKey());
    }

    @Test
    void givenAnOrderReportStreamWithoutBackfillNextToGetOrders_whenLoaded_thenTheErrorNamesTheStreamsEnabledKey() {
        props.put("spapi.orders.enabled", "true");

        assertEquals("spapi.reports.orders.enabled", failingKey());
    }

    @Test
    void givenAnOrderReportBackfillNextToGetOrders_whenLoaded_thenItIsAccepted() {
        props.put("spapi.orders.enabled", "true");
        props.put("spapi.reports.backfill.from", "2026-01-01");

        assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), load().get("orders").backfillFrom());
    }

    @Test
    void givenTheInventoryReportAndGetInventorySummariesBothOn_whenLoaded_thenTheErrorNamesTheReportStreamsEnabledKey() {
        props.put("spapi.reports.inventory.enabled", "true");
        props.put("spapi.reports.inventory.schedule", "0 0 3 * * ?");
        props.put("spapi.inventory.enabled", "true");

        assertEquals("spapi.reports.inventory.enabled", failingKey());
    }
}

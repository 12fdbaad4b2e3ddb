package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides what document a finished report gets, from the same data the other APIs serve: the seller's orders whose
 * LastUpdateDate is in the report's window, newest update first, or the seller's FBA inventory in the marketplaces
 * asked for. Null means there is no data: Amazon then cancels the report.
 * <p>
 * An orders report holds every marketplace of the region whatever marketplaces were asked for ({@link
 * SellingRegions}), and, as a seller with multi-channel fulfilment sees, one "Non-Amazon" order ({@link
 * MultiChannelOrder}), last as the oldest update of the window. That order is in no SandboxData, so what the bundle
 * publishes from a report is still exactly the seeded orders.
 */
final class ReportContents {

    static final String FLAT_FILE_ALL_ORDERS = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
    static final String XML_ALL_ORDERS = "GET_XML_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
    static final String FBA_MYI_UNSUPPRESSED_INVENTORY = "GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA";
    static final Set<String> SUPPORTED = Set.of(FLAT_FILE_ALL_ORDERS, XML_ALL_ORDERS, FBA_MYI_UNSUPPRESSED_INVENTORY);

    private final SandboxOptions options;
    private final SandboxData data;
    private final SandboxInventory inventory;

    ReportContents(SandboxOptions options, SandboxData data, SandboxInventory inventory) {
        this.options = options;
        this.data = data;
        this.inventory = inventory;
    }

    ReportDocumentContent build(String sellerId, String reportType, List<String> marketplaceIds, Instant start,
                                Instant end) {
        return switch (reportType) {
            case FLAT_FILE_ALL_ORDERS -> options.syntheticOrderReportRows() > 0
                    ? new SyntheticOrderReport(options.syntheticOrderReportRows(),
                            options.seed() * 31 + sellerId.hashCode(), regionMarketplaces(sellerId, marketplaceIds),
                            start, end)
                    : orders(sellerId, marketplaceIds, start, end, FlatFileOrderReport::new);
            case XML_ALL_ORDERS -> orders(sellerId, marketplaceIds, start, end,
                    snapshots -> new AllOrdersXmlReport(snapshots, options.reportCharset()));
            case FBA_MYI_UNSUPPRESSED_INVENTORY -> inventory(sellerId, marketplaceIds);
            default -> throw new IllegalArgumentException("unsupported reportType " + reportType);
        };
    }

    private ReportDocumentContent orders(String sellerId, List<String> marketplaceIds, Instant start, Instant end,
                                         Function<List<OrderSnapshot>, ReportDocumentContent> format) {
        record Hit(Instant updated, String id, ObjectNode order) {
        }
        List<Hit> hits = data.select(sellerId, (order, undated) -> {
            Instant updated = IsoTimes.field(order, "LastUpdateDate");
            Instant when = updated == null ? undated : updated;
            String marketplace = OrderReportVocabulary.text(order, "MarketplaceId");
            boolean matches = !when.isBefore(start) && !when.isAfter(end)
                    && SellingRegions.sameRegion(marketplaceIds, marketplace);
            return matches ? new Hit(when, order.get("AmazonOrderId").asText(), order.deepCopy()) : null;
        });
        if (hits.isEmpty()) {
            return null;
        }
        List<OrderSnapshot> snapshots = new ArrayList<>(hits.size());
        hits.stream().sorted(Comparator.comparing(Hit::updated).reversed().thenComparing(Hit::id)).forEach(hit -> {
            List<ObjectNode> items = data.copyItems(sellerId, hit.id());
            snapshots.add(new OrderSnapshot(hit.order(), items == null ? List.of() : items));
        });
        snapshots.add(MultiChannelOrder.updatedAt(sellerId, start));
        return format.apply(snapshots);
    }

    /** The seller's marketplaces in the regions of those asked for: the ones its orders report covers. */
    private List<Marketplace> regionMarketplaces(String sellerId, List<String> marketplaceIds) {
        SandboxSeller seller = options.sellers().stream().filter(s -> s.sellerId().equals(sellerId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seller " + sellerId));
        return seller.marketplaceIds().stream().filter(id -> SellingRegions.sameRegion(marketplaceIds, id))
                .map(Marketplace::of).toList();
    }

    private ReportDocumentContent inventory(String sellerId, List<String> marketplaceIds) {
        List<ObjectNode> summaries = new ArrayList<>();
        for (String marketplaceId : marketplaceIds) {
            summaries.addAll(inventory.summaries(sellerId, marketplaceId));
        }
        return summaries.isEmpty() ? null
                : new FbaInventoryReport(summaries, Marketplace.of(marketplaceIds.get(0)));
    }
}

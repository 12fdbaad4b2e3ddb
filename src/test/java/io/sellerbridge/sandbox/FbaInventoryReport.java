package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.OrderReportVocabulary.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.RoundingMode;
import java.util.List;

/**
 * GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA made from the same summaries getInventorySummaries serves
 * ({@link SandboxInventory}): one tab-separated row per SKU, quantities under Amazon's afn-* column names, the
 * condition spelled for people ("New", "Used - Like New"). The 21 columns are those of airbyte's schema for the
 * report and of real files (EU files add a "store" column).
 */
final class FbaInventoryReport implements ReportDocumentContent {

    static final List<String> COLUMNS = List.of("sku", "fnsku", "asin", "product-name", "condition", "your-price",
            "mfn-listing-exists", "mfn-fulfillable-quantity", "afn-listing-exists", "afn-warehouse-quantity",
            "afn-fulfillable-quantity", "afn-unsellable-quantity", "afn-reserved-quantity", "afn-total-quantity",
            "per-unit-volume", "afn-inbound-working-quantity", "afn-inbound-shipped-quantity",
            "afn-inbound-receiving-quantity", "afn-researching-quantity", "afn-reserved-future-supply",
            "afn-future-supply-buyable");

    private final List<ObjectNode> summaries;
    private final Marketplace marketplace;

    FbaInventoryReport(List<ObjectNode> summaries, Marketplace marketplace) {
        this.summaries = List.copyOf(summaries);
        this.marketplace = marketplace;
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public long dataRows() {
        return summaries.size();
    }

    @Override
    public void write(Out out) throws IOException {
        out.text(String.join("\t", COLUMNS) + FlatFileOrderReport.LINE_END);
        for (ObjectNode summary : summaries) {
            if (!out.row(row(summary))) {
                return;
            }
        }
    }

    @Override
    public String corrupt(String row) {
        return row.substring(0, row.lastIndexOf('\t')) + FlatFileOrderReport.LINE_END;
    }

    private String row(ObjectNode s) {
        JsonNode d = s.get("inventoryDetails");
        int fulfillable = d.get("fulfillableQuantity").asInt();
        int unsellable = d.get("unfulfillableQuantity").get("totalUnfulfillableQuantity").asInt();
        int reserved = d.get("reservedQuantity").get("totalReservedQuantity").asInt();
        String sku = text(s, "sellerSku");
        List<String> cells = List.of(sku, text(s, "fnSku"), text(s, "asin"),
                OrderReportVocabulary.cell(text(s, "productName")), condition(text(s, "condition")), price(sku),
                "No", "", "Yes", Integer.toString(fulfillable + unsellable + reserved), Integer.toString(fulfillable),
                Integer.toString(unsellable), Integer.toString(reserved), text(s, "totalQuantity"), "0.12",
                text(d, "inboundWorkingQuantity"), text(d, "inboundShippedQuantity"),
                text(d, "inboundReceivingQuantity"),
                text(d.get("researchingQuantity"), "totalResearchingQuantity"), "0", "0");
        return String.join("\t", cells) + FlatFileOrderReport.LINE_END;
    }

    /** The API's condition as Seller Central spells it: NewItem is "New", UsedLikeNew "Used - Like New". */
    static String condition(String apiCondition) {
        if ("NewItem".equals(apiCondition)) {
            return "New";
        }
        String words = apiCondition.replaceAll("([a-z])([A-Z])", "$1 $2");
        int space = words.indexOf(' ');
        return space < 0 ? words : words.substring(0, space) + " - " + words.substring(space + 1);
    }

    private String price(String sku) {
        return SeedCatalog.PRODUCTS.stream().filter(p -> p.sellerSku().equals(sku)).findFirst()
                .map(p -> p.usdPrice().multiply(marketplace.usdRate())
                        .setScale(marketplace.currencyScale(), RoundingMode.HALF_UP).toPlainString())
                .orElse("");
    }
}

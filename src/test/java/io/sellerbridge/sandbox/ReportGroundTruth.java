package io.sellerbridge.sandbox;

import io.sellerbridge.canonical.Address;
import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.CanonicalOrderItem;
import io.sellerbridge.orders.SpApiOrderMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What an orders report of a created report must hold: the seller's orders in the report's window and in the given
 * marketplaces, mapped by the bundle's getOrders mapper and cut to the facts an all-orders report carries.
 */
final class ReportGroundTruth {

    private ReportGroundTruth() {
    }

    /**
     * By amazonOrderId; {@code marketplaceIds}: the marketplaces whose orders the document holds (whatever the report
     * was asked for: its region); {@code withItemIds}: the XML report names items, the flat file does not.
     */
    static List<CanonicalOrder> orders(AmazonSandbox sandbox, SandboxReports.CreatedReport report,
                                       Collection<String> marketplaceIds, boolean withItemIds) {
        SpApiOrderMapper mapper = new SpApiOrderMapper();
        List<CanonicalOrder> expected = new ArrayList<>();
        for (ObjectNode order : sandbox.data().orders(report.sellerId())) {
            Instant updated = IsoTimes.field(order, "LastUpdateDate");
            if (updated.isBefore(report.dataStartTime()) || updated.isAfter(report.dataEndTime())
                    || !marketplaceIds.contains(order.get("MarketplaceId").asText())) {
                continue;
            }
            List<JsonNode> items = new ArrayList<>(sandbox.data().items(order.get("AmazonOrderId").asText()));
            expected.add(reportFacts(mapper.map(report.sellerId(), order, items), withItemIds,
                    OrderReportVocabulary.isShipping(order)));
        }
        return byId(expected);
    }

    static List<CanonicalOrder> byId(List<CanonicalOrder> orders) {
        return orders.stream().sorted(Comparator.comparing(CanonicalOrder::amazonOrderId)).toList();
    }

    /** {@code shipping}: the report writes "Shipping", which the bundle keeps as written instead of orderStatus. */
    private static CanonicalOrder reportFacts(CanonicalOrder o, boolean withItemIds, boolean shipping) {
        Address a = o.shippingAddress();
        Address address = a == null ? null : new Address(null, null, null, null, null, a.city(), null, null,
                a.stateOrRegion(), null, a.postalCode(), a.countryCode(), null, null);
        List<CanonicalOrderItem> items = o.items().stream().map(i -> new CanonicalOrderItem(
                withItemIds ? i.orderItemId() : null, i.asin(), i.sellerSku(), i.title(), i.quantityOrdered(), null,
                null, i.itemPrice(), i.itemTax(), i.shippingPrice(), i.shippingTax(), i.shippingDiscount(), null,
                i.promotionDiscount(), null, null, null, i.promotionIds(), null, null, null, null, null, null)).toList();
        return new CanonicalOrder(o.sellerId(), o.marketplaceId(), o.amazonOrderId(), o.sellerOrderId(),
                o.purchaseDate(), o.lastUpdateDate(), shipping ? null : o.orderStatus(), o.fulfillmentChannel(),
                o.salesChannel(), o.orderChannel(), o.shipServiceLevel(), null, null, null, null, null, null, null,
                o.isBusinessOrder(), null, null, null, null, null, null, null, null, null, address, items,
                shipping ? "Shipping" : null, null);
    }
}

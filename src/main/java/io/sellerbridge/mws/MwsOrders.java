package io.sellerbridge.mws;

import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.Values;
import io.sellerbridge.kafka.DeadLetterRecord;
import io.sellerbridge.orders.OrderExchange;
import org.apache.camel.Exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Camel-facing side of the MWS order mapping: reads the exchange, delegates to {@link MwsOrderMapper}. */
public class MwsOrders {

    public static final String SOURCE = "/amazon/mws/orders/2013-09-01";

    private final MwsOrderMapper mapper = new MwsOrderMapper();

    /** The same version id as the SP-API stream's, so one order version is published once whichever API read it. */
    public String versionId(Exchange exchange) {
        MwsOrder order = exchange.getProperty(OrderExchange.ORDER, MwsOrder.class);
        String orderId = Values.required("Order.AmazonOrderId", order.amazonOrderId());
        String updated = Values.utc("Order.LastUpdateDate", Values.required("Order.LastUpdateDate", order.lastUpdateDate()));
        String id = exchange.getProperty(MwsRequestSigner.SELLER, MwsSellerConfig.class).sellerId() + ":" + orderId + ":" + updated;
        exchange.setProperty(OrderExchange.VERSION_ID, id);
        return id;
    }

    /**
     * For the dead-letter topic: Amazon's XML as received, the ListOrders page holding the order and the item pages
     * read so far (JAXB keeps no copy of an element's own bytes).
     */
    @SuppressWarnings("unchecked")
    public void keepRawPayload(Exchange exchange) {
        StringBuilder raw = new StringBuilder();
        byte[] page = exchange.getProperty(MwsPages.RAW_ORDERS_PAGE, byte[].class);
        if (page != null) {
            raw.append(new String(page, StandardCharsets.UTF_8));
        }
        List<byte[]> items = exchange.getProperty(MwsPages.RAW_ITEMS_PAGES, List.class);
        if (items != null) {
            items.forEach(i -> raw.append('\n').append(new String(i, StandardCharsets.UTF_8)));
        }
        exchange.setProperty(DeadLetterRecord.RAW_PAYLOAD, raw.toString());
    }

    @SuppressWarnings("unchecked")
    public CanonicalOrder toCanonical(Exchange exchange) {
        MwsOrder order = exchange.getProperty(OrderExchange.ORDER, MwsOrder.class);
        List<MwsOrderItem> items = exchange.getProperty(OrderExchange.ORDER_ITEMS, List.class);
        return mapper.map(exchange.getProperty(MwsRequestSigner.SELLER, MwsSellerConfig.class).sellerId(), order, items);
    }
}

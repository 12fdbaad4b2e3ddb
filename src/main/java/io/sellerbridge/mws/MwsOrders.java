package io.sellerbridge.mws;

import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.Values;
import io.sellerbridge.kafka.DeadLetterRecord;
import io.sellerbridge.pii.BuyerData;
import org.apache.camel.Exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Camel-facing side of the MWS order mapping: reads the exchange, delegates to {@link MwsOrderMapper}. */
public class MwsOrders {

    public static final String SOURCE = "/amazon/mws/orders/2013-09-01";

    private final MwsOrderMapper mapper = new MwsOrderMapper();
    private final BuyerData buyerData;

    public MwsOrders(BuyerData buyerData) {
        this.buyerData = buyerData;
    }

    /** The same version id as the SP-API stream's, so one order version is published once whichever API read it. */
    public String versionId(Exchange exchange) {
        MwsOrder order = exchange.getProperty(MwsExchange.ORDER, MwsOrder.class);
        String orderId = Values.required("Order.AmazonOrderId", order.amazonOrderId());
        String updated = Values.utc("Order.LastUpdateDate", Values.required("Order.LastUpdateDate", order.lastUpdateDate()));
        return MwsSeller.of(exchange).sellerId() + ":" + orderId + ":" + updated;
    }

    /**
     * For the dead-letter topic: Amazon's XML as received, the ListOrders page holding the order and the item pages
     * read so far (JAXB keeps no copy of an element's own bytes); DeadLetterRecord empties the buyer's data.
     */
    @SuppressWarnings("unchecked")
    public void keepRawPayload(Exchange exchange) {
        StringBuilder raw = new StringBuilder();
        byte[] page = exchange.getProperty(MwsExchange.RAW_ORDERS_PAGE, byte[].class);
        if (page != null) {
            raw.append(new String(page, StandardCharsets.UTF_8));
        }
        List<byte[]> items = exchange.getProperty(MwsExchange.RAW_ITEMS_PAGES, List.class);
        if (items != null) {
            items.forEach(i -> raw.append('\n').append(new String(i, StandardCharsets.UTF_8)));
        }
        exchange.setProperty(DeadLetterRecord.RAW_PAYLOAD, raw.toString());
    }

    /**
     * The order for the orders topic; its buyer data, which MWS serves without a token, only for a seller that opted
     * in ({@code mws.seller.<alias>.pii.enabled} or {@code spapi.pii.enabled}), in {@link BuyerData#PROPERTY}.
     */
    @SuppressWarnings("unchecked")
    public CanonicalOrder toCanonical(Exchange exchange) {
        MwsOrder order = exchange.getProperty(MwsExchange.ORDER, MwsOrder.class);
        List<MwsOrderItem> items = exchange.getProperty(MwsExchange.ORDER_ITEMS, List.class);
        MwsSeller seller = MwsSeller.of(exchange);
        return buyerData.separate(exchange, mapper.map(seller.sellerId(), order, items),
                "mws.seller." + seller.alias() + ".");
    }
}

package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.OrderReportVocabulary.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * GET_XML_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL: an {@code <AmazonEnvelope>} (MessageType AllOrdersReport) with one
 * {@code <Message><Order>} per order, newest update first, shaped like Amazon's own documents: FulfillmentData with
 * the non-restricted address, one OrderItem per item with AmazonOrderItemCode, ItemPrice components
 * (Principal, Tax, Shipping, ShippingTax) whose Amount names its currency, and a Promotion with the discounts.
 */
final class AllOrdersXmlReport implements ReportDocumentContent {

    private static final String INVALID_DATE = "2026-02-30T25:61:00+00:00";

    private final List<OrderSnapshot> orders;
    private final Charset charset;

    AllOrdersXmlReport(List<OrderSnapshot> orders, Charset charset) {
        this.orders = List.copyOf(orders);
        this.charset = charset;
    }

    @Override
    public String mediaType() {
        return "text/xml";
    }

    @Override
    public long dataRows() {
        return orders.size();
    }

    @Override
    public void write(Out out) throws IOException {
        out.text("<?xml version=\"1.0\" encoding=\"" + charset.name() + "\"?>\n"
                + "<AmazonEnvelope xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:noNamespaceSchemaLocation=\"amzn-envelope.xsd\">\n"
                + "<Header>\n  <DocumentVersion>1.00</DocumentVersion>\n</Header>\n"
                + "<MessageType>AllOrdersReport</MessageType>\n");
        for (OrderSnapshot o : orders) {
            if (!out.row(message(o))) {
                return;
            }
        }
        out.text("</AmazonEnvelope>\n");
    }

    /** An impossible PurchaseDate: the reader must report this Message as a bad row. */
    @Override
    public String corrupt(String row) {
        return row.replaceFirst("<PurchaseDate>[^<]*</PurchaseDate>", "<PurchaseDate>" + INVALID_DATE + "</PurchaseDate>");
    }

    private static String message(OrderSnapshot snapshot) {
        ObjectNode order = snapshot.order();
        StringBuilder x = new StringBuilder("<Message>\n  <Order>\n");
        element(x, 4, "AmazonOrderID", text(order, "AmazonOrderId"));
        element(x, 4, "MerchantOrderID", text(order, "SellerOrderId"));
        element(x, 4, "PurchaseDate", ReportTimes.format(text(order, "PurchaseDate")));
        element(x, 4, "LastUpdatedDate", ReportTimes.format(text(order, "LastUpdateDate")));
        element(x, 4, "OrderStatus", OrderReportVocabulary.orderStatus(order));
        element(x, 4, "SalesChannel", text(order, "SalesChannel"));
        element(x, 4, "OrderChannel", text(order, "OrderChannel"));
        x.append("    <FulfillmentData>\n");
        element(x, 6, "FulfillmentChannel", OrderReportVocabulary.fulfillmentChannel(text(order, "FulfillmentChannel")));
        element(x, 6, "ShipServiceLevel", text(order, "ShipServiceLevel"));
        JsonNode address = order.get("ShippingAddress");
        if (address != null) {
            x.append("      <Address>\n");
            element(x, 8, "City", text(address, "City"));
            element(x, 8, "State", text(address, "StateOrRegion"));
            element(x, 8, "PostalCode", text(address, "PostalCode"));
            element(x, 8, "Country", text(address, "CountryCode"));
            x.append("      </Address>\n");
        }
        x.append("    </FulfillmentData>\n");
        element(x, 4, "IsBusinessOrder", text(order, "IsBusinessOrder"));
        for (ObjectNode item : snapshot.items()) {
            orderItem(x, order, item);
        }
        return x.append("  </Order>\n</Message>\n").toString();
    }

    private static void orderItem(StringBuilder x, ObjectNode order, ObjectNode item) {
        x.append("    <OrderItem>\n");
        element(x, 6, "AmazonOrderItemCode", text(item, "OrderItemId"));
        element(x, 6, "ASIN", text(item, "ASIN"));
        element(x, 6, "SKU", text(item, "SellerSKU"));
        element(x, 6, "ItemStatus", OrderReportVocabulary.itemStatus(order, item));
        element(x, 6, "ProductName", text(item, "Title"));
        element(x, 6, "Quantity", text(item, "QuantityOrdered"));
        List<String[]> components = new ArrayList<>();
        for (String[] c : new String[][] {{"Principal", "ItemPrice"}, {"Tax", "ItemTax"}, {"Shipping", "ShippingPrice"},
            {"ShippingTax", "ShippingTax"}}) {
            JsonNode money = item.get(c[1]);
            if (money != null) {
                components.add(new String[] {c[0], text(money, "CurrencyCode"), text(money, "Amount")});
            }
        }
        if (!components.isEmpty()) { // Pending orders show no price
            x.append("      <ItemPrice>\n");
            for (String[] c : components) {
                x.append("        <Component>\n");
                element(x, 10, "Type", c[0]);
                x.append("          <Amount currency=\"").append(escape(c[1])).append("\">").append(escape(c[2]))
                        .append("</Amount>\n");
                x.append("        </Component>\n");
            }
            x.append("      </ItemPrice>\n");
            promotion(x, item);
        }
        x.append("    </OrderItem>\n");
    }

    private static void promotion(StringBuilder x, ObjectNode item) {
        x.append("      <Promotion>\n");
        JsonNode ids = item.get("PromotionIds");
        if (ids != null && ids.isArray() && !ids.isEmpty()) {
            List<String> values = new ArrayList<>();
            ids.forEach(id -> values.add(id.asText()));
            element(x, 8, "PromotionIDs", String.join(",", values));
        }
        String shipping = OrderReportVocabulary.amount(item, "ShippingDiscount");
        if (shipping != null) {
            element(x, 8, "ShipPromotionDiscount", OrderReportVocabulary.discount(shipping));
        }
        element(x, 8, "ItemPromotionDiscount",
                OrderReportVocabulary.discount(OrderReportVocabulary.amount(item, "PromotionDiscount")));
        x.append("      </Promotion>\n");
    }

    /** Absent values are left out, as Amazon leaves out MerchantOrderID when there is none. */
    private static void element(StringBuilder x, int indent, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        x.append(" ".repeat(indent)).append('<').append(name).append('>').append(escape(value)).append("</")
                .append(name).append(">\n");
    }

    private static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}

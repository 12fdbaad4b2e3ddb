package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.SandboxHttp.form;
import static io.sellerbridge.sandbox.SandboxHttp.json;
import static io.sellerbridge.sandbox.SandboxMwsClient.NS;
import static io.sellerbridge.sandbox.SandboxMwsClient.child;
import static io.sellerbridge.sandbox.SandboxMwsClient.childNames;
import static io.sellerbridge.sandbox.SandboxMwsClient.children;
import static io.sellerbridge.sandbox.SandboxMwsClient.errorCode;
import static io.sellerbridge.sandbox.SandboxMwsClient.errorMessage;
import static io.sellerbridge.sandbox.SandboxMwsClient.result;
import static io.sellerbridge.sandbox.SandboxMwsClient.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** MWS ListOrders / ListOrderItems / GetOrder over the same seeded data as SP-API, compared field by field. */
class SandboxMwsOrdersTest {
    private static final SandboxSeller ONE = SandboxSeller.DEFAULT;
    private static final SandboxSeller TWO = SandboxSeller.SECOND;
    private static final String US = "ATVPDKIKX0DER";
    private static final String CA = "A2EUQ1WTGCTBG2";

    /** Amazon's client-library schema order for Order (+ IsGlobalExpressEnabled / DefaultShipFrom... from the docs). */
    private static final List<String> ORDER_ELEMENTS = List.of("AmazonOrderId", "SellerOrderId", "PurchaseDate",
            "LastUpdateDate", "OrderStatus", "FulfillmentChannel", "SalesChannel", "OrderChannel", "ShipServiceLevel",
            "ShippingAddress", "DefaultShipFromLocationAddress", "OrderTotal", "NumberOfItemsShipped",
            "NumberOfItemsUnshipped", "PaymentExecutionDetail", "PaymentMethod", "PaymentMethodDetails", "MarketplaceId",
            "BuyerEmail", "BuyerName", "BuyerCounty", "BuyerTaxInfo", "ShipmentServiceLevelCategory",
            "EasyShipShipmentStatus", "CbaDisplayableShippingLabel", "OrderType", "EarliestShipDate", "LatestShipDate",
            "EarliestDeliveryDate", "LatestDeliveryDate", "IsBusinessOrder", "PurchaseOrderNumber", "IsPrime",
            "IsPremiumOrder", "IsGlobalExpressEnabled", "ReplacedOrderId", "IsReplacementOrder",
            "PromiseResponseDueDate", "IsEstimatedShipDateSet");
    private static final List<String> ITEM_ELEMENTS = List.of("ASIN", "SellerSKU", "OrderItemId", "Title",
            "QuantityOrdered", "QuantityShipped", "ProductInfo", "PointsGranted", "ItemPrice", "ShippingPrice",
            "GiftWrapPrice", "ItemTax", "ShippingTax", "GiftWrapTax", "ShippingDiscount", "ShippingDiscountTax",
            "PromotionDiscount", "PromotionDiscountTax", "PromotionIds", "CODFee", "CODFeeDiscount", "IsGift",
            "GiftMessageText", "GiftWrapLevel", "ConditionNote", "ConditionId", "ConditionSubtypeId",
            "ScheduledDeliveryStartDate", "ScheduledDeliveryEndDate", "PriceDesignation", "BuyerCustomizedInfo",
            "TaxCollection", "SerialNumberRequired", "IsTransparency");
    private static final List<String> ORDER_SCALARS = List.of("AmazonOrderId", "SellerOrderId", "PurchaseDate",
            "LastUpdateDate", "OrderStatus", "FulfillmentChannel", "SalesChannel", "ShipServiceLevel",
            "NumberOfItemsShipped", "NumberOfItemsUnshipped", "PaymentMethod", "MarketplaceId",
            "ShipmentServiceLevelCategory", "OrderType", "EarliestShipDate", "LatestShipDate", "EarliestDeliveryDate",
            "LatestDeliveryDate", "IsBusinessOrder", "IsPrime", "IsPremiumOrder", "IsGlobalExpressEnabled",
            "IsReplacementOrder", "ReplacedOrderId");
    private static final List<String> SP_API_ONLY = List.of("BuyerInfo", "AutomatedShippingSettings",
            "HasRegulatedItems", "IsISPU", "IsAccessPointOrder", "IsSoldByAB", "IsIBA");

    private static AmazonSandbox sandbox;
    private static SandboxMwsClient mws;
    private static SandboxHttp http;
    private static String token;
    private static String rdt;

    @BeforeAll
    static void start() {
        // generous buckets: this class tests semantics; SandboxMwsThrottleTest tests the real quotas
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().orderCount(60).itemsPageSize(8)
                .sellers(List.of(ONE, TWO)).rate("getOrders", 100, 500).rate("ListOrders", 100, 500)
                .rate("ListOrderItems", 100, 500).rate("GetOrder", 100, 500));
        mws = new SandboxMwsClient(sandbox);
        http = new SandboxHttp(sandbox);
        token = http.token(ONE);
        // MWS serves the buyer's data to any caller; SP-API only with a Restricted Data Token
        rdt = http.restrictedDataToken(token, "buyerInfo", "shippingAddress");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void list_orders_paged_by_next_token_matches_sp_api_get_orders_order_by_order() {
        String after = Instant.now().minus(Duration.ofDays(31)).truncatedTo(ChronoUnit.SECONDS).toString();
        String before = Instant.now().minus(Duration.ofMinutes(3)).truncatedTo(ChronoUnit.SECONDS).toString();

        List<JsonNode> spApi = spApiOrders(form("MarketplaceIds", US + "," + CA, "LastUpdatedAfter", after,
                "LastUpdatedBefore", before, "MaxResultsPerPage", "7"));
        List<Element> pages = new ArrayList<>();
        List<Element> mwsOrders = mwsOrders(pages, "MarketplaceId.Id.1", US, "MarketplaceId.Id.2", CA,
                "LastUpdatedAfter", after, "LastUpdatedBefore", before, "MaxResultsPerPage", "7");

        assertEquals(60, spApi.size());
        assertEquals(ids(spApi), mwsOrders.stream().map(o -> text(o, "AmazonOrderId")).toList());
        assertEquals(9, pages.size()); // ceil(60 / 7)
        for (Element page : pages) {
            assertEquals(before, text(page, "LastUpdatedBefore"));
            assertNull(child(page, "CreatedBefore"));
        }
        for (int i = 0; i < spApi.size(); i++) {
            assertSameOrder(spApi.get(i), mwsOrders.get(i));
        }
    }

    @Test
    void created_window_and_status_and_channel_filters_select_the_same_orders_as_sp_api() {
        String after = Instant.now().minus(Duration.ofDays(40)).truncatedTo(ChronoUnit.SECONDS).toString();

        List<JsonNode> spApi = spApiOrders(form("MarketplaceIds", US, "CreatedAfter", after,
                "OrderStatuses", "Shipped,Canceled", "FulfillmentChannels", "AFN", "MaxResultsPerPage", "4"));
        List<Element> pages = new ArrayList<>();
        List<Element> mwsOrders = mwsOrders(pages, "MarketplaceId.Id.1", US, "CreatedAfter", after,
                "OrderStatus.Status.1", "Shipped", "OrderStatus.Status.2", "Canceled",
                "FulfillmentChannel.Channel.1", "AFN", "MaxResultsPerPage", "4");

        assertTrue(spApi.size() > 4, "the filter should still need several pages: " + spApi.size());
        assertEquals(ids(spApi), mwsOrders.stream().map(o -> text(o, "AmazonOrderId")).toList());
        assertNotNull(text(pages.get(0), "CreatedBefore"));
        mwsOrders.forEach(o -> assertEquals("AFN", text(o, "FulfillmentChannel")));
    }

    @Test
    void list_order_items_pages_every_item_with_escaped_markup_in_titles() {
        String orderId = orderOf(ONE, id -> sandbox.data().items(id).size() > 8);
        List<ObjectNode> truth = sandbox.data().items(orderId);

        List<Integer> pageSizes = new ArrayList<>();
        List<Element> items = new ArrayList<>();
        StringBuilder rawBodies = new StringBuilder();
        HttpResponse<String> r = mws.call(ONE, "ListOrderItems", "AmazonOrderId", orderId);
        String action = "ListOrderItems";
        while (true) {
            rawBodies.append(r.body());
            Element result = result(r, action);
            assertEquals(orderId, text(result, "AmazonOrderId"));
            List<Element> page = children(child(result, "OrderItems"), "OrderItem");
            pageSizes.add(page.size());
            items.addAll(page);
            String next = text(result, "NextToken");
            if (next == null) {
                break;
            }
            action = "ListOrderItemsByNextToken";
            r = mws.call(ONE, action, "NextToken", next);
        }

        assertEquals(List.of(8, 8, 4), pageSizes);
        assertEquals(truth.size(), items.size());
        for (int i = 0; i < truth.size(); i++) {
            assertSameItem(truth.get(i), items.get(i));
        }
        assertEquals(SeedCatalog.MARKUP.title(), text(items.get(items.size() - 1), "Title"));
        assertTrue(rawBodies.toString().contains("Salt &amp; Pepper mill set &lt;2 pcs&gt;"), "escaped, not CDATA");
    }

    @Test
    void titles_with_emoji_and_japanese_survive_the_xml_round_trip() {
        String orderId = orderOf(ONE, id -> sandbox.data().items(id).stream()
                .anyMatch(i -> i.get("Title").asText().codePoints().anyMatch(cp -> cp > 0xFFFF)));

        Element result = result(mws.call(ONE, "ListOrderItems", "AmazonOrderId", orderId), "ListOrderItems");

        List<String> titles = children(child(result, "OrderItems"), "OrderItem").stream()
                .map(i -> text(i, "Title")).toList();
        assertEquals(sandbox.data().items(orderId).stream().limit(8).map(i -> i.get("Title").asText()).toList(), titles);
    }

    @Test
    void get_order_returns_the_sellers_orders_in_request_order_with_buyer_fields_flat() {
        String shipped = orderOf(ONE, id -> "Shipped".equals(sandbox.data().order(id).get("OrderStatus").asText()));
        String pending = orderOf(ONE, id -> "Pending".equals(sandbox.data().order(id).get("OrderStatus").asText()));
        String othersOrder = sandbox.data().orders(TWO.sellerId()).get(0).get("AmazonOrderId").asText();

        Element result = result(mws.call(ONE, "GetOrder", "AmazonOrderId.Id.1", shipped, "AmazonOrderId.Id.2",
                "999-0000000-0000000", "AmazonOrderId.Id.3", othersOrder, "AmazonOrderId.Id.4", pending), "GetOrder");

        List<Element> orders = children(child(result, "Orders"), "Order");
        assertEquals(List.of(shipped, pending), orders.stream().map(o -> text(o, "AmazonOrderId")).toList());
        Element order = orders.get(0);
        JsonNode json = sandbox.data().order(shipped);
        assertEquals(json.get("BuyerInfo").get("BuyerEmail").asText(), text(order, "BuyerEmail"));
        assertNull(child(order, "BuyerInfo"));
        assertSameOrder(json, order);
        assertNull(child(orders.get(1), "BuyerEmail"), "no buyer data before payment");
        assertNull(child(orders.get(1), "OrderTotal"));
    }

    @Test
    void every_element_is_in_the_orders_namespace() {
        HttpResponse<String> ok = mws.call(ONE, "ListOrders", "MarketplaceId.Id.1", US,
                "LastUpdatedAfter", Instant.now().minus(Duration.ofDays(31)).toString(), "MaxResultsPerPage", "5");
        HttpResponse<String> error = mws.call(ONE, "ListOrders", "LastUpdatedAfter", "yesterday");

        for (HttpResponse<String> r : List.of(ok, error)) {
            assertTrue(r.body().startsWith("<?xml version=\"1.0\"?>"), r.body());
            Element root = SandboxMwsClient.xml(r).getDocumentElement();
            NodeList all = root.getElementsByTagName("*");
            assertEquals(NS, root.getNamespaceURI());
            for (int i = 0; i < all.getLength(); i++) {
                assertEquals(NS, all.item(i).getNamespaceURI(), all.item(i).getNodeName());
            }
        }
        assertEquals("ListOrdersResponse", SandboxMwsClient.xml(ok).getDocumentElement().getLocalName());
        assertEquals(5, SandboxMwsClient.xml(ok).getElementsByTagNameNS(NS, "Order").getLength());
        assertEquals("ErrorResponse", SandboxMwsClient.xml(error).getDocumentElement().getLocalName());
    }

    @Test
    void a_selling_regions_endpoint_refuses_a_marketplace_of_another_region() {
        SandboxMwsClient europe = new SandboxMwsClient(sandbox.regionUrl("EU"));
        String after = Instant.now().minus(Duration.ofDays(2)).toString();

        assertInvalid(europe.call(ONE, "ListOrders", "MarketplaceId.Id.1", US, "LastUpdatedAfter", after), US);
        assertEquals(200, europe.call(TWO, "ListOrders", "MarketplaceId.Id.1", "A1PA6795UKMFR9",
                "LastUpdatedAfter", after).statusCode());
        assertEquals(200, new SandboxMwsClient(sandbox.regionUrl("NA")).call(ONE, "ListOrders",
                "MarketplaceId.Id.1", US, "LastUpdatedAfter", after).statusCode());
    }

    @Test
    void list_orders_rejects_what_mws_rejected_with_400_invalid_parameter_value() {
        String after = Instant.now().minus(Duration.ofDays(2)).toString();
        String spApiToken = json(http.get("/orders/v0/orders?" + form("MarketplaceIds", US, "LastUpdatedAfter",
                Instant.now().minus(Duration.ofDays(31)).toString(), "MaxResultsPerPage", "1"), token))
                .get("payload").get("NextToken").asText();

        assertInvalid(mws.call(ONE, "ListOrders", "MarketplaceId.Id.1", US, "CreatedAfter", after,
                "LastUpdatedAfter", after), "CreatedAfter");
        assertInvalid(mws.call(ONE, "ListOrders", "LastUpdatedAfter", after), "MarketplaceId.Id");
        assertInvalid(mws.call(ONE, "ListOrders", "MarketplaceId.Id.1", US), "LastUpdatedAfter");
        assertInvalid(mws.call(ONE, "ListOrders", "MarketplaceId.Id.1", US, "LastUpdatedAfter", after,
                "LastUpdatedBefore", Instant.now().minus(Duration.ofMinutes(1)).toString()), "LastUpdatedBefore");
        assertInvalid(mws.call(ONE, "ListOrders", "MarketplaceId.Id.1", US, "LastUpdatedAfter", after,
                "MaxResultsPerPage", "101"), "MaxResultsPerPage");
        assertInvalid(mws.call(ONE, "ListOrders", "MarketplaceId.Id.1", US, "LastUpdatedAfter", after,
                "OrderStatus.Status.1", "Unshipped"), "PartiallyShipped");
        assertInvalid(mws.call(ONE, "ListOrders", "MarketplaceId.Id.1", US, "LastUpdatedAfter", after,
                "PaymentMethod.Method.1", "COD"), "PaymentMethod");
        assertInvalid(mws.call(ONE, "ListOrdersByNextToken", "NextToken", spApiToken), "NextToken");
        assertInvalid(mws.call(ONE, "ListOrdersByNextToken", "NextToken", "garbage"), "NextToken");
        assertInvalid(mws.call(ONE, "ListOrderItems", "AmazonOrderId", "999-0000000-0000000"), "AmazonOrderId");
        assertInvalid(mws.call(ONE, "ListOrderItems", "AmazonOrderId",
                sandbox.data().orders(TWO.sellerId()).get(0).get("AmazonOrderId").asText()), "AmazonOrderId");
        assertInvalid(mws.call(ONE, "GetOrder"), "AmazonOrderId");
    }

    private static void assertInvalid(HttpResponse<String> r, String parameter) {
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("InvalidParameterValue", errorCode(r));
        assertTrue(errorMessage(r).contains(parameter), parameter + " not named in: " + errorMessage(r));
    }

    private static void assertSameOrder(JsonNode json, Element xml) {
        String id = json.get("AmazonOrderId").asText();
        for (String field : ORDER_SCALARS) {
            assertEquals(json.has(field) ? json.get(field).asText() : null, text(xml, field), id + " " + field);
        }
        assertMoney(json.get("OrderTotal"), child(xml, "OrderTotal"), id);
        JsonNode buyer = json.path("BuyerInfo");
        assertEquals(buyer.has("BuyerEmail") ? buyer.get("BuyerEmail").asText() : null, text(xml, "BuyerEmail"), id);
        JsonNode address = json.get("ShippingAddress");
        Element xmlAddress = child(xml, "ShippingAddress");
        assertEquals(address == null, xmlAddress == null, id);
        if (address != null) {
            for (String f : List.of("Name", "AddressLine1", "AddressLine2", "City", "StateOrRegion", "PostalCode",
                    "CountryCode", "Phone", "AddressType")) {
                assertEquals(address.has(f) ? address.get(f).asText() : null, text(xmlAddress, f), id + " " + f);
            }
            assertEquals(buyer.get("BuyerName").asText(), text(xml, "BuyerName"), id);
        }
        List<String> details = new ArrayList<>();
        json.get("PaymentMethodDetails").forEach(d -> details.add(d.asText()));
        assertEquals(details, children(child(xml, "PaymentMethodDetails"), "PaymentMethodDetail").stream()
                .map(Element::getTextContent).toList(), id);
        SP_API_ONLY.forEach(f -> assertNull(child(xml, f), id + " has SP-API-only " + f));
        assertInSchemaOrder(childNames(xml), ORDER_ELEMENTS, id);
    }

    private static void assertSameItem(JsonNode json, Element xml) {
        String id = json.get("OrderItemId").asText();
        for (String f : List.of("ASIN", "SellerSKU", "OrderItemId", "Title", "QuantityOrdered", "QuantityShipped",
                "IsGift", "ConditionId", "ConditionSubtypeId", "IsTransparency", "SerialNumberRequired")) {
            assertEquals(json.get(f).asText(), text(xml, f), id + " " + f);
        }
        assertEquals(json.get("ProductInfo").get("NumberOfItems").asText(),
                text(child(xml, "ProductInfo"), "NumberOfItems"));
        for (String f : List.of("ItemPrice", "ItemTax", "ShippingPrice", "ShippingTax", "PromotionDiscount",
                "PromotionDiscountTax")) {
            assertMoney(json.get(f), child(xml, f), id + " " + f);
        }
        List<String> promotions = new ArrayList<>();
        json.path("PromotionIds").forEach(p -> promotions.add(p.asText()));
        Element xmlPromotions = child(xml, "PromotionIds");
        assertEquals(promotions, xmlPromotions == null ? List.of()
                : children(xmlPromotions, "PromotionId").stream().map(Element::getTextContent).toList());
        assertInSchemaOrder(childNames(xml), ITEM_ELEMENTS, id);
    }

    private static void assertMoney(JsonNode json, Element xml, String what) {
        assertEquals(json == null, xml == null, what);
        if (json != null) {
            assertEquals(json.get("CurrencyCode").asText(), text(xml, "CurrencyCode"), what);
            assertEquals(json.get("Amount").asText(), text(xml, "Amount"), what);
            assertEquals(List.of("CurrencyCode", "Amount"), childNames(xml), what);
        }
    }

    /** Every element is a schema element, and they come in schema order. */
    private static void assertInSchemaOrder(List<String> names, List<String> schema, String what) {
        int last = -1;
        for (String name : names) {
            int at = schema.indexOf(name);
            assertTrue(at > last, what + ": " + name + " unknown or out of order in " + names);
            last = at;
        }
    }

    private static List<JsonNode> spApiOrders(String firstQuery) {
        List<JsonNode> orders = new ArrayList<>();
        String query = firstQuery;
        while (query != null) {
            HttpResponse<String> r = http.get("/orders/v0/orders?" + query, rdt);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode payload = json(r).get("payload");
            payload.get("Orders").forEach(orders::add);
            query = payload.has("NextToken") ? form("NextToken", payload.get("NextToken").asText()) : null;
        }
        return orders;
    }

    /** Every order of a ListOrders + ListOrdersByNextToken run; the Result elements go to {@code pages}. */
    private static List<Element> mwsOrders(List<Element> pages, String... listOrdersParams) {
        List<Element> orders = new ArrayList<>();
        HttpResponse<String> r = mws.call(ONE, "ListOrders", listOrdersParams);
        String action = "ListOrders";
        while (true) {
            Element result = result(r, action);
            pages.add(result);
            orders.addAll(children(child(result, "Orders"), "Order"));
            String next = text(result, "NextToken");
            if (next == null) {
                return orders;
            }
            action = "ListOrdersByNextToken";
            r = mws.call(ONE, action, "NextToken", next);
        }
    }

    private static List<String> ids(List<JsonNode> orders) {
        return orders.stream().map(o -> o.get("AmazonOrderId").asText()).toList();
    }

    private static String orderOf(SandboxSeller seller, Predicate<String> test) {
        return sandbox.data().orders(seller.sellerId()).stream().map(o -> o.get("AmazonOrderId").asText())
                .filter(test).findFirst().orElseThrow();
    }
}

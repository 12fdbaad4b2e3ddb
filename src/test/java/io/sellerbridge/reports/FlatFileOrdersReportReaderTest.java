package io.sellerbridge.reports;

import io.sellerbridge.canonical.Address;
import io.sellerbridge.canonical.CanonicalJson;
import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.CanonicalOrderItem;
import io.sellerbridge.canonical.Money;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.sellerbridge.reports.ReportFixtures.badRows;
import static io.sellerbridge.reports.ReportFixtures.messages;
import static io.sellerbridge.reports.ReportFixtures.readAll;
import static io.sellerbridge.reports.ReportFixtures.tsv;
import static io.sellerbridge.reports.ReportFormats.FLAT_FILE_ALL_ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlatFileOrdersReportReaderTest {

    /** The 32 columns Amazon writes, in its order (see the report to the lead for the sources). */
    static final List<String> COLUMNS = List.of("amazon-order-id", "merchant-order-id", "purchase-date",
            "last-updated-date", "order-status", "fulfillment-channel", "sales-channel", "order-channel", "url",
            "ship-service-level", "product-name", "sku", "asin", "item-status", "quantity", "currency", "item-price",
            "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax",
            "item-promotion-discount", "ship-promotion-discount", "ship-city", "ship-state", "ship-postal-code",
            "ship-country", "promotion-ids", "is-business-order", "purchase-order-number", "price-designation");

    private static final String ORDER_1 = "111-5574600-0153060";
    private static final String ORDER_2 = "302-1234567-7654321";
    private static final String ORDER_3 = "113-9728865-6514655";

    @Test
    void givenTwoOrdersOneWithTwoItemRows_whenRead_thenOneCanonicalOrderPerOrderWithItemsInRowOrder() {
        List<ReportEntry> entries = readAll(FLAT_FILE_ALL_ORDERS, tsv("\n", goodDocument(COLUMNS)));

        assertEquals(2, entries.size());
        ReportEntry.Message first = assertInstanceOf(ReportEntry.Message.class, entries.get(0));
        ReportEntry.Message second = assertInstanceOf(ReportEntry.Message.class, entries.get(1));
        assertEquals(1, first.firstRow());
        assertEquals(2, first.lastRow());
        assertEquals(3, second.firstRow());
        assertEquals(3, second.lastRow());
        assertEquals("A2SELLER:" + ORDER_1, first.recordKey());
        assertEquals(expectedFirstOrder(), first.canonical());
        CanonicalOrder german = (CanonicalOrder) second.canonical();
        assertEquals(ReportFixtures.DE, german.marketplaceId()); // from its sales-channel Amazon.de
        assertEquals("Canceled", german.orderStatus());
        assertEquals("MFN", german.fulfillmentChannel());
        assertEquals("2026-10-30T18:06:06Z", german.purchaseDate());
        assertEquals("Kaffeebohnen „Röstmeister“ – Espresso", german.items().get(0).title());
        assertEquals(new Money("16.09", "EUR"), german.items().get(0).itemPrice());
        assertEquals(new Address(null, null, null, null, null, "München", null, null, "Bayern", null, "80331", "DE",
                null, null), german.shippingAddress());
        assertNull(german.items().get(0).promotionIds());
    }

    @Test
    void givenColumnsReorderedAndOnesWeDoNotKnow_whenRead_thenTheSameOrdersByColumnName() {
        List<String> shuffled = new ArrayList<>(COLUMNS);
        java.util.Collections.reverse(shuffled);
        shuffled.add(3, "signature-confirmation-recommended");

        List<ReportEntry> entries = readAll(FLAT_FILE_ALL_ORDERS, tsv("\n", goodDocument(shuffled)));

        assertEquals(readAll(FLAT_FILE_ALL_ORDERS, tsv("\n", goodDocument(COLUMNS))), entries);
    }

    @Test
    void givenAReportWithTheBuyersColumnsOfOlderOrderReports_whenRead_thenNoneOfTheirValuesIsInTheOrder() {
        // order reports of other types and older ones carry these (buyer-email, recipient-name, ship-address-1, ...)
        List<String> pii = List.of("buyer-email", "buyer-name", "buyer-phone-number", "recipient-name",
                "ship-address-1", "ship-address-2", "ship-address-3", "ship-phone-number");
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.addAll(pii);
        Map<String, String> row = item(ORDER_1, "SBX-CARD-BOOK", "B00551Q3CS", "Card Book");
        pii.forEach(column -> row.put(column, "PII-" + column));

        String json = CanonicalJson.write(messages(readAll(FLAT_FILE_ALL_ORDERS,
                tsv("\n", List.of(header(columns), line(columns, row)))), CanonicalOrder.class).get(0));

        assertFalse(json.contains("PII-"), json);
        assertTrue(json.contains("\"city\":\"SEATTLE\""), json);
    }

    @Test
    void givenCrlfLineEndsAndAByteOrderMark_whenRead_thenTheSameOrders() {
        String document = "\uFEFF" + tsv("\r\n", goodDocument(COLUMNS));

        assertEquals(readAll(FLAT_FILE_ALL_ORDERS, tsv("\n", goodDocument(COLUMNS))),
                readAll(FLAT_FILE_ALL_ORDERS, document));
    }

    @Test
    void givenJapaneseAndUmlautsInNamesAndCities_whenRead_thenKeptExactly() {
        Map<String, String> jp = item(ORDER_3, "SBX-MATCHA-100", "B09G9FPHY6", "宇治抹茶パウダー 100g（有機JAS認定）");
        jp.put("currency", "JPY");
        jp.put("item-price", "1920");
        jp.put("ship-city", "渋谷区");
        jp.put("ship-state", "東京都");

        CanonicalOrder order = messages(readAll(FLAT_FILE_ALL_ORDERS,
                tsv("\n", List.of(header(COLUMNS), line(COLUMNS, jp)))), CanonicalOrder.class).get(0);

        assertEquals("宇治抹茶パウダー 100g（有機JAS認定）", order.items().get(0).title());
        assertEquals("渋谷区", order.shippingAddress().city());
        assertEquals("東京都", order.shippingAddress().stateOrRegion());
        assertEquals(new Money("1920", "JPY"), order.items().get(0).itemPrice());
    }

    @Test
    void givenAPendingOrderWithoutPricesAndAShippedWithCarrierDetail_whenRead_thenNoMoneyAndShipped() {
        Map<String, String> pending = item(ORDER_1, "SBX-CARD-BOOK", "B00551Q3CS", "Card Book");
        pending.put("order-status", "Pending");
        for (String money : List.of("currency", "item-price", "item-tax", "shipping-price", "shipping-tax",
                "item-promotion-discount", "ship-promotion-discount")) {
            pending.put(money, "");
        }
        Map<String, String> delivered = item(ORDER_3, "SBX-CARD-BOOK", "B00551Q3CS", "Card Book");
        delivered.put("order-status", "Shipped - Delivered to Buyer");

        List<CanonicalOrder> orders = messages(readAll(FLAT_FILE_ALL_ORDERS, tsv("\n",
                List.of(header(COLUMNS), line(COLUMNS, pending), line(COLUMNS, delivered)))), CanonicalOrder.class);

        assertEquals("Pending", orders.get(0).orderStatus());
        assertNull(orders.get(0).items().get(0).itemPrice());
        assertNull(orders.get(0).items().get(0).promotionDiscount());
        assertEquals("Shipped", orders.get(1).orderStatus());
    }

    @Test
    void givenEveryKindOfBadRow_whenRead_thenEachIsABadRowWithItsNumberItsOrderIsLeftOutAndTheRestComeThrough() {
        List<String> lines = new ArrayList<>();
        lines.add(header(COLUMNS));
        lines.add(line(COLUMNS, item("111-0000001-0000001", "SKU-A", "B000000001", "good")));          // 1
        Map<String, String> firstOfBroken = item("111-0000002-0000002", "SKU-B", "B000000002", "good row");
        lines.add(line(COLUMNS, firstOfBroken));                                                       // 2
        lines.add(line(COLUMNS, firstOfBroken) + "\textra");                                           // 3 columns
        lines.add(line(COLUMNS, with(item("111-0000003-0000003", "SKU-C", "B000000003", "x"),
                "purchase-date", "30/10/2026 20:06")));                                                // 4 date
        lines.add(line(COLUMNS, with(item("111-0000004-0000004", "SKU-D", "B000000004", "x"),
                "item-price", "12,99")));                                                              // 5 decimal
        lines.add(line(COLUMNS, with(item("111-0000007-0000007", "SKU-G", "B000000007", "x"),
                "quantity", "one")));                                                                  // 6 integer
        lines.add(line(COLUMNS, with(item("111-0000008-0000008", "SKU-H", "B000000008", "x"),
                "is-business-order", "yes")));                                                         // 7 boolean
        lines.add(line(COLUMNS, with(item("111-0000010-0000010", "SKU-J", "B000000010", "x"),
                "amazon-order-id", "")));                                                              // 8 no order
        lines.add(line(COLUMNS, item("111-0000009-0000009", "SKU-I", "B000000009", "good")));          // 9

        List<ReportEntry> entries = readAll(FLAT_FILE_ALL_ORDERS, tsv("\n", lines));

        List<CanonicalOrder> orders = messages(entries, CanonicalOrder.class);
        assertEquals(List.of("111-0000001-0000001", "111-0000009-0000009"),
                orders.stream().map(CanonicalOrder::amazonOrderId).toList());
        List<ReportEntry.BadRow> bad = badRows(entries);
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L), bad.stream().map(ReportEntry.BadRow::rowNumber).toList());
        assertTrue(bad.get(0).reason().contains("33 columns"), bad.get(0).reason());
        assertTrue(bad.get(0).reason().contains("111-0000002-0000002 is left out"), bad.get(0).reason());
        assertTrue(bad.get(1).reason().contains("purchase-date"), bad.get(1).reason());
        assertTrue(bad.get(2).reason().contains("item-price"), bad.get(2).reason());
        assertTrue(bad.get(3).reason().contains("quantity"), bad.get(3).reason());
        assertTrue(bad.get(4).reason().contains("is-business-order"), bad.get(4).reason());
        assertTrue(bad.get(5).reason().contains("amazon-order-id"), bad.get(5).reason());
        assertEquals(lines.get(3), bad.get(0).raw());
    }

    @Test
    void givenStatusAndChannelWordsTheOrdersApiHasNoNameFor_whenRead_thenTheOrdersComeWithTheWordsAsWritten() {
        Map<String, String> shipping = with(item(ORDER_1, "SBX-CARD-BOOK", "B00551Q3CS", "Card Book"),
                "order-status", "Shipping");
        Map<String, String> drone = with(item(ORDER_3, "SBX-CARD-BOOK", "B00551Q3CS", "Card Book"),
                "fulfillment-channel", "Drone");
        drone.put("order-status", "Cancelled");

        List<ReportEntry> entries = readAll(FLAT_FILE_ALL_ORDERS, tsv("\n",
                List.of(header(COLUMNS), line(COLUMNS, shipping), line(COLUMNS, drone))));

        assertEquals(List.of(), badRows(entries));
        List<CanonicalOrder> orders = messages(entries, CanonicalOrder.class);
        assertNull(orders.get(0).orderStatus(), "no sourced Orders API name for Shipping");
        assertEquals("Shipping", orders.get(0).reportOrderStatus());
        assertEquals("AFN", orders.get(0).fulfillmentChannel());
        assertNull(orders.get(0).reportFulfillmentChannel());
        assertEquals("Canceled", orders.get(1).orderStatus());
        assertNull(orders.get(1).reportOrderStatus(), "Cancelled has its Orders API name");
        assertNull(orders.get(1).fulfillmentChannel());
        assertEquals("Drone", orders.get(1).reportFulfillmentChannel());
    }

    @Test
    void givenANonAmazonOrderAndAnOrderOfAnotherMarketplaceOfTheRegion_whenRead_thenBothAreSkippedAndCountedNotBadRows() {
        Map<String, String> mcf = with(item("S01-3718414-0463502", "SBX-CARD-BOOK", "B00551Q3CS", "Card Book"),
                "sales-channel", "Non-Amazon");
        for (String unpriced : List.of("currency", "item-price", "item-tax", "shipping-price", "shipping-tax")) {
            mcf.put(unpriced, "");
        }
        mcf.put("order-status", "Complete"); // not the Orders API's vocabulary: an order left out is not judged
        Map<String, String> canadian = with(item("702-0000002-0000002", "SKU-B", "B000000002", "x"),
                "sales-channel", "Amazon.ca");
        canadian.put("currency", "CAD");
        Map<String, String> german = with(item("302-0000003-0000003", "SKU-C", "B000000003", "x"),
                "sales-channel", "Amazon.de");
        german.put("currency", "EUR");
        List<String> lines = List.of(header(COLUMNS),
                line(COLUMNS, item("111-0000001-0000001", "SKU-A", "B000000001", "x")),         // 1
                line(COLUMNS, mcf), line(COLUMNS, mcf),                                             // 2, 3
                line(COLUMNS, canadian),                                                            // 4
                line(COLUMNS, german));                                                             // 5

        ReportFixtures.Read read = ReportFixtures.read(FLAT_FILE_ALL_ORDERS, tsv("\n", lines));

        assertEquals(List.of(), badRows(read.entries()));
        List<CanonicalOrder> orders = messages(read.entries(), CanonicalOrder.class);
        assertEquals(List.of("111-0000001-0000001", "302-0000003-0000003"),
                orders.stream().map(CanonicalOrder::amazonOrderId).toList());
        assertEquals(List.of(ReportFixtures.US, ReportFixtures.DE),
                orders.stream().map(CanonicalOrder::marketplaceId).toList());
        assertEquals(5, ((ReportEntry.Message) read.entries().get(1)).firstRow());
        assertEquals(2, read.skipped());
    }

    @Test
    void givenAnEmptyOrUnknownAmazonSalesChannel_whenRead_thenABadRowNamingTheValueAndItsOrderIsLeftOut() {
        List<String> lines = List.of(header(COLUMNS),
                line(COLUMNS, with(item(ORDER_1, "SKU-A", "B000000001", "x"), "sales-channel", "Amazon.xy")),
                line(COLUMNS, with(item(ORDER_2, "SKU-B", "B000000002", "x"), "sales-channel", "")),
                line(COLUMNS, item(ORDER_3, "SKU-C", "B000000003", "x")));

        ReportFixtures.Read read = ReportFixtures.read(FLAT_FILE_ALL_ORDERS, tsv("\n", lines));

        assertEquals(List.of(ORDER_3), messages(read.entries(), CanonicalOrder.class).stream()
                .map(CanonicalOrder::amazonOrderId).toList());
        List<ReportEntry.BadRow> bad = badRows(read.entries());
        assertEquals(List.of(1L, 2L), bad.stream().map(ReportEntry.BadRow::rowNumber).toList());
        assertTrue(bad.get(0).reason().contains("unknown sales-channel 'Amazon.xy'"), bad.get(0).reason());
        assertTrue(bad.get(0).reason().contains(ORDER_1 + " is left out"), bad.get(0).reason());
        assertTrue(bad.get(1).reason().contains("sales-channel is empty"), bad.get(1).reason());
        assertEquals(lines.get(1), bad.get(0).raw());
        assertEquals(0, read.skipped());
    }

    @Test
    void givenNoSalesChannelColumn_whenOpened_thenTheWholeReportFailsNamingIt() {
        List<String> withoutChannel = COLUMNS.stream().filter(c -> !c.equals("sales-channel")).toList();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> readAll(FLAT_FILE_ALL_ORDERS, tsv("\n", goodDocument(withoutChannel))));

        assertTrue(e.getMessage().contains("[sales-channel]"), e.getMessage());
    }

    @Test
    void givenAMissingRequiredColumn_whenOpened_thenTheWholeReportFailsNamingIt() {
        List<String> withoutQuantity = COLUMNS.stream().filter(c -> !c.equals("quantity")).toList();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> readAll(FLAT_FILE_ALL_ORDERS, tsv("\n", goodDocument(withoutQuantity))));

        assertTrue(e.getMessage().contains("[quantity]"), e.getMessage());
    }

    @Test
    void givenADownloadCutOffMidStream_whenRead_thenTheOrdersBeforeTheBreakComeAndThenAnUncheckedIOException() {
        List<String> lines = new ArrayList<>();
        lines.add(header(COLUMNS));
        for (int i = 0; i < 2_000; i++) {
            lines.add(line(COLUMNS, item(String.format("111-%07d-%07d", i, i * 7919L % 10_000_000), "SKU-" + i,
                    String.format("B%09d", i * 31), "Product number " + i)));
        }
        Reader cut = ReportFixtures.truncatedGzip(tsv("\n", lines));

        List<ReportEntry> before = new ArrayList<>();
        ReportReader reader = ReportFormats.forReportType(FLAT_FILE_ALL_ORDERS).open(cut, ReportFixtures.ORDERS);
        assertThrows(java.io.UncheckedIOException.class, () -> reader.forEachRemaining(before::add));

        assertFalse(before.isEmpty());
        assertTrue(before.size() < 2_000);
        assertTrue(reader.rowsRead() >= before.size());
    }

    @Test
    void givenAnEmptyDocument_whenOpened_thenItFailsForWantOfAHeader() {
        assertThrows(IllegalStateException.class, () -> readAll(FLAT_FILE_ALL_ORDERS, ""));
    }

    private static List<String> goodDocument(List<String> columns) {
        Map<String, String> book = item(ORDER_1, "SBX-CARD-BOOK", "B00551Q3CS", "Card Book – 120 Pockets");
        book.put("promotion-ids", "US Core Free Shipping Promotion 12345, PLCC-Promo");
        book.put("item-promotion-discount", "-1.00");
        Map<String, String> lamp = item(ORDER_1, "SBX-DESK-LAMP", "B07H65KP63", "LED desk lamp, dimmable ★");
        lamp.put("quantity", "2");
        lamp.put("item-price", "55.98");
        lamp.put("item-tax", "4.48");
        lamp.put("order-status", "Pending"); // later rows never change the order's facts
        Map<String, String> german = item(ORDER_2, "SBX-KAFFEE-1KG", "B07PGL2ZSL",
                "Kaffeebohnen „Röstmeister“ – Espresso");
        german.putAll(Map.of("merchant-order-id", "SBX-00001234", "purchase-date", "2026-10-30T20:06:06+02:00",
                "last-updated-date", "2026-10-31T08:00:00+01:00", "order-status", "Cancelled",
                "fulfillment-channel", "Merchant", "sales-channel", "Amazon.de", "currency", "EUR",
                "item-price", "16.09", "ship-city", "München", "ship-state", "Bayern"));
        german.putAll(Map.of("ship-postal-code", "80331", "ship-country", "DE", "item-tax", "3.06",
                "shipping-price", "3.67", "shipping-tax", "0.70"));
        return List.of(header(columns), line(columns, book), line(columns, lamp), line(columns, german));
    }

    private static CanonicalOrder expectedFirstOrder() {
        Address seattle = new Address(null, null, null, null, null, "SEATTLE", null, null, "WA", null, "98109-5210",
                "US", null, null);
        CanonicalOrderItem book = new CanonicalOrderItem(null, "B00551Q3CS", "SBX-CARD-BOOK",
                "Card Book – 120 Pockets", 1, null, null, usd("10.00"), usd("0.80"), usd("0.00"), usd("0.00"),
                usd("0.00"), null, usd("1.00"), null, null, null,
                List.of("US Core Free Shipping Promotion 12345", "PLCC-Promo"), null, null, null, null, null, null);
        CanonicalOrderItem lamp = new CanonicalOrderItem(null, "B07H65KP63", "SBX-DESK-LAMP",
                "LED desk lamp, dimmable ★", 2, null, null, usd("55.98"), usd("4.48"), usd("0.00"), usd("0.00"),
                usd("0.00"), null, usd("0.00"), null, null, null, null, null, null, null, null, null, null);
        return new CanonicalOrder("A2SELLER", "ATVPDKIKX0DER", ORDER_1, ORDER_1, "2026-10-30T20:06:06Z",
                "2026-10-30T20:06:11Z", "Shipped", "AFN", "Amazon.com", null, "SecondDay", null, null, null, null,
                null, null, null, false, null, null, null, null, null, null, null, null, null, seattle,
                List.of(book, lamp));
    }

    private static Money usd(String amount) {
        return new Money(amount, "USD");
    }

    /** A typical FBA item row of a shipped US order; tests change the cells they are about. */
    static Map<String, String> item(String orderId, String sku, String asin, String title) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("amazon-order-id", orderId);
        row.put("merchant-order-id", orderId);
        row.put("purchase-date", "2026-10-30T20:06:06+00:00");
        row.put("last-updated-date", "2026-10-30T20:06:11+00:00");
        row.put("order-status", "Shipped");
        row.put("fulfillment-channel", "Amazon");
        row.put("sales-channel", "Amazon.com");
        row.put("ship-service-level", "SecondDay");
        row.put("product-name", title);
        row.put("sku", sku);
        row.put("asin", asin);
        row.put("item-status", "Shipped");
        row.put("quantity", "1");
        row.put("currency", "USD");
        row.put("item-price", "10.00");
        row.put("item-tax", "0.80");
        row.put("shipping-price", "0.00");
        row.put("shipping-tax", "0.00");
        row.put("gift-wrap-price", "0.00");
        row.put("gift-wrap-tax", "0.00");
        row.put("item-promotion-discount", "0.00");
        row.put("ship-promotion-discount", "0.00");
        row.put("ship-city", "SEATTLE");
        row.put("ship-state", "WA");
        row.put("ship-postal-code", "98109-5210");
        row.put("ship-country", "US");
        row.put("is-business-order", "false");
        return row;
    }

    private static Map<String, String> with(Map<String, String> row, String column, String value) {
        row.put(column, value);
        return row;
    }

    static String header(List<String> columns) {
        return String.join("\t", columns);
    }

    /** The row's cells in the columns' order; a column the row does not set is empty, as Amazon leaves it. */
    static String line(List<String> columns, Map<String, String> row) {
        return String.join("\t", columns.stream().map(c -> row.getOrDefault(c, "")).toList());
    }
}

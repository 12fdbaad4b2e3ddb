package io.sellerbridge.reports;

import io.sellerbridge.canonical.Address;
import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.CanonicalOrderItem;
import io.sellerbridge.canonical.Money;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static io.sellerbridge.reports.ReportFixtures.badRows;
import static io.sellerbridge.reports.ReportFixtures.messages;
import static io.sellerbridge.reports.ReportFixtures.readAll;
import static io.sellerbridge.reports.ReportFormats.XML_ALL_ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllOrdersXmlReportReaderTest {

    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<AmazonEnvelope xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:noNamespaceSchemaLocation=\"amzn-envelope.xsd\">\n"
            + "<Header>\n <DocumentVersion>1.00</DocumentVersion>\n</Header>\n"
            + "<MessageType>AllOrdersReport</MessageType>\n";
    private static final String END = "</AmazonEnvelope>\n";

    /** Shaped like Amazon's: FBA, shipped, two items, tax and shipping components, a promotion. */
    private static final String SHIPPED_FBA = """
            <Message>
               <Order>
                  <AmazonOrderID>111-5574600-0153060</AmazonOrderID>
                  <MerchantOrderID>111-5574600-0153060</MerchantOrderID>
                  <PurchaseDate>2026-10-30T20:06:06+00:00</PurchaseDate>
                  <LastUpdatedDate>2026-10-30T22:06:11+00:00</LastUpdatedDate>
                  <OrderStatus>Shipped</OrderStatus>
                  <SalesChannel>Amazon.com</SalesChannel>
                  <FulfillmentData>
                     <FulfillmentChannel>Amazon</FulfillmentChannel>
                     <ShipServiceLevel>SecondDay</ShipServiceLevel>
                     <Address>
                        <City>SEATTLE</City>
                        <State>WA</State>
                        <PostalCode>98109-5210</PostalCode>
                        <Country>US</Country>
                     </Address>
                  </FulfillmentData>
                  <IsBusinessOrder>false</IsBusinessOrder>
                  <OrderItem>
                     <AmazonOrderItemCode>12345678901234</AmazonOrderItemCode>
                     <ASIN>B00551Q3CS</ASIN>
                     <SKU>SBX-SALT&amp;PEPPER</SKU>
                     <ItemStatus>Shipped</ItemStatus>
                     <ProductName>Salt &amp; Pepper mill set &lt;2 pcs&gt; "Duo"</ProductName>
                     <Quantity>1</Quantity>
                     <ItemPrice>
                        <Component>
                           <Type>Principal</Type>
                           <Amount currency="USD">21.50</Amount>
                        </Component>
                        <Component>
                           <Type>Tax</Type>
                           <Amount currency="USD">1.72</Amount>
                        </Component>
                        <Component>
                           <Type>Shipping</Type>
                           <Amount currency="USD">3.99</Amount>
                        </Component>
                        <Component>
                           <Type>ShippingTax</Type>
                           <Amount currency="USD">0.32</Amount>
                        </Component>
                        <Component>
                           <Type>GiftWrap</Type>
                           <Amount currency="USD">0.0</Amount>
                        </Component>
                     </ItemPrice>
                     <Promotion>
                        <PromotionIDs>US Core Free Shipping Promotion 12345</PromotionIDs>
                        <ShipPromotionDiscount>-3.99</ShipPromotionDiscount>
                        <ItemPromotionDiscount>0.00</ItemPromotionDiscount>
                     </Promotion>
                  </OrderItem>
                  <OrderItem>
                     <AmazonOrderItemCode>12345678901235</AmazonOrderItemCode>
                     <ASIN>B09G9FPHY6</ASIN>
                     <SKU>SBX-MATCHA-100</SKU>
                     <ItemStatus>Shipped</ItemStatus>
                     <ProductName>宇治抹茶パウダー – Größe M</ProductName>
                     <Quantity>2</Quantity>
                     <ItemPrice>
                        <Component>
                           <Type>Principal</Type>
                           <Amount currency="USD">25.60</Amount>
                        </Component>
                     </ItemPrice>
                  </OrderItem>
               </Order>
            </Message>
            """;

    /** A cancelled MFN order without MerchantOrderID, as Amazon's example has it. */
    private static final String CANCELLED_MFN = """
            <Message>
               <Order>
                  <AmazonOrderID>114-8564766-4509001</AmazonOrderID>
                  <PurchaseDate>2026-10-30T20:00:42+00:00</PurchaseDate>
                  <LastUpdatedDate>2026-10-30T20:00:57+00:00</LastUpdatedDate>
                  <OrderStatus>Cancelled</OrderStatus>
                  <SalesChannel>Amazon.com</SalesChannel>
                  <FulfillmentData>
                     <FulfillmentChannel>Merchant</FulfillmentChannel>
                     <ShipServiceLevel>Standard</ShipServiceLevel>
                  </FulfillmentData>
                  <IsBusinessOrder>true</IsBusinessOrder>
                  <OrderItem>
                     <ASIN>B06Y5DBCG8</ASIN>
                     <SKU>UNI682STK-AT-2</SKU>
                     <ItemStatus>Cancelled</ItemStatus>
                     <ProductName>Scarface T Shirt</ProductName>
                     <Quantity>1</Quantity>
                  </OrderItem>
               </Order>
            </Message>
            """;

    @Test
    void givenTwoOrders_whenRead_thenEachMessageIsOneCanonicalOrderNumberedByItsMessage() {
        List<ReportEntry> entries = readAll(XML_ALL_ORDERS, PROLOG + SHIPPED_FBA + CANCELLED_MFN + END);

        assertEquals(2, entries.size());
        ReportEntry.Message first = assertInstanceOf(ReportEntry.Message.class, entries.get(0));
        ReportEntry.Message second = assertInstanceOf(ReportEntry.Message.class, entries.get(1));
        assertEquals(1, first.firstRow());
        assertEquals(1, first.lastRow());
        assertEquals(2, second.firstRow());
        assertEquals("A2SELLER:111-5574600-0153060", first.recordKey());
        assertEquals(expectedShippedOrder(), first.canonical());
        CanonicalOrder cancelled = (CanonicalOrder) second.canonical();
        assertEquals("Canceled", cancelled.orderStatus());
        assertEquals("MFN", cancelled.fulfillmentChannel());
        assertNull(cancelled.sellerOrderId());
        assertNull(cancelled.shippingAddress());
        assertEquals(Boolean.TRUE, cancelled.isBusinessOrder());
        assertNull(cancelled.items().get(0).itemPrice());
        assertNull(cancelled.items().get(0).orderItemId());
    }

    @Test
    void givenCrlfLineEndsAndAByteOrderMark_whenRead_thenTheSameOrders() {
        String document = PROLOG + SHIPPED_FBA + CANCELLED_MFN + END;

        assertEquals(readAll(XML_ALL_ORDERS, document),
                readAll(XML_ALL_ORDERS, "\uFEFF" + document.replace("\n", "\r\n")));
    }

    @Test
    void givenOrdersThatCannotBeMapped_whenRead_thenEachIsABadRowWithItsMessageIndexAndOrderIdAndTheRestComeThroughAnUnknownStatusToo() {
        String badDate = CANCELLED_MFN.replace("114-8564766-4509001", "114-0000000-0000001")
                .replace("2026-10-30T20:00:42+00:00", "2026-13-45T99:00:00+00:00");
        String unknownStatus = CANCELLED_MFN.replace("114-8564766-4509001", "114-0000000-0000002")
                .replace(">Cancelled</OrderStatus>", ">Teleported</OrderStatus>");
        String noQuantity = CANCELLED_MFN.replace("114-8564766-4509001", "114-0000000-0000003")
                .replace("<Quantity>1</Quantity>", "");
        String badAmount = SHIPPED_FBA.replace("111-5574600-0153060", "111-0000000-0000004")
                .replace(">21.50<", ">21,50<");
        String noOrder = "<Message><MessageID>6</MessageID></Message>\n";

        List<ReportEntry> entries = readAll(XML_ALL_ORDERS,
                PROLOG + SHIPPED_FBA + badDate + unknownStatus + noQuantity + badAmount + noOrder + CANCELLED_MFN + END);

        List<CanonicalOrder> orders = messages(entries, CanonicalOrder.class);
        assertEquals(List.of("111-5574600-0153060", "114-0000000-0000002", "114-8564766-4509001"),
                orders.stream().map(CanonicalOrder::amazonOrderId).toList());
        assertNull(orders.get(1).orderStatus(), "a word without a sourced name is no Orders API status");
        assertEquals("Teleported", orders.get(1).reportOrderStatus(), "the order comes with the word as written");
        List<ReportEntry.BadRow> bad = badRows(entries);
        assertEquals(List.of(2L, 4L, 5L, 6L), bad.stream().map(ReportEntry.BadRow::rowNumber).toList());
        assertEquals(List.of("114-0000000-0000001", "114-0000000-0000003", "111-0000000-0000004", ""),
                bad.stream().map(ReportEntry.BadRow::raw).toList());
        assertTrue(bad.get(0).reason().contains("Order.PurchaseDate"), bad.get(0).reason());
        assertTrue(bad.get(1).reason().contains("OrderItem[0].Quantity"), bad.get(1).reason());
        assertTrue(bad.get(2).reason().contains("OrderItem[0].ItemPrice.Principal"), bad.get(2).reason());
        assertTrue(bad.get(3).reason().contains("no Order"), bad.get(3).reason());
    }

    @Test
    void givenANonAmazonOrderAndAnOrderOfAnotherMarketplaceOfTheRegion_whenRead_thenBothAreSkippedAndCountedNotBadRows() {
        String mcf = CANCELLED_MFN.replace("114-8564766-4509001", "S01-3718414-0463502")
                .replace(">Amazon.com<", ">Non-Amazon<")
                .replace(">Cancelled</OrderStatus>", ">Complete</OrderStatus>"); // an order left out is not judged
        String canadian = CANCELLED_MFN.replace("114-8564766-4509001", "702-0000000-0000002")
                .replace(">Amazon.com<", ">Amazon.ca<");
        String german = CANCELLED_MFN.replace("114-8564766-4509001", "302-0000000-0000003")
                .replace(">Amazon.com<", ">Amazon.de<");

        ReportFixtures.Read read = ReportFixtures.read(XML_ALL_ORDERS,
                PROLOG + SHIPPED_FBA + mcf + canadian + german + END);

        assertEquals(List.of(), badRows(read.entries()));
        List<CanonicalOrder> orders = messages(read.entries(), CanonicalOrder.class);
        assertEquals(List.of("111-5574600-0153060", "302-0000000-0000003"),
                orders.stream().map(CanonicalOrder::amazonOrderId).toList());
        assertEquals(List.of(ReportFixtures.US, ReportFixtures.DE),
                orders.stream().map(CanonicalOrder::marketplaceId).toList());
        assertEquals(4, ((ReportEntry.Message) read.entries().get(1)).firstRow());
        assertEquals(2, read.skipped());
    }

    @Test
    void givenAnUnknownOrAbsentAmazonSalesChannel_whenRead_thenABadRowNamingTheValueWithItsOrderId() {
        String unknown = CANCELLED_MFN.replace("114-8564766-4509001", "114-0000000-0000001")
                .replace(">Amazon.com<", ">Amazon.xy<");
        String absent = CANCELLED_MFN.replace("114-8564766-4509001", "114-0000000-0000002")
                .replace("<SalesChannel>Amazon.com</SalesChannel>", "");

        ReportFixtures.Read read = ReportFixtures.read(XML_ALL_ORDERS, PROLOG + unknown + absent + SHIPPED_FBA + END);

        assertEquals(List.of("111-5574600-0153060"), messages(read.entries(), CanonicalOrder.class).stream()
                .map(CanonicalOrder::amazonOrderId).toList());
        List<ReportEntry.BadRow> bad = badRows(read.entries());
        assertEquals(List.of(1L, 2L), bad.stream().map(ReportEntry.BadRow::rowNumber).toList());
        assertEquals(List.of("114-0000000-0000001", "114-0000000-0000002"),
                bad.stream().map(ReportEntry.BadRow::raw).toList());
        assertTrue(bad.get(0).reason().contains("unknown Order.SalesChannel 'Amazon.xy'"), bad.get(0).reason());
        assertTrue(bad.get(1).reason().contains("Order.SalesChannel is empty"), bad.get(1).reason());
        assertEquals(0, read.skipped());
    }

    @Test
    void givenADocumentThatStopsBeingWellFormed_whenRead_thenTheOrdersBeforeComeAndThenAnUncheckedIOException() {
        String broken = CANCELLED_MFN.replace("</SalesChannel>", "</SalesChanel>");
        List<ReportEntry> before = new ArrayList<>();

        ReportReader reader = ReportFormats.forReportType(XML_ALL_ORDERS).open(
                new java.io.StringReader(PROLOG + SHIPPED_FBA + broken + CANCELLED_MFN + END), ReportFixtures.ORDERS);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> reader.forEachRemaining(before::add));

        assertEquals(1, before.size());
        assertTrue(e.getMessage().contains("after Message 2"), e.getMessage());
    }

    @Test
    void givenADownloadCutOffMidStream_whenRead_thenTheOrdersBeforeTheBreakComeAndThenAnUncheckedIOException() {
        StringBuilder document = new StringBuilder(PROLOG);
        for (int i = 0; i < 1_000; i++) {
            document.append(SHIPPED_FBA.replace("111-5574600-0153060", String.format("111-%07d-%07d", i, i * 7L)));
        }
        Reader cut = ReportFixtures.truncatedGzip(document.append(END).toString());

        List<ReportEntry> before = new ArrayList<>();
        ReportReader reader = ReportFormats.forReportType(XML_ALL_ORDERS).open(cut, ReportFixtures.ORDERS);
        assertThrows(UncheckedIOException.class, () -> reader.forEachRemaining(before::add));

        assertFalse(before.isEmpty());
        assertTrue(before.size() < 1_000);
        assertEquals(before.size(), badRows(before).size() + messages(before, CanonicalOrder.class).size());
    }

    @Test
    void givenAnotherRootElement_whenOpened_thenItIsNotAnOrdersReport() {
        assertThrows(IllegalStateException.class,
                () -> readAll(XML_ALL_ORDERS, "<ListOrdersResponse></ListOrdersResponse>"));
    }

    @Test
    void givenAnEnvelopeWithoutMessages_whenRead_thenNothing() {
        assertEquals(List.of(), readAll(XML_ALL_ORDERS, PROLOG + END));
    }

    private static CanonicalOrder expectedShippedOrder() {
        CanonicalOrderItem mill = new CanonicalOrderItem("12345678901234", "B00551Q3CS", "SBX-SALT&PEPPER",
                "Salt & Pepper mill set <2 pcs> \"Duo\"", 1, null, null, usd("21.50"), usd("1.72"), usd("3.99"),
                usd("0.32"), usd("3.99"), null, usd("0.00"), null, null, null,
                List.of("US Core Free Shipping Promotion 12345"), null, null, null, null, null, null);
        CanonicalOrderItem matcha = new CanonicalOrderItem("12345678901235", "B09G9FPHY6", "SBX-MATCHA-100",
                "宇治抹茶パウダー – Größe M", 2, null, null, usd("25.60"), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        Address seattle = new Address(null, null, null, null, null, "SEATTLE", null, null, "WA", null, "98109-5210",
                "US", null, null);
        return new CanonicalOrder("A2SELLER", "ATVPDKIKX0DER", "111-5574600-0153060", "111-5574600-0153060",
                "2026-10-30T20:06:06Z", "2026-10-30T22:06:11Z", "Shipped", "AFN", "Amazon.com", null, "SecondDay",
                null, null, null, null, null, null, null, false, null, null, null, null, null, null, null, null, null,
                seattle, List.of(mill, matcha));
    }

    private static Money usd(String amount) {
        return new Money(amount, "USD");
    }
}

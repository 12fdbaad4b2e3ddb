package io.sellerbridge.canonical;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class RestrictedDataTest {

    private static CanonicalOrder order(Buyer buyer, Address address) {
        return new CanonicalOrder("A2S", "ATVPDKIKX0DER", "902-3159896-1390916", null, "2026-11-02T10:15:30Z",
                "2026-11-02T11:15:30Z", "Unshipped", "MFN", "Amazon.com", null, "Std", null, null, null, null, null,
                null, null, true, null, null, null, null, null, null, null, null, buyer, address, List.of());
    }

    @Test
    void givenAnOrderWithBuyerAndFullAddress_whenMadePublic_thenOnlyWhatAmazonServesWithoutATokenRemains() {
        Address full = new Address("Jane Doe", "Doe Widgets LLC", "1 Main St", "Apt 2", "c/o Bob", "SEATTLE", "King",
                "Downtown", "WA", "Seattle", "98109-5210", "US", "+1 206 555 0100", "Commercial");
        CanonicalOrder order = order(new Buyer("jane@marketplace.amazon.com", "Jane Doe", "King", "PO-1"), full);

        CanonicalOrder published = RestrictedData.withoutPii(order);

        assertNull(published.buyer(), "BuyerInfo is restricted whole (data element buyerInfo)");
        // the address type too: SP-API serves it only with a token, so MWS's must not show either
        assertEquals(new Address(null, "Doe Widgets LLC", null, null, null, "SEATTLE", null, null, "WA", null,
                "98109-5210", "US", null, null), published.shippingAddress());
        String json = CanonicalJson.write(published);
        for (String secret : List.of("jane@", "Jane Doe", "Main St", "Apt 2", "Bob", "555", "PO-1", "King", "Downtown")) {
            assertFalse(json.contains(secret), secret + " in " + json);
        }
        assertEquals(order.amazonOrderId(), published.amazonOrderId());
        assertEquals(order.isBusinessOrder(), published.isBusinessOrder());
    }

    @Test
    void givenAnOrderWithBuyerAndFullAddress_whenItsBuyerDataIsTaken_thenBuyerAndWholeAddressWithTheOrdersKeyAndTime() {
        Address full = new Address("Jane Doe", null, "1 Main St", null, null, "SEATTLE", null, null, "WA", null,
                "98109-5210", "US", "+1 206 555 0100", "Residential");
        Buyer buyer = new Buyer("jane@marketplace.amazon.com", "Jane Doe", null, null);
        java.time.Instant deleteAfter = java.time.Instant.parse("2026-12-12T10:15:30Z");

        CanonicalOrderPii pii = RestrictedData.piiOf(order(buyer, full), deleteAfter);

        assertEquals(new CanonicalOrderPii("A2S", "ATVPDKIKX0DER", "902-3159896-1390916", "2026-11-02T11:15:30Z", buyer,
                full, "2026-12-12T10:15:30Z"), pii);
        assertEquals("A2S:902-3159896-1390916", pii.recordKey(), "the order's own key, to join them");
    }

    @Test
    void givenAnOrderWithoutBuyerDataOrWithOnlyTheOpenAddress_whenItsBuyerDataIsTaken_thenThereIsNone() {
        Address open = new Address(null, null, null, null, null, "SEATTLE", null, null, "WA", null, "98109", "US", null,
                null);
        java.time.Instant any = java.time.Instant.EPOCH;

        assertNull(RestrictedData.piiOf(order(null, null), any));
        assertNull(RestrictedData.piiOf(order(null, open), any));
        assertNull(RestrictedData.piiOf(order(new Buyer("j@marketplace.amazon.com", null, null, null), open), any)
                .shippingAddress(), "an open address is on the orders topic already");
    }

    @Test
    void givenAnAddressWithOnlyRestrictedFacts_whenMadePublic_thenNoAddressAtAll() {
        Address restricted = new Address("Jane Doe", null, "1 Main St", null, null, null, null, null, null, null, null,
                null, "+1 206 555 0100", null);

        assertNull(RestrictedData.withoutPii(order(null, restricted)).shippingAddress());
    }

    @Test
    void givenAnMwsPageWithBuyerAndAddress_whenRedacted_thenTheirElementsAreEmptyAlsoWhereThePageBreaksOff() {
        String page = "<Order><AmazonOrderId>902-1</AmazonOrderId><BuyerEmail>jane@marketplace.amazon.com</BuyerEmail>"
                + "<ShippingAddress><Name>Jane Doe</Name><AddressLine1>1 Main St</AddressLine1><City>SEATTLE</City>"
                + "<Phone>+1 206 555 0100</Phone></ShippingAddress><BuyerTaxInfo><TaxingRegion>WA</TaxingRegion>"
                + "</BuyerTaxInfo><BuyerName>Jane D";

        String redacted = RestrictedData.redactXml(page);

        assertEquals("<Order><AmazonOrderId>902-1</AmazonOrderId><BuyerEmail/><ShippingAddress><Name/><AddressLine1/>"
                + "<City>SEATTLE</City><Phone/></ShippingAddress><BuyerTaxInfo/><BuyerName/>", redacted);
    }

    @Test
    void givenAnSpApiOrderAndItemWithBuyerInfo_whenRedacted_thenBuyerInfoAndRestrictedAddressFieldsAreGone() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String kept = """
                {"Order":{"AmazonOrderId":"902-1","BuyerInfo":{"BuyerEmail":"jane@marketplace.amazon.com"},
                 "ShippingAddress":{"Name":"Jane Doe","AddressLine1":"1 Main St","City":"SEATTLE","Phone":"555"}},
                 "OrderItems":[{"ASIN":"B0","BuyerInfo":{"GiftMessageText":"Happy birthday, Jane"}}]}""";

        assertEquals(json.readTree("""
                {"Order":{"AmazonOrderId":"902-1","ShippingAddress":{"City":"SEATTLE"}},"OrderItems":[{"ASIN":"B0"}]}"""),
                json.readTree(RestrictedData.redactPayload(kept)));
    }

    @Test
    void givenAPayloadWithoutBuyerData_whenRedacted_thenItIsTheBytesAsReceived() {
        String catalogItem = "{ \"asin\" : \"B0\", \"summaries\" : [ { \"itemName\" : \"Kettle\", \"price\" : 12.50 } ] }";
        String row = "111-1\t2026-10-30T20:06:06+00:00\tShipped";

        assertEquals(catalogItem, RestrictedData.redactPayload(catalogItem));
        assertEquals(row, RestrictedData.redactPayload(row));
    }

    @Test
    void givenPrefixedAndEmptyElements_whenRedacted_thenPrefixedOnesAreEmptiedAndEmptyOnesSwallowNothing() {
        String page = "<ns2:Order><ns2:BuyerName>Jane Doe</ns2:BuyerName><Name/><Name xsi:nil=\"true\"/>"
                + "<City>SEATTLE</City><PostalCode>98109</PostalCode></ns2:Order>";

        assertEquals("<ns2:Order><ns2:BuyerName/><Name/><Name/><City>SEATTLE</City><PostalCode>98109</PostalCode>"
                + "</ns2:Order>", RestrictedData.redactXml(page));
    }

    @Test
    void givenDeadLetterPayloads_whenRedacted_thenNoBuyerDataWhetherXmlJsonOrBrokenJson() {
        String json = "{\"payload\":{\"OrderItems\":[{\"ASIN\":\"B0\",\"BuyerInfo\":{\"GiftMessageText\":\"For Jane\"}}],"
                + "\"Orders\":[{\"AmazonOrderId\":\"902-1\",\"BuyerInfo\":{\"BuyerEmail\":\"jane@x\"},"
                + "\"ShippingAddress\":{\"Name\":\"Jane Doe\",\"City\":\"SEATTLE\"}}]}}";
        String broken = "{\"Orders\":[{\"BuyerInfo\":{\"BuyerEmail\":\"jane@x\",\"BuyerTaxInfo\":{\"TaxClassifications\":"
                + "[{\"Name\":\"VatNumber\",\"Value\":\"DE123\"}]}},\"ShippingAddress\":{\"AddressLine1\":\"1 Main";

        String redactedJson = RestrictedData.redactPayload(json);
        String redactedBroken = RestrictedData.redactPayload(broken);

        assertEquals("{\"payload\":{\"OrderItems\":[{\"ASIN\":\"B0\"}],\"Orders\":[{\"AmazonOrderId\":\"902-1\","
                + "\"ShippingAddress\":{\"City\":\"SEATTLE\"}}]}}", redactedJson);
        for (String secret : List.of("jane@", "DE123", "VatNumber", "1 Main")) {
            assertFalse(redactedBroken.contains(secret), secret + " in " + redactedBroken);
        }
        assertEquals("<BuyerEmail/>", RestrictedData.redactPayload("<BuyerEmail>jane@x</BuyerEmail>"));
    }
}

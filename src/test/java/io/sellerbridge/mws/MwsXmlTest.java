package io.sellerbridge.mws;

import io.sellerbridge.amazon.MalformedResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.sellerbridge.mws.MwsFixtures.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parsing, and the decisions on the quirks of Amazon's own examples (shared/amazon-examples/mws/README.md). */
class MwsXmlTest {

    private static final String NS = "https://mws.amazonservices.com/Orders/2013-09-01";

    @ParameterizedTest
    @CsvSource({
            "doc-ListOrders.response.xml, ListOrdersResponse",
            "doc-ListOrdersByNextToken.response.xml, ListOrdersByNextTokenResponse",
            "doc-GetOrder.response.xml, GetOrderResponse",
            "doc-ListOrderItems.response.xml, ListOrderItemsResponse",
            "doc-ListOrderItemsByNextToken.response.xml, ListOrderItemsByNextTokenResponse",
            "doc-ErrorResponse.InvalidClientTokenId.xml, ErrorResponse"})
    void givenEachAmazonDocExample_whenParsed_thenItBecomesItsTypedResponse(String fixture, String type) {
        MwsResponse response = MwsXml.parse(xml(fixture));

        assertEquals(type, response.getClass().getSimpleName());
    }

    @Test
    void givenQuirk1TheNamespaceBrokenByALineBreak_whenParsed_thenElementsAreStillReadByName() {
        MwsOrdersResult result = MwsXml.parse(xml("doc-ListOrders.response.xml"), ListOrdersResponse.class).result();

        assertEquals(3, result.orders().size());
        assertEquals("902-3159896-1390916", result.orders().get(0).amazonOrderId());
        assertEquals("2YgYW55IGNhcm5hbCBwbGVhc3VyZS4=", result.nextToken());
    }

    @Test
    void givenNoNamespaceOrAPrefixedOne_whenParsed_thenTheSameElementsAreRead() {
        String none = "<GetOrderResponse><GetOrderResult><Orders><Order><AmazonOrderId>1</AmazonOrderId>"
                + "</Order></Orders></GetOrderResult></GetOrderResponse>";
        String prefixed = "<m:GetOrderResponse xmlns:m=\"" + NS + "\"><m:GetOrderResult><m:Orders><m:Order>"
                + "<m:AmazonOrderId>1</m:AmazonOrderId></m:Order></m:Orders></m:GetOrderResult></m:GetOrderResponse>";

        assertEquals("1", MwsFixtures.onlyOrder(none).amazonOrderId());
        assertEquals("1", MwsFixtures.onlyOrder(prefixed).amazonOrderId());
    }

    @Test
    void givenQuirk2AUrlEncodedWindowBound_whenParsed_thenTheTextIsKeptAsWrittenForTheCallerToJudge() {
        MwsOrdersResult result = MwsXml.parse(xml("doc-ListOrders.response.xml"), ListOrdersResponse.class).result();

        assertEquals("2017-02-25T18%3A10%3A21.687Z", result.lastUpdatedBefore());
        assertEquals("2017-02-05T00%3A06%3A07.000Z", result.orders().get(2).purchaseDate());
    }

    @Test
    void givenQuirk4And5LayoutWhitespaceAndAStrayGreaterThan_whenParsed_thenValuesAreTrimmedAndTheStrayTextSkipped() {
        MwsOrder order = MwsFixtures.onlyOrder(xml("doc-GetOrder.response.xml"));

        assertEquals("ATVPDKIKX0DER", order.marketplaceId());
        assertEquals("Standard", order.shipmentServiceLevelCategory(), "was 'Standard\\n                '");
        assertEquals("2017-01-25T19:49:35Z", order.latestShipDate());
        assertEquals("StandardOrder", order.orderType(), "the element after the stray '>' is read");
    }

    @Test
    void givenInnerWhitespace_whenParsed_thenOnlyTheSurroundingWhitespaceIsTrimmed() {
        String body = "<ListOrderItemsResponse><ListOrderItemsResult><OrderItems><OrderItem>"
                + "<Title>\n\t  Two  spaces\tand a tab \r\n</Title></OrderItem></OrderItems>"
                + "</ListOrderItemsResult></ListOrderItemsResponse>";

        assertEquals("Two  spaces\tand a tab", MwsFixtures.items(body).get(0).title());
    }

    @Test
    void givenQuirk6GiftCerificate_whenParsed_thenThePaymentMethodDetailIsKeptVerbatimNotCorrected() {
        MwsOrder order = MwsFixtures.onlyOrder(xml("doc-GetOrder.response.xml"));

        assertEquals(List.of("CreditCard", "GiftCerificate"), order.paymentMethodDetails());
    }

    @Test
    void givenQuirk7NoXmlDeclaration_whenParsed_thenItemsAreRead() {
        MwsOrderItemsResult result = MwsXml.parse(xml("doc-ListOrderItems.response.xml"), ListOrderItemsResponse.class)
                .result();

        assertEquals("058-1233752-8214740", result.amazonOrderId());
        assertEquals("MRgZW55IGNhcm5hbCBwbGVhc3VyZS6=", result.nextToken());
        assertEquals(2, result.items().size());
        assertEquals("12", result.items().get(0).numberOfItems());
        assertEquals(List.of("FREESHIP"), result.items().get(1).promotionIds());
    }

    @Test
    void givenQuirk9AmountBeforeCurrencyCode_whenParsed_thenBothAreReadByName() {
        MwsOrder order = MwsFixtures.onlyOrder(xml("order-unshipped.xml"));

        assertEquals("11.01", order.orderTotal().amount());
        assertEquals("USD", order.orderTotal().currencyCode());
    }

    @Test
    void givenQuirk10AndUnknownElements_whenParsed_thenTheyAndEverythingInsideThemAreSkipped() {
        String body = "<GetOrderResponse xmlns=\"" + NS + "\"><GetOrderResult><Orders><Order>"
                + "<AmazonOrderId>real</AmazonOrderId>"
                + "<DefaultShipFromLocationAddress><isAddressSharingConfidential>false</isAddressSharingConfidential>"
                + "</DefaultShipFromLocationAddress>"
                + "<SomethingNew><AmazonOrderId>not-this-one</AmazonOrderId></SomethingNew>"
                + "</Order></Orders></GetOrderResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>"
                + "</GetOrderResponse>";

        MwsResponse response = MwsXml.parse(body);

        assertEquals("real", MwsFixtures.onlyOrder(body).amazonOrderId());
        assertEquals("r-1", response.requestId());
    }

    @Test
    void givenTheGuidesErrorResponseInItsOwnNamespace_whenParsed_thenCodeMessageAndRequestIdAreRead() {
        ErrorResponse error = MwsXml.parse(xml("doc-ErrorResponse.InvalidClientTokenId.xml"), ErrorResponse.class);

        assertEquals(1, error.errors().size());
        assertEquals("Sender", error.errors().get(0).type());
        assertEquals("InvalidClientTokenId", error.errors().get(0).code());
        assertEquals("The AWS Access Key Id you provided does not exist in our records.", error.errors().get(0).message());
        assertEquals("b7afc6c3-6f75-4707-bcf4-0475ad23162c", error.requestId(), "RequestID, capital D");
    }

    @Test
    void givenTheLastPage_whenParsed_thenNextTokenIsNull() {
        MwsOrdersResult result = MwsXml.parse(xml("order-pending.xml"), MwsOrdersResponse.class).result();

        assertNull(result.nextToken());
        assertEquals("2026-11-02T09:58:00Z", result.lastUpdatedBefore());
    }

    @Test
    void givenAnEmptyOrdersPage_whenParsed_thenThereAreNoOrdersRatherThanNull() {
        String body = "<ListOrdersResponse xmlns=\"" + NS + "\"><ListOrdersResult><LastUpdatedBefore>"
                + "2026-11-02T09:58:00Z</LastUpdatedBefore><Orders/></ListOrdersResult></ListOrdersResponse>";

        assertEquals(List.of(), MwsXml.parse(body, MwsOrdersResponse.class).result().orders());
    }

    @Test
    void givenRawBytesDeclaredIso88591_whenParsedAsBytes_thenTheDeclaredEncodingIsHonoured() {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><ListOrderItemsResponse><ListOrderItemsResult>"
                + "<OrderItems><OrderItem><SellerSKU>SKU-ÄÖÜ</SellerSKU></OrderItem></OrderItems>"
                + "</ListOrderItemsResult></ListOrderItemsResponse>").getBytes(StandardCharsets.ISO_8859_1);

        MwsOrderItemsResponse response = (MwsOrderItemsResponse) MwsXml.parse(body);

        assertEquals("SKU-ÄÖÜ", response.result().items().get(0).sellerSku());
    }

    @Test
    void givenUtf8BytesWithoutDeclaration_whenParsedAsBytes_thenUtf8IsAssumedAsXmlRequires() {
        byte[] body = xml("items-unshipped.xml").replaceFirst("<\\?xml[^>]*\\?>", "").getBytes(StandardCharsets.UTF_8);

        MwsOrderItemsResponse response = (MwsOrderItemsResponse) MwsXml.parse(body);

        assertEquals("Notizbuch „Grün“ – 日本語 ✓", response.result().items().get(0).title());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not xml at all",
            "{\"payload\":{}}",
            "<html><body><h1>503 Service Unavailable</h1></body></html>",
            "<ListOrdersResponse xmlns=\"https://mws.amazonservices.com/Orders/2013-09-01\"><ListOrdersResult><Orders>",
            "<ListOrdersResponse><ListOrdersResult/></ListOrdersResponse><ListOrdersResponse/>",
            "<ListOrdersResponse><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListOrdersResponse>",
            "<ListOrderItemsResponse/>",
            "   "})
    void givenABodyThatIsNoKnownOrdersDocument_whenParsed_thenItIsMalformedWithTheRawBodyKept(String body) {
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> MwsXml.parse(body));

        assertEquals(body, e.rawBody());
    }

    @Test
    void givenATruncatedDocExample_whenParsed_thenItIsMalformed() {
        String full = xml("doc-ListOrders.response.xml");
        String truncated = full.substring(0, full.length() / 2);

        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> MwsXml.parse(truncated));

        assertEquals(truncated, e.rawBody());
        assertTrue(e.getMessage().startsWith("MWS response is not a known Orders 2013-09-01 XML document"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line for logs and dead-letter reasons");
    }

    @Test
    void givenAnExternalEntity_whenParsed_thenItIsRefusedAndNotResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<GetOrderResponse><GetOrderResult><Orders><Order><AmazonOrderId>&x;</AmazonOrderId></Order>"
                + "</Orders></GetOrderResult></GetOrderResponse>";

        assertThrows(MalformedResponseException.class, () -> MwsXml.parse(xxe));
    }

    @Test
    void givenAnErrorResponseWhereOrdersWereExpected_whenParsedAsOrders_thenItIsMalformedNamingBothTypes() {
        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> MwsXml.parse(xml("doc-ErrorResponse.InvalidClientTokenId.xml"), MwsOrdersResponse.class));

        assertTrue(e.getMessage().contains("MwsOrdersResponse") && e.getMessage().contains("ErrorResponse"),
                e.getMessage());
    }

    @Test
    void givenListOrdersByNextToken_whenParsedAsOrdersResponse_thenThePagesOfBothActionsReadAlike() {
        MwsOrdersResponse response = MwsXml.parse(xml("doc-ListOrdersByNextToken.response.xml"), MwsOrdersResponse.class);

        assertInstanceOf(ListOrdersByNextTokenResponse.class, response);
        assertEquals("88faca76-b600-46d2-b53c-0c8c4533e43a", response.requestId());
        assertEquals(1, response.result().orders().size());
    }
}

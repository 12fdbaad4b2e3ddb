package io.sellerbridge.reports;

import io.sellerbridge.canonical.MappingException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SalesChannels, named *Report* so the report test selection runs it. */
class ReportSalesChannelsTest {

    @Test
    void givenEveryAmazonSalesChannel_whenLookedUp_thenTheMarketplaceIdOnAmazonsMarketplaceIdsPage() {
        Map<String, String> documented = new LinkedHashMap<>();
        documented.put("Amazon.com", "ATVPDKIKX0DER");
        documented.put("Amazon.ca", "A2EUQ1WTGCTBG2");
        documented.put("Amazon.com.mx", "A1AM78C64UM0Y8");
        documented.put("Amazon.com.br", "A2Q3Y263D00KWC");
        documented.put("Amazon.co.uk", "A1F83G8C2ARO7P");
        documented.put("Amazon.de", "A1PA6795UKMFR9");
        documented.put("Amazon.fr", "A13V1IB3VIYZZH");
        documented.put("Amazon.it", "APJ6JRA9NG5V4");
        documented.put("Amazon.es", "A1RKKUPIHCS9HS");
        documented.put("Amazon.nl", "A1805IZSGTT6HS");
        documented.put("Amazon.se", "A2NODRKZP88ZB9");
        documented.put("Amazon.pl", "A1C3SOZRARQ6R3");
        documented.put("Amazon.com.tr", "A33AVAJ2PDY3EV");
        documented.put("Amazon.com.be", "AMEN7PMS3EDWL");
        documented.put("Amazon.ae", "A2VIGQ35RCS4UG");
        documented.put("Amazon.sa", "A17E79C6D8DWNP");
        documented.put("Amazon.eg", "ARBP9OOSHTCHU");
        documented.put("Amazon.in", "A21TJRUUN4KGV");
        documented.put("Amazon.co.jp", "A1VC38T7YXB528");
        documented.put("Amazon.com.au", "A39IBJ37TRP1C6");
        documented.put("Amazon.sg", "A19VAU5U5O7RUS");
        documented.put("Amazon.ie", "A28R8C7NBKEWEA");
        documented.put("Amazon.co.za", "AE08WJ6YKNBMC");

        documented.forEach((channel, marketplaceId) ->
                assertEquals(Optional.of(marketplaceId), SalesChannels.marketplaceId("sales-channel", channel), channel));
    }

    @Test
    void givenAChannelInAnotherCaseOrWithSpaces_whenLookedUp_thenTheSameMarketplace() {
        assertEquals(Optional.of("A1F83G8C2ARO7P"), SalesChannels.marketplaceId("sales-channel", "AMAZON.CO.UK"));
        assertEquals(Optional.of("A1PA6795UKMFR9"), SalesChannels.marketplaceId("sales-channel", "amazon.de"));
        assertEquals(Optional.of("ATVPDKIKX0DER"), SalesChannels.marketplaceId("sales-channel", " Amazon.com "));
    }

    @Test
    void givenAChannelOutsideAmazon_whenLookedUp_thenNoMarketplace() {
        assertEquals(Optional.empty(), SalesChannels.marketplaceId("sales-channel", "Non-Amazon"));
        assertEquals(Optional.empty(), SalesChannels.marketplaceId("sales-channel", "non-amazon"));
    }

    @Test
    void givenAnEmptyOrUnknownAmazonChannel_whenLookedUp_thenAMappingExceptionNamingTheFieldAndValue() {
        MappingException unknown = assertThrows(MappingException.class,
                () -> SalesChannels.marketplaceId("Order.SalesChannel", "Amazon.xy"));
        MappingException bare = assertThrows(MappingException.class,
                () -> SalesChannels.marketplaceId("sales-channel", "Amazon"));
        MappingException empty = assertThrows(MappingException.class,
                () -> SalesChannels.marketplaceId("sales-channel", " "));
        MappingException absent = assertThrows(MappingException.class,
                () -> SalesChannels.marketplaceId("Order.SalesChannel", null));

        assertTrue(unknown.getMessage().contains("Order.SalesChannel 'Amazon.xy'"), unknown.getMessage());
        assertTrue(bare.getMessage().contains("'Amazon'"), bare.getMessage());
        assertTrue(empty.getMessage().contains("sales-channel is empty"), empty.getMessage());
        assertTrue(absent.getMessage().contains("Order.SalesChannel is empty"), absent.getMessage());
    }
}

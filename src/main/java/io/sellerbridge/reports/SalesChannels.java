package io.sellerbridge.reports;

import io.sellerbridge.canonical.MappingException;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The marketplace of an order read from an all-orders report. The reports name no marketplace id, only the sales
 * channel: the domain of the Amazon site the order was placed on ("Amazon.co.uk"), or a channel outside Amazon
 * ("Non-Amazon" for multi-channel fulfilment orders). Ids as Amazon's "Marketplace IDs" page lists them.
 */
public final class SalesChannels {

    private static final String AMAZON = "amazon";

    /** By the sales channel in lower case: Amazon writes "Amazon.co.uk", but "amazon.co.uk" names the same site. */
    private static final Map<String, String> MARKETPLACE_IDS = Map.ofEntries(
            // North America
            Map.entry("amazon.com", "ATVPDKIKX0DER"),
            Map.entry("amazon.ca", "A2EUQ1WTGCTBG2"),
            Map.entry("amazon.com.mx", "A1AM78C64UM0Y8"),
            Map.entry("amazon.com.br", "A2Q3Y263D00KWC"),
            // Europe
            Map.entry("amazon.co.uk", "A1F83G8C2ARO7P"),
            Map.entry("amazon.de", "A1PA6795UKMFR9"),
            Map.entry("amazon.fr", "A13V1IB3VIYZZH"),
            Map.entry("amazon.it", "APJ6JRA9NG5V4"),
            Map.entry("amazon.es", "A1RKKUPIHCS9HS"),
            Map.entry("amazon.nl", "A1805IZSGTT6HS"),
            Map.entry("amazon.se", "A2NODRKZP88ZB9"),
            Map.entry("amazon.pl", "A1C3SOZRARQ6R3"),
            Map.entry("amazon.com.tr", "A33AVAJ2PDY3EV"),
            Map.entry("amazon.com.be", "AMEN7PMS3EDWL"),
            Map.entry("amazon.ie", "A28R8C7NBKEWEA"),
            Map.entry("amazon.ae", "A2VIGQ35RCS4UG"),
            Map.entry("amazon.sa", "A17E79C6D8DWNP"),
            Map.entry("amazon.eg", "ARBP9OOSHTCHU"),
            Map.entry("amazon.in", "A21TJRUUN4KGV"),
            Map.entry("amazon.co.za", "AE08WJ6YKNBMC"),
            // Far East
            Map.entry("amazon.co.jp", "A1VC38T7YXB528"),
            Map.entry("amazon.com.au", "A39IBJ37TRP1C6"),
            Map.entry("amazon.sg", "A19VAU5U5O7RUS"));

    private SalesChannels() {
    }

    /**
     * The marketplace id of an Amazon sales channel, matched case-insensitively; empty for a channel outside Amazon,
     * whose orders belong to no Amazon marketplace. An empty channel, or an Amazon one not listed (a marketplace
     * Amazon opened since), is a MappingException naming the value: guessing would publish the order in the wrong
     * marketplace, leaving it out silently would lose it.
     */
    public static Optional<String> marketplaceId(String field, String salesChannel) {
        String channel = salesChannel == null ? "" : salesChannel.trim().toLowerCase(Locale.ROOT);
        if (channel.isEmpty()) {
            throw new MappingException(field + " is empty: the order's marketplace is unknown");
        }
        String marketplaceId = MARKETPLACE_IDS.get(channel);
        if (marketplaceId != null) {
            return Optional.of(marketplaceId);
        }
        if (channel.startsWith(AMAZON)) {
            throw new MappingException("unknown " + field + " '" + salesChannel
                    + "': no Amazon marketplace the bundle knows");
        }
        return Optional.empty();
    }
}

package io.sellerbridge.sandbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The marketplaces the seeder knows: Amazon's marketplace id, currency, SalesChannel and the local
 * details (order-id prefixes, tax rate, addresses) that make generated orders look native.
 */
record Marketplace(String id, String countryCode, String currency, int currencyScale, String salesChannel,
                   String emailDomain, BigDecimal usdRate, BigDecimal taxRate, BigDecimal mfnShipping,
                   String mfnServiceLevel, List<String> orderIdPrefixes, List<City> cities) {

    /** The non-restricted part of a shipping address (what a non-RDT call returns). */
    record City(String city, String stateOrRegion, String postalCode) {
    }

    private static final Map<String, Marketplace> ALL = Map.of(
            "ATVPDKIKX0DER", new Marketplace("ATVPDKIKX0DER", "US", "USD", 2, "Amazon.com", "com",
                    new BigDecimal("1"), new BigDecimal("0.08"), new BigDecimal("4.99"), "Std US D2D Dom",
                    List.of("111", "112", "113", "114"),
                    List.of(new City("SEATTLE", "WA", "98109-5210"), new City("Austin", "TX", "78701"),
                            new City("Brooklyn", "NY", "11201"), new City("Portland", "OR", "97205"),
                            new City("San José", "CA", "95113"))),
            "A2EUQ1WTGCTBG2", new Marketplace("A2EUQ1WTGCTBG2", "CA", "CAD", 2, "Amazon.ca", "ca",
                    new BigDecimal("1.36"), new BigDecimal("0.13"), new BigDecimal("6.99"), "Std CA D2D Dom",
                    List.of("701", "702"),
                    List.of(new City("Toronto", "ON", "M5V 2T6"), new City("Montréal", "QC", "H2Y 1C6"),
                            new City("Vancouver", "BC", "V6B 1A1"))),
            "A1PA6795UKMFR9", new Marketplace("A1PA6795UKMFR9", "DE", "EUR", 2, "Amazon.de", "de",
                    new BigDecimal("0.92"), new BigDecimal("0.19"), new BigDecimal("3.99"), "Std DE Dom",
                    List.of("302", "303", "304", "305", "306", "028"),
                    List.of(new City("München", "Bayern", "80331"), new City("Köln", "Nordrhein-Westfalen", "50667"),
                            new City("Berlin", "Berlin", "10115"), new City("Düsseldorf", "Nordrhein-Westfalen", "40213"))),
            "A1F83G8C2ARO7P", new Marketplace("A1F83G8C2ARO7P", "GB", "GBP", 2, "Amazon.co.uk", "co.uk",
                    new BigDecimal("0.79"), new BigDecimal("0.20"), new BigDecimal("2.99"), "Std UK Dom_1",
                    List.of("202", "203", "204", "205", "206", "026"),
                    List.of(new City("London", "Greater London", "EC1A 1BB"), new City("Manchester", "Lancashire", "M1 1AE"),
                            new City("Edinburgh", "Midlothian", "EH1 1YZ"))),
            "A1VC38T7YXB528", new Marketplace("A1VC38T7YXB528", "JP", "JPY", 0, "Amazon.co.jp", "co.jp",
                    new BigDecimal("150"), new BigDecimal("0.10"), new BigDecimal("500"), "Std JP Kanto8",
                    List.of("249", "250", "503"),
                    List.of(new City("渋谷区", "東京都", "150-0002"), new City("大阪市北区", "大阪府", "530-0001"),
                            new City("札幌市中央区", "北海道", "060-0001"))));

    static Marketplace of(String marketplaceId) {
        Marketplace m = ALL.get(marketplaceId);
        if (m == null) {
            throw new IllegalArgumentException("the sandbox cannot seed marketplace " + marketplaceId
                    + "; known: " + ALL.keySet());
        }
        return m;
    }
}

package io.sellerbridge.canonical;

/** A postal address. Without a Restricted Data Token Amazon sends only city, region, postal and country code. */
public record Address(String name, String companyName, String addressLine1, String addressLine2, String addressLine3,
                      String city, String county, String district, String stateOrRegion, String municipality,
                      String postalCode, String countryCode, String phone, String addressType) {
}

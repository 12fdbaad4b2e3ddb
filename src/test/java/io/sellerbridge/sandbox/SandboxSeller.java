package io.sellerbridge.sandbox;

import java.util.List;
import java.util.Objects;

/**
 * One selling partner that authorised the app: its LWA app credentials, the refresh token Amazon
 * issued for the authorisation, and the marketplaces it sells in. Several sellers may share one
 * clientId/clientSecret (one app, many sellers), as in production.
 */
public record SandboxSeller(String sellerId, String clientId, String clientSecret, String refreshToken,
                            List<String> marketplaceIds) {

    public static final SandboxSeller DEFAULT = new SandboxSeller("A2SANDBOXSELLER1",
            "amzn1.application-oa2-client.sandbox1", "sandbox-client-secret-1", "Atzr|sbx-seller-1",
            List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"));

    public static final SandboxSeller SECOND = new SandboxSeller("A2SANDBOXSELLER2",
            "amzn1.application-oa2-client.sandbox2", "sandbox-client-secret-2", "Atzr|sbx-seller-2",
            List.of("A1PA6795UKMFR9", "A1F83G8C2ARO7P", "A1VC38T7YXB528"));

    public SandboxSeller {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
        marketplaceIds = List.copyOf(marketplaceIds);
        if (marketplaceIds.isEmpty()) {
            throw new IllegalArgumentException("seller " + sellerId + " needs at least one marketplace");
        }
        marketplaceIds.forEach(Marketplace::of); // fails early on a marketplace the seeder cannot price
    }
}

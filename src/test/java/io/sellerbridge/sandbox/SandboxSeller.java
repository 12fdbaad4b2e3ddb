package io.sellerbridge.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One selling partner that authorised the app: its LWA app credentials, the refresh token Amazon
 * issued for the authorisation, and the marketplaces it sells in. Several sellers may share one
 * clientId/clientSecret (one app, many sellers), as in production.
 *
 * <p>The MWS components are the legacy credentials for the same seller: the developer's AWS access key
 * and secret key that sign Signature Version 2 requests, and the MWSAuthToken the seller granted that
 * developer ({@code null} when the seller uses its own keys and sends none). Several sellers may share
 * one access key (one developer, many sellers), each with its own MWSAuthToken.
 */
public record SandboxSeller(String sellerId, String clientId, String clientSecret, String refreshToken,
                            List<String> marketplaceIds, String mwsAccessKeyId, String mwsSecretKey,
                            String mwsAuthToken) {

    public static final SandboxSeller DEFAULT = new SandboxSeller("A2SANDBOXSELLER1",
            "amzn1.application-oa2-client.sandbox1", "sandbox-client-secret-1", "Atzr|sbx-seller-1",
            List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"),
            "AKIASANDBOXSELLER1", "sandbox-mws-secret-1/+=", null);

    /** A European seller (Germany, United Kingdom): one authorisation is for one selling region. */
    public static final SandboxSeller SECOND = new SandboxSeller("A2SANDBOXSELLER2",
            "amzn1.application-oa2-client.sandbox2", "sandbox-client-secret-2", "Atzr|sbx-seller-2",
            List.of("A1PA6795UKMFR9", "A1F83G8C2ARO7P"),
            "AKIASANDBOXSELLER2", "sandbox-mws-secret-2/+=", null);

    /**
     * The second seller with Japan besides: two regions, as no real authorisation is (the bundle refuses it), for the
     * sandbox's own tests of region-wide reports and Japanese text.
     */
    public static final SandboxSeller SECOND_WITH_JAPAN = new SandboxSeller(SECOND.sellerId(), SECOND.clientId(),
            SECOND.clientSecret(), SECOND.refreshToken(), List.of("A1PA6795UKMFR9", "A1F83G8C2ARO7P", "A1VC38T7YXB528"),
            SECOND.mwsAccessKeyId(), SECOND.mwsSecretKey(), null);

    public SandboxSeller {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(mwsAccessKeyId, "mwsAccessKeyId");
        Objects.requireNonNull(mwsSecretKey, "mwsSecretKey");
        if (mwsAccessKeyId.isBlank() || mwsSecretKey.isEmpty()) {
            throw new IllegalArgumentException("seller " + sellerId + " needs an MWS access key and secret");
        }
        marketplaceIds = List.copyOf(marketplaceIds);
        if (marketplaceIds.isEmpty()) {
            throw new IllegalArgumentException("seller " + sellerId + " needs at least one marketplace");
        }
        marketplaceIds.forEach(Marketplace::of); // fails early on a marketplace the seeder cannot price
    }

    /**
     * A seller without explicit MWS credentials: its own access key "AKIA" + upper-cased sellerId, secret
     * "mws-secret-" + sellerId, no MWSAuthToken (kept so callers written before MWS still compile).
     */
    public SandboxSeller(String sellerId, String clientId, String clientSecret, String refreshToken,
                         List<String> marketplaceIds) {
        this(sellerId, clientId, clientSecret, refreshToken, marketplaceIds,
                "AKIA" + Objects.requireNonNull(sellerId, "sellerId").toUpperCase(Locale.ROOT),
                "mws-secret-" + sellerId, null);
    }
}

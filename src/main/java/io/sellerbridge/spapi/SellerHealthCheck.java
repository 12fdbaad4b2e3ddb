package io.sellerbridge.spapi;

import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.pii.BuyerDataOptIn;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import java.util.Map;

/**
 * Readiness names every seller whose LWA token cannot be obtained (never a credential): refused credentials stop
 * that seller until a person fixes them, an unreachable LWA clears with the next token. It turns DOWN only when no
 * seller has a token: with leases only a ready pod may lead, and one seller's bad secret must not stop the others.
 * A seller whose buyer data Amazon refused is named too ({@code spapi.seller.<alias>.pii}), and a seller file left out
 * ({@code spapi.sellers.directory.<file>}), without turning DOWN.
 */
public class SellerHealthCheck extends AbstractHealthCheck {

    private final SellerRegistry<SpApiSeller> sellers;
    private final BuyerDataOptIn buyerData;
    private final SellersDirectory files;

    public SellerHealthCheck(SellerRegistry<SpApiSeller> sellers, BuyerDataOptIn buyerData, SellersDirectory files) {
        super("seller-bridge", "sellers");
        this.sellers = sellers;
        this.buyerData = buyerData;
        this.files = files;
    }

    @Override
    public boolean isLiveness() {
        return false; // a restart cannot fix a seller's credentials
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Map<String, String> problems = sellers.tokenProblems();
        builder.detail("sellers", sellers.aliases().size());
        problems.forEach((alias, reason) -> builder.detail("seller." + alias, reason));
        // buyer data refused by Amazon: the seller's orders go on, so readiness stays as it is
        Map<String, String> refusals = buyerData.refusals();
        refusals.forEach((prefix, reason) -> builder.detail(prefix + "pii", reason));
        // a bad seller file leaves that seller out; the others go on
        Map<String, String> badFiles = files.problems();
        badFiles.forEach((file, reason) -> builder.detail("spapi.sellers.directory." + file, reason));
        if (!problems.isEmpty()) {
            builder.message("no LWA token for seller(s) " + problems.keySet());
        } else if (!refusals.isEmpty()) {
            builder.message("buyer data refused by Amazon for " + refusals.keySet());
        } else if (!badFiles.isEmpty()) {
            builder.message("seller file(s) left out: " + badFiles.keySet());
        }
        if (!problems.isEmpty() && problems.keySet().containsAll(sellers.aliases())) {
            builder.down();
        } else {
            builder.up();
        }
    }
}

package io.sellerbridge.observe;

import io.sellerbridge.config.SellerRegistry;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import java.util.Map;

/**
 * Readiness: DOWN while a seller's LWA token cannot be obtained, naming the seller (never a credential) — refused
 * credentials stop the seller until a person fixes them; an unreachable LWA clears with the next token.
 */
public class SellerHealthCheck extends AbstractHealthCheck {

    private final SellerRegistry sellers;

    public SellerHealthCheck(SellerRegistry sellers) {
        super("seller-bridge", "sellers");
        this.sellers = sellers;
    }

    @Override
    public boolean isLiveness() {
        return false; // a restart cannot fix a seller's credentials
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Map<String, String> problems = sellers.tokenProblems();
        builder.detail("sellers", sellers.aliases().size());
        if (problems.isEmpty()) {
            builder.up();
        } else {
            problems.forEach((alias, reason) -> builder.detail("seller." + alias, reason));
            builder.message("no LWA token for seller(s) " + problems.keySet()).down();
        }
    }
}

package io.sellerbridge.ratelimit;

import org.apache.camel.spi.PropertiesFunction;

/**
 * {@code {{rate-window:getOrderItems}}} in a route: the Throttle's time period for that operation, derived from
 * its configured rate and burst so ops set Amazon's numbers, not a window.
 */
public class RateWindowFunction implements PropertiesFunction {

    private final RateLimits rateLimits;

    public RateWindowFunction(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    @Override
    public String getName() {
        return "rate-window";
    }

    @Override
    public String apply(String operation) {
        return String.valueOf(rateLimits.quota(operation.trim()).windowMillis());
    }
}

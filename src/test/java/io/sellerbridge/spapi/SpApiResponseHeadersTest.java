package io.sellerbridge.spapi;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Of an SP-API answer's headers only the reported rate reaches the message; requests go out as camel-http sends them. */
class SpApiResponseHeadersTest {

    private final SpApiResponseHeaders filter = new SpApiResponseHeaders();

    @Test
    void givenAnAnswersHeaders_thenOnlyTheRateLimitIsKept() {
        assertFalse(filter.applyFilterToExternalHeaders("x-amzn-RateLimit-Limit", "0.5", null));
        assertFalse(filter.applyFilterToExternalHeaders("X-AMZN-RATELIMIT-LIMIT", "0.5", null));
        for (String other : new String[] {"x-amzn-RequestId", "Content-Type", "Date", "x-amz-apigw-id", "Set-Cookie"}) {
            assertTrue(filter.applyFilterToExternalHeaders(other, "v", null), other);
        }
    }

    @Test
    void givenARequestsHeaders_thenCamelsInternalOnesStayBehindAndAmazonsGoOut() {
        assertTrue(filter.applyFilterToCamelHeaders("CamelHttpUri", "https://example.com", null));
        assertFalse(filter.applyFilterToCamelHeaders("x-amz-access-token", "Atza|t", null));
        assertFalse(filter.applyFilterToCamelHeaders("user-agent", "SellerBridge/1.0", null));
    }
}

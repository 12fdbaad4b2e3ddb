package io.sellerbridge.mws;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static io.sellerbridge.mws.MwsFixtures.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MwsErrorsTest {

    @Test
    void givenTheGuidesInvalidClientTokenIdExample_whenDescribed_thenCodeColonTrimmedMessage() {
        String body = xml("doc-ErrorResponse.InvalidClientTokenId.xml");

        assertEquals("InvalidClientTokenId: The AWS Access Key Id you provided does not exist in our records.",
                MwsErrors.describe(body));
        assertEquals(Optional.of("InvalidClientTokenId"), MwsErrors.code(body));
        assertTrue(MwsErrors.isCredentialError(body));
        assertFalse(MwsErrors.isThrottled(body));
    }

    @Test
    void givenARequestThrottledBody_whenChecked_thenItIsThrottledAndNotACredentialError() {
        String body = xml("error-throttled.xml");

        assertTrue(MwsErrors.isThrottled(body));
        assertFalse(MwsErrors.isQuotaExceeded(body));
        assertFalse(MwsErrors.isCredentialError(body));
        assertEquals("RequestThrottled: Request is throttled", MwsErrors.describe(body));
    }

    @Test
    void givenAQuotaExceededBody_whenChecked_thenItIsTheHourlyQuotaNotTheBurstThrottle() {
        String body = "<ErrorResponse xmlns=\"https://mws.amazonservices.com/Orders/2013-09-01\"><Error><Type>Sender</Type>"
                + "<Code>QuotaExceeded</Code><Message>The total number of requests in an hour was exceeded.</Message>"
                + "</Error><RequestID>r-2</RequestID></ErrorResponse>";

        assertTrue(MwsErrors.isQuotaExceeded(body));
        assertFalse(MwsErrors.isThrottled(body));
    }

    @Test
    void givenTwoErrors_whenDescribed_thenBothAreListed() {
        String body = "<ErrorResponse><Error><Code>A</Code><Message>first</Message></Error>"
                + "<Error><Code>B</Code></Error></ErrorResponse>";

        assertEquals("A: first; B", MwsErrors.describe(body));
    }

    @Test
    void givenABodyThatIsNoErrorResponse_whenDescribed_thenAShortExcerptAndNoException() {
        String html = "<html>\n<body>\n<h1>503 Service Unavailable</h1>" + "x".repeat(500) + "</body></html>";

        String description = MwsErrors.describe(html);

        assertTrue(description.startsWith("not an MWS ErrorResponse: <html> <body> <h1>503"), description);
        assertTrue(description.length() < 260, description);
        assertFalse(MwsErrors.isThrottled(html));
        assertEquals(Optional.empty(), MwsErrors.code(html));
        assertEquals("not an MWS ErrorResponse: (empty body)", MwsErrors.describe(null));
        assertFalse(MwsErrors.isThrottled(xml("order-pending.xml")), "a success body is no error");
    }
}

package io.sellerbridge.canonical;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValuesTest {

    /** What java.time makes of the value: the answer the fast path must give, or an error. */
    private static String general(String value) {
        return DateTimeFormatter.ISO_INSTANT.format(OffsetDateTime.parse(value).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-30T20:06:06Z", "2026-10-30T20:06:06+00:00", "2028-02-29T23:59:59Z",
            "2026-01-01T00:00:00+00:00", "2026-10-30T20:06:06+02:00", "2026-10-30T20:06:06.123Z",
            "2026-10-30T20:06Z", "2026-10-30T20:06:06-00:00"})
    void givenAValidDateTime_whenNormalised_thenTheFastPathAgreesWithJavaTimeOrLeavesItToIt(String value) {
        String fast = Values.utcWholeSeconds(value);

        assertEquals(general(value), Values.utc("purchase-date", value));
        if (fast != null) {
            assertEquals(general(value), fast);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T10:00:00Z", "2027-02-29T10:00:00+00:00", "2026-13-01T10:00:00Z",
            "2026-10-30T24:00:00Z", "2026-10-30T20:60:06Z", "2026-1O-30T20:06:06Z", "2026/10/30T20:06:06Z",
            "30/10/2026 20:06"})
    void givenAnImpossibleOrForeignDateTime_whenNormalised_thenTheFastPathDeclinesAndTheErrorNamesTheField(String value) {
        assertNull(Values.utcWholeSeconds(value));
        assertThrows(DateTimeException.class, () -> general(value));
        MappingException e = assertThrows(MappingException.class, () -> Values.utc("purchase-date", value));
        assertTrue(e.getMessage().startsWith("purchase-date is not an ISO-8601 date-time"), e.getMessage());
    }
}

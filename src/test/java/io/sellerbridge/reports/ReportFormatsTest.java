package io.sellerbridge.reports;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFormatsTest {

    @Test
    void givenEachSupportedReportType_whenLookedUp_thenAFormatReadsIt() {
        assertNotNull(ReportFormats.forReportType(ReportFormats.FLAT_FILE_ALL_ORDERS));
        assertNotNull(ReportFormats.forReportType(ReportFormats.XML_ALL_ORDERS));
        assertNotNull(ReportFormats.forReportType(ReportFormats.FBA_MYI_UNSUPPRESSED_INVENTORY));
    }

    @Test
    void givenAnUnsupportedReportType_whenLookedUp_thenTheErrorNamesTheSupportedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportFormats.forReportType("GET_MERCHANT_LISTINGS_ALL_DATA"));

        assertTrue(e.getMessage().contains("GET_MERCHANT_LISTINGS_ALL_DATA"), e.getMessage());
        assertTrue(e.getMessage().contains(ReportFormats.FLAT_FILE_ALL_ORDERS), e.getMessage());
        assertTrue(e.getMessage().contains(ReportFormats.XML_ALL_ORDERS), e.getMessage());
        assertTrue(e.getMessage().contains(ReportFormats.FBA_MYI_UNSUPPRESSED_INVENTORY), e.getMessage());
    }
}

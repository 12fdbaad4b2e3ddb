package io.sellerbridge.reports;

import io.sellerbridge.amazon.MalformedResponseException;
import io.sellerbridge.testing.MutableClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportJobsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReportJob JOB = new ReportJob("orders", "A2S", java.util.List.of("ATVPDKIKX0DER"), ReportFormats.FLAT_FILE_ALL_ORDERS,
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-31T00:00:00Z"));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final ReportJobs jobs = new ReportJobs(clock, Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofHours(2));

    /** An exchange whose job was started and whose createReport answered reportId 50001. */
    private Exchange created() throws Exception {
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        e.getMessage().setBody(JOB);
        jobs.start(e);
        e.getMessage().setBody(JSON.readTree("{\"reportId\":\"50001\"}"));
        jobs.created(e);
        return e;
    }

    private void answer(Exchange e, String getReport) throws Exception {
        e.getMessage().setBody(JSON.readTree(getReport));
        jobs.status(e);
    }

    @Test
    void givenAStartedJob_whenCreateReportAnswers_thenTheReportIdIsKeptAndPollingBeginsWithTheFirstDelay() throws Exception {
        Exchange e = created();

        assertEquals(JOB, e.getProperty(ReportJobs.JOB));
        assertEquals("50001", e.getProperty(ReportJobs.REPORT_ID));
        assertEquals(true, e.getProperty(ReportJobs.PENDING));
        assertEquals(30_000L, e.getProperty(ReportJobs.POLL_DELAY));
    }

    @Test
    void givenCreateReportAnswersWithoutAReportId_whenCreated_thenTheResponseIsMalformed() throws Exception {
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        e.getMessage().setBody(JOB);
        jobs.start(e);
        e.getMessage().setBody(JSON.readTree("{\"errors\":[]}"));

        MalformedResponseException ex = assertThrows(MalformedResponseException.class, () -> jobs.created(e));
        assertEquals("{\"errors\":[]}", ex.rawBody());
    }

    @Test
    void givenDone_whenStatus_thenTheDocumentIdIsSetAndPollingStops() throws Exception {
        Exchange e = created();

        answer(e, "{\"reportId\":\"50001\",\"processingStatus\":\"DONE\",\"reportDocumentId\":\"amzn1.spdoc.1.4.na.d1\"}");

        assertEquals("amzn1.spdoc.1.4.na.d1", e.getProperty(ReportJobs.DOCUMENT_ID));
        assertEquals(false, e.getProperty(ReportJobs.PENDING));
        assertEquals("DONE", e.getProperty(ReportJobs.STATUS));
    }

    @Test
    void givenDoneWithoutAReportDocumentId_whenStatus_thenTheResponseIsMalformed() throws Exception {
        Exchange e = created();

        MalformedResponseException ex = assertThrows(MalformedResponseException.class,
                () -> answer(e, "{\"reportId\":\"50001\",\"processingStatus\":\"DONE\"}"));
        assertTrue(ex.getMessage().contains("50001"), ex.getMessage());
    }

    @Test
    void givenCancelled_whenStatus_thenPollingStopsWithoutADocument() throws Exception {
        Exchange e = created();

        answer(e, "{\"reportId\":\"50001\",\"processingStatus\":\"CANCELLED\"}");

        assertEquals(false, e.getProperty(ReportJobs.PENDING));
        assertNull(e.getProperty(ReportJobs.DOCUMENT_ID));
    }

    @Test
    void givenFatal_whenStatus_thenTheReportFailsNamingItAndItsErrorDocument() throws Exception {
        Exchange e = created();

        ReportFailedException ex = assertThrows(ReportFailedException.class, () -> answer(e,
                "{\"reportId\":\"50001\",\"processingStatus\":\"FATAL\",\"reportDocumentId\":\"amzn1.spdoc.err\"}"));
        assertTrue(ex.getMessage().contains("50001"), ex.getMessage());
        assertTrue(ex.getMessage().contains("amzn1.spdoc.err"), ex.getMessage());
    }

    @Test
    void givenInQueueThenInProgress_whenStatusRepeatedly_thenThePollDelayGrowsByHalfUpToTheMaximum() throws Exception {
        Exchange e = created();

        answer(e, "{\"processingStatus\":\"IN_QUEUE\"}");
        assertEquals(45_000L, e.getProperty(ReportJobs.POLL_DELAY));
        answer(e, "{\"processingStatus\":\"IN_PROGRESS\"}");
        assertEquals(60_000L, e.getProperty(ReportJobs.POLL_DELAY));
        answer(e, "{\"processingStatus\":\"IN_PROGRESS\"}");
        assertEquals(60_000L, e.getProperty(ReportJobs.POLL_DELAY));
        assertEquals(true, e.getProperty(ReportJobs.PENDING));
        assertNull(e.getProperty(ReportJobs.DOCUMENT_ID));
    }

    @Test
    void givenAReportStillInProgressAtTheTimeout_whenStatus_thenItWaitsOnce() throws Exception {
        Exchange e = created();
        clock.advance(Duration.ofHours(2));

        answer(e, "{\"processingStatus\":\"IN_PROGRESS\"}");

        assertEquals(true, e.getProperty(ReportJobs.PENDING));
    }

    @Test
    void givenAReportStillInProgressPastTheTimeout_whenStatus_thenTheReportFails() throws Exception {
        Exchange e = created();
        clock.advance(Duration.ofHours(2).plusSeconds(1));

        ReportFailedException ex = assertThrows(ReportFailedException.class,
                () -> answer(e, "{\"processingStatus\":\"IN_PROGRESS\"}"));
        assertTrue(ex.getMessage().contains("50001"), ex.getMessage());
    }

    @Test
    void givenAnUnknownProcessingStatus_whenStatus_thenTheResponseIsMalformed() throws Exception {
        Exchange e = created();

        MalformedResponseException ex = assertThrows(MalformedResponseException.class,
                () -> answer(e, "{\"processingStatus\":\"SUSPENDED\"}"));
        assertTrue(ex.getMessage().contains("SUSPENDED"), ex.getMessage());
        assertFalse(ex.rawBody().isEmpty());
    }
}

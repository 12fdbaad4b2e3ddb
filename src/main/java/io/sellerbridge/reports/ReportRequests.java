package io.sellerbridge.reports;

import io.sellerbridge.spapi.SpApiRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;

/** Builds Reports API 2021-06-30 requests: createReport for the exchange's job, getReport and getReportDocument. */
public class ReportRequests {

    private final ObjectMapper json = new ObjectMapper();

    public void createReport(Exchange exchange) {
        ReportJob job = exchange.getProperty(ReportJobs.JOB, ReportJob.class);
        ObjectNode spec = json.createObjectNode();
        spec.put("reportType", job.reportType());
        job.marketplaceIds().forEach(spec.putArray("marketplaceIds")::add);
        if (job.dataStartTime() != null) {
            spec.put("dataStartTime", job.dataStartTime().toString());
            spec.put("dataEndTime", job.dataEndTime().toString());
        }
        SpApiRequest.post(exchange, "createReport", "/reports/2021-06-30/reports", spec.toString());
    }

    public void getReport(Exchange exchange) {
        String reportId = exchange.getProperty(ReportJobs.REPORT_ID, String.class);
        SpApiRequest.get(exchange, "getReport", "/reports/2021-06-30/reports/" + SpApiRequest.enc(reportId), null);
    }

    public void getReportDocument(Exchange exchange) {
        String documentId = exchange.getProperty(ReportJobs.DOCUMENT_ID, String.class);
        SpApiRequest.get(exchange, "getReportDocument",
                "/reports/2021-06-30/documents/" + SpApiRequest.enc(documentId), null);
    }
}

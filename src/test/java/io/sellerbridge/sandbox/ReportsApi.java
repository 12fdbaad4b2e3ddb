package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reports API 2021-06-30 semantics (createReport, getReport, getReportDocument) for an authorised seller. */
final class ReportsApi {

    private final Map<String, SandboxSeller> sellers;
    private final SandboxReports reports;
    private final PresignedUrls urls;
    private final String baseUrl;
    private final Duration documentTtl;

    ReportsApi(List<SandboxSeller> sellers, SandboxReports reports, PresignedUrls urls, String baseUrl,
               Duration documentTtl) {
        this.sellers = sellers.stream().collect(Collectors.toMap(SandboxSeller::sellerId, s -> s));
        this.reports = reports;
        this.urls = urls;
        this.baseUrl = baseUrl;
        this.documentTtl = documentTtl;
    }

    /** 202 {"reportId"}: the CreateReportResponse has no payload wrapper. */
    Reply createReport(String sellerId, byte[] body) {
        Instant now = Instant.now();
        CreateReportSpecification spec = CreateReportSpecification.parse(body, sellers.get(sellerId), now);
        String reportId = reports.create(sellerId, spec.reportType(), spec.marketplaceIds(), spec.dataStartTime(),
                spec.dataEndTime(), now);
        ObjectNode response = Json.object();
        response.put("reportId", reportId);
        return Reply.json(202, response);
    }

    Reply getReport(String sellerId, String reportId) {
        ObjectNode report = reports.report(sellerId, reportId, Instant.now());
        return report == null ? Reply.notFound("Report " + reportId + " not found.") : Reply.json(200, report);
    }

    /** The document's presigned URL, valid for the configured TTL from now; always gzip, as the sandbox stores it. */
    Reply getReportDocument(String sellerId, String documentId) {
        if (!reports.ownsDocument(sellerId, documentId)) {
            return Reply.notFound("Report document " + documentId + " not found.");
        }
        ObjectNode response = Json.object();
        response.put("reportDocumentId", documentId);
        response.put("url", baseUrl + urls.pathAndQuery(documentId, Instant.now(), documentTtl));
        response.put("compressionAlgorithm", "GZIP");
        return Reply.json(200, response);
    }
}

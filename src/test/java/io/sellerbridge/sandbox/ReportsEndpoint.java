package io.sellerbridge.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reports API 2021-06-30 under /reports/2021-06-30: POST /reports (createReport), GET /reports/{reportId}
 * (getReport), GET /documents/{reportDocumentId} (getReportDocument). Other report operations are not simulated.
 */
final class ReportsEndpoint extends SpApiRestEndpoint {
    static final String BASE_PATH = "/reports/2021-06-30";
    private static final int MAX_BODY = 64 * 1024;

    private final ReportsApi reports;

    ReportsEndpoint(SpApiAccess access, RateLimits rateLimits, ReportsApi reports, CallStats stats, Faults faults) {
        super(access, rateLimits, stats, faults);
        this.reports = reports;
    }

    @Override
    String operation(HttpExchange exchange) {
        String[] segments = segments(exchange, BASE_PATH);
        String method = exchange.getRequestMethod();
        if (segments.length == 1 && "reports".equals(segments[0]) && "POST".equals(method)) {
            return Operations.CREATE_REPORT;
        }
        if (segments.length == 2 && "GET".equals(method)) {
            return switch (segments[0]) {
                case "reports" -> Operations.GET_REPORT;
                case "documents" -> Operations.GET_REPORT_DOCUMENT;
                default -> null;
            };
        }
        return null;
    }

    @Override
    Reply answer(HttpExchange exchange, String operation, String sellerId, QueryParams query) {
        return switch (operation) {
            case Operations.CREATE_REPORT -> reports.createReport(sellerId, body(exchange));
            case Operations.GET_REPORT -> reports.getReport(sellerId, segments(exchange, BASE_PATH)[1]);
            default -> reports.getReportDocument(sellerId, segments(exchange, BASE_PATH)[1]);
        };
    }

    private static byte[] body(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new InvalidInputException("Request body is too large.");
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * createReport's body, validated as reports_2021-06-30.json describes {@code CreateReportSpecification}:
 * reportType and marketplaceIds (1 to 25) required; dataStartTime/dataEndTime ISO-8601, the end not in the future
 * and not before the start; reportOptions a map of strings. Without a window the report covers the last 30 days.
 */
record CreateReportSpecification(String reportType, List<String> marketplaceIds, Instant dataStartTime,
                                 Instant dataEndTime) {

    static final Duration DEFAULT_WINDOW = Duration.ofDays(30);
    private static final int MAX_MARKETPLACES = 25;

    static CreateReportSpecification parse(byte[] body, SandboxSeller seller, Instant now) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new InvalidInputException("Request body is not valid JSON.");
        }
        if (json == null || !json.isObject()) {
            throw new InvalidInputException("Request body must be a CreateReportSpecification object.");
        }
        String reportType = text(json, "reportType");
        if (reportType == null || reportType.isBlank()) {
            throw new InvalidInputException("reportType is required.");
        }
        if (!ReportContents.SUPPORTED.contains(reportType)) {
            throw new InvalidInputException("Invalid reportType " + reportType + ". The sandbox creates "
                    + ReportContents.SUPPORTED.stream().sorted().toList() + ".");
        }
        List<String> marketplaceIds = marketplaceIds(json.get("marketplaceIds"), seller);
        Instant end = time(json, "dataEndTime", now);
        Instant start = time(json, "dataStartTime", end.minus(DEFAULT_WINDOW));
        if (end.isAfter(now)) {
            throw new InvalidInputException("dataEndTime must not be in the future.");
        }
        if (start.isAfter(end)) {
            throw new InvalidInputException("dataStartTime must not be after dataEndTime.");
        }
        JsonNode options = json.get("reportOptions");
        if (options != null && !options.isNull()) {
            if (!options.isObject()) {
                throw new InvalidInputException("reportOptions must be an object of strings.");
            }
            options.fields().forEachRemaining(option -> {
                if (!option.getValue().isTextual()) {
                    throw new InvalidInputException("reportOptions." + option.getKey() + " must be a string.");
                }
            });
        }
        return new CreateReportSpecification(reportType, marketplaceIds, start, end);
    }

    private static List<String> marketplaceIds(JsonNode ids, SandboxSeller seller) {
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            throw new InvalidInputException("marketplaceIds is required.");
        }
        if (ids.size() > MAX_MARKETPLACES) {
            throw new InvalidInputException("marketplaceIds may hold at most " + MAX_MARKETPLACES + " values.");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isTextual() || !seller.marketplaceIds().contains(id.asText())) {
                throw new InvalidInputException("Invalid marketplaceIds: " + id + " is not a marketplace of the seller.");
            }
            result.add(id.asText());
        }
        return result;
    }

    private static Instant time(JsonNode json, String field, Instant absent) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        Instant time = value.isTextual() ? IsoTimes.parse(value.asText()) : null;
        if (time == null) {
            throw new InvalidInputException(field + " is not an ISO-8601 date-time: " + value);
        }
        return time;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }
}

package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** ISO-8601 the way SP-API speaks it: UTC "Z" strings out, offsets/Z/date-only in. */
final class IsoTimes {

    private IsoTimes() {
    }

    /** "2026-11-02T10:15:30Z": whole seconds, like Orders responses. */
    static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Parses a request date; null when it is not ISO-8601 (e.g. a '+' offset that arrived as a space). */
    static Instant parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException notOffset) {
            // fall through: Amazon also takes local date-times and plain dates as UTC
        }
        try {
            return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // fall through
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }

    /** A date field of a stored order, or null when a test injected a missing/garbled one. */
    static Instant field(JsonNode order, String field) {
        JsonNode value = order.get(field);
        return value != null && value.isTextual() ? parse(value.asText()) : null;
    }
}

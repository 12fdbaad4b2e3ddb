package io.sellerbridge.canonical;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Normalises Amazon's scalar values the same way for every API, so equal facts give equal bytes. */
public final class Values {

    private Values() {
    }

    /** ISO-8601 with any offset in, UTC ISO-8601 out ("2026-11-02T10:15:30Z"). */
    public static String utc(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return DateTimeFormatter.ISO_INSTANT.format(OffsetDateTime.parse(value.trim()).toInstant());
        } catch (DateTimeParseException e) {
            throw new MappingException(field + " is not an ISO-8601 date-time: '" + value + "'", e);
        }
    }

    public static Instant instant(String field, String value) {
        return Instant.parse(utc(field, value));
    }

    public static Money money(String field, String amount, String currency) {
        if (amount == null && currency == null) {
            return null;
        }
        if (amount == null || currency == null) {
            throw new MappingException(field + " needs both Amount and CurrencyCode");
        }
        try {
            new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new MappingException(field + ".Amount is not a decimal: '" + amount + "'", e);
        }
        if (!currency.trim().matches("[A-Z]{3}")) {
            throw new MappingException(field + ".CurrencyCode is not an ISO 4217 code: '" + currency + "'");
        }
        return new Money(amount.trim(), currency.trim());
    }

    /** Amazon sends some booleans as the strings "true"/"false" (IsGift); anything else is an error, not false. */
    public static Boolean bool(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new MappingException(field + " is not true/false: '" + value + "'");
        };
    }

    public static Integer integer(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new MappingException(field + " is not an integer: '" + value + "'", e);
        }
    }

    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new MappingException("missing required field " + field);
        }
        return value;
    }
}

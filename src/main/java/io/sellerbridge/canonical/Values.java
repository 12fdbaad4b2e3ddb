package io.sellerbridge.canonical;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Normalises Amazon's scalar values the same way for every API, so equal facts give equal bytes. */
public final class Values {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private Values() {
    }

    /** ISO-8601 with any offset in, UTC ISO-8601 out ("2026-11-02T10:15:30Z"). */
    public static String utc(String field, String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        String fast = utcWholeSeconds(trimmed);
        if (fast != null) {
            return fast;
        }
        try {
            return DateTimeFormatter.ISO_INSTANT.format(OffsetDateTime.parse(trimmed).toInstant());
        } catch (DateTimeParseException e) {
            throw new MappingException(field + " is not an ISO-8601 date-time: '" + value + "'", e);
        }
    }

    /**
     * The two forms Amazon writes most, "2026-10-30T20:06:06Z" and "2026-10-30T20:06:06+00:00", already in UTC and
     * in whole seconds: checked as a calendar date-time and given back as the first, without the general parser,
     * which costs more than the rest of a report row (the hot path of a million-row report). Null for any other form.
     */
    static String utcWholeSeconds(String v) {
        int n = v.length();
        if (!(n == 20 && v.charAt(19) == 'Z') && !(n == 25 && v.endsWith("+00:00"))) {
            return null;
        }
        if (v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T' || v.charAt(13) != ':' || v.charAt(16) != ':') {
            return null;
        }
        int[] fields = new int[6];
        int[] starts = {0, 5, 8, 11, 14, 17};
        int[] lengths = {4, 2, 2, 2, 2, 2};
        for (int f = 0; f < 6; f++) {
            int number = 0;
            for (int i = starts[f]; i < starts[f] + lengths[f]; i++) {
                char c = v.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                number = number * 10 + (c - '0');
            }
            fields[f] = number;
        }
        try {
            LocalDateTime.of(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
        } catch (DateTimeException e) {
            return null; // the general parser names what is wrong
        }
        return v.substring(0, 19) + "Z";
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
        if (!CURRENCY_CODE.matcher(currency.trim()).matches()) {
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

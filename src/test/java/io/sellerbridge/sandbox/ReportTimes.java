package io.sellerbridge.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Dates the way the Reports API and its documents write them: whole seconds with a "+00:00" offset. */
final class ReportTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private ReportTimes() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** An ISO-8601 value of a stored order in report form; what cannot be parsed is written as it is. */
    static String format(String iso) {
        Instant instant = IsoTimes.parse(iso);
        return instant == null ? iso : format(instant);
    }
}

package io.sellerbridge.reports;

import io.sellerbridge.checkpoint.Window;
import io.sellerbridge.spapi.SpApiSeller;
import org.apache.camel.Exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a report stream for one seller: window after window (one report per marketplace each) until the
 * stream has caught up; each window is committed once all its reports were published.
 */
public class ReportRuns {

    public static final String STREAM = "reportStream";
    public static final String MORE_WINDOWS = "moreReportWindows";

    private final Map<String, ReportStream> streams;
    private final ReportWindows windows;

    public ReportRuns(Map<String, ReportStream> streams, ReportWindows windows) {
        this.streams = streams;
        this.windows = windows;
    }

    /** Body: the seller. */
    public void start(Exchange exchange, String streamName) {
        SpApiSeller seller = exchange.getMessage().getBody(SpApiSeller.class);
        exchange.setProperty(STREAM, stream(streamName));
        seller.useIn(exchange);
        exchange.setProperty(MORE_WINDOWS, true);
    }

    /** The reports of the next window; none when the stream has caught up. */
    public List<ReportJob> nextWindow(Exchange exchange) {
        ReportStream stream = exchange.getProperty(STREAM, ReportStream.class);
        SpApiSeller seller = SpApiSeller.of(exchange);
        Optional<Window> next = windows.next(stream, seller);
        exchange.setProperty(Window.PROPERTY, next.orElse(null));
        exchange.setProperty(MORE_WINDOWS, next.isPresent() && !next.get().caughtUp());
        if (next.isEmpty()) {
            return List.of();
        }
        Window window = next.get();
        if (stream.ordersReport()) {
            // Amazon answers order reports for the whole region: one report, every marketplace of the seller
            return List.of(new ReportJob(stream.name(), seller.sellerId(), seller.marketplaceIds(), stream.reportType(),
                    window.after(), window.before()));
        }
        return seller.marketplaceIds().stream().map(marketplaceId -> new ReportJob(stream.name(), seller.sellerId(),
                List.of(marketplaceId), stream.reportType(), window.after(), window.before())).toList();
    }

    public void windowDone(Exchange exchange) {
        Window window = exchange.getProperty(Window.PROPERTY, Window.class);
        if (window != null) {
            windows.done(exchange.getProperty(STREAM, ReportStream.class), SpApiSeller.of(exchange), window);
        }
    }

    private ReportStream stream(String name) {
        ReportStream stream = streams.get(name);
        if (stream == null) {
            throw new IllegalArgumentException("no report stream '" + name + "' (configured: " + streams.keySet() + ")");
        }
        return stream;
    }
}

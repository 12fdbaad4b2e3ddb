package io.sellerbridge.reports;

import java.io.IOException;

/** The report document could not be downloaded whole (expired URL, HTTP error, truncated gzip): fetch it again. */
public class ReportDownloadException extends IOException {

    public ReportDownloadException(String message, Throwable cause) {
        super(message, cause);
    }
}

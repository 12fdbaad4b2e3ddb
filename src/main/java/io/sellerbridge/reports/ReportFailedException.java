package io.sellerbridge.reports;

/** Amazon could not produce the report (FATAL), or it did not finish in time: the window is not committed. */
public class ReportFailedException extends RuntimeException {

    public ReportFailedException(String message) {
        super(message);
    }
}

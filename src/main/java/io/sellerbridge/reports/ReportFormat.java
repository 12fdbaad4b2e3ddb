package io.sellerbridge.reports;

import java.io.Reader;

/** Reads one report type. The document is already decoded to characters (the download's charset applied). */
public interface ReportFormat {

    ReportReader open(Reader document, ReportContext context);
}

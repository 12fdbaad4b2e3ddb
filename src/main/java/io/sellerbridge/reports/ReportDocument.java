package io.sellerbridge.reports;

import java.nio.charset.Charset;
import java.nio.file.Path;

/** A downloaded report, already decompressed, on local disk: its bytes, their charset and its number of lines. */
public record ReportDocument(Path file, Charset charset, long lines) {
}

package io.sellerbridge.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated document written whole, gzipped, to a temporary file while its report is processed, as Amazon finishes
 * a document before it reports DONE and S3 then serves the stored object: the download costs the sandbox no CPU for
 * generating or compressing, which would otherwise compete with the bundle for the machine's cores during the
 * download a benchmark times. Faulted downloads (truncated, a corrupt row) are still written live from the content.
 * The getReport poll that finds the report done renders it, under the reports' lock (benchmarks, one report at a
 * time); the file is deleted when the simulator's JVM exits.
 */
final class RenderedDocument implements ReportDocumentContent {

    private final ReportDocumentContent content;
    private final Path gzipped;

    private RenderedDocument(ReportDocumentContent content, Path gzipped) {
        this.content = content;
        this.gzipped = gzipped;
    }

    static ReportDocumentContent render(ReportDocumentContent content, Charset charset) {
        if (content == null) {
            return null;
        }
        try {
            Path file = Files.createTempFile("sandbox-report-", ".gz");
            file.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(file)) {
                ReportDocumentEndpoint.writeGzipped(content, out, charset, 0, Long.MAX_VALUE);
            }
            return new RenderedDocument(content, file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not render a report document", e);
        }
    }

    Path gzipped() {
        return gzipped;
    }

    @Override
    public String mediaType() {
        return content.mediaType();
    }

    @Override
    public long dataRows() {
        return content.dataRows();
    }

    @Override
    public void write(Out out) throws IOException {
        content.write(out);
    }

    @Override
    public String corrupt(String row) {
        return content.corrupt(row);
    }
}

package io.sellerbridge.sandbox;

import java.io.IOException;

/**
 * A report document as Amazon writes it, produced piece by piece while it is downloaded, so a document of any size
 * never exists in memory whole.
 */
interface ReportDocumentContent {

    /** Where the content goes: the header and footer as text, every data row (XML: Message) as a row. */
    interface Out {
        void text(String text) throws IOException;

        /** False: stop writing (a truncated download); the content returns without its footer. */
        boolean row(String row) throws IOException;
    }

    /** "text/plain" or "text/xml": the download's Content-Type before its charset. */
    String mediaType();

    /** Data rows (XML: Messages) in the document. */
    long dataRows();

    void write(Out out) throws IOException;

    /** The row made unreadable, for {@link Faults#corruptNextDocumentRow}. */
    String corrupt(String row);
}

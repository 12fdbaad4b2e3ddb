package io.sellerbridge.reports;

import io.sellerbridge.canonical.CanonicalInventory;
import io.sellerbridge.canonical.MappingException;
import io.sellerbridge.canonical.Values;

import java.io.IOException;
import java.io.Reader;
import java.time.format.DateTimeFormatter;
import java.util.Deque;
import java.util.List;

/**
 * Reads GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA: one SKU per row, with the afn-* quantities named as
 * getInventorySummaries names them. The report carries no update time, so lastUpdatedTime stays absent and the
 * level is dated by when the report was observed.
 */
final class FbaInventoryReader extends QueuedReportReader {

    static final List<String> REQUIRED_COLUMNS = List.of("sku", "asin", "afn-fulfillable-quantity",
            "afn-reserved-quantity", "afn-unsellable-quantity", "afn-total-quantity");

    private final TsvDocument document;
    private final ReportContext context;
    private final String observedAt;

    FbaInventoryReader(Reader document, ReportContext context) {
        this.document = new TsvDocument(document, ReportFormats.FBA_MYI_UNSUPPRESSED_INVENTORY);
        this.document.header().require(ReportFormats.FBA_MYI_UNSUPPRESSED_INVENTORY, REQUIRED_COLUMNS);
        this.context = context;
        this.observedAt = DateTimeFormatter.ISO_INSTANT.format(context.observedAt());
    }

    @Override
    boolean readMore(Deque<ReportEntry> ready) {
        TsvLine line = document.next();
        if (line == null) {
            return false;
        }
        TsvHeader header = document.header();
        try {
            if (line.cells().length != header.columns()) {
                throw new MappingException("row has " + line.cells().length + " columns, the header "
                        + header.columns());
            }
            CanonicalInventory level = level(header, line);
            ready.addLast(new ReportEntry.Message(level, level.recordKey(), line.rowNumber(), line.rowNumber()));
        } catch (MappingException e) {
            ready.addLast(new ReportEntry.BadRow(line.rowNumber(), e.getMessage(), line.raw()));
        }
        return true;
    }

    private CanonicalInventory level(TsvHeader h, TsvLine line) {
        return new CanonicalInventory(
                context.sellerId(),
                context.marketplaceId(),
                Values.required("sku", h.cell(line, "sku")),
                h.cell(line, "asin"),
                h.cell(line, "fnsku"),
                ReportVocabulary.inventoryCondition("condition", h.cell(line, "condition")),
                h.cell(line, "product-name"),
                quantity(h, line, "afn-fulfillable-quantity"),
                quantity(h, line, "afn-inbound-working-quantity"),
                quantity(h, line, "afn-inbound-shipped-quantity"),
                quantity(h, line, "afn-inbound-receiving-quantity"),
                quantity(h, line, "afn-reserved-quantity"),
                quantity(h, line, "afn-researching-quantity"),
                quantity(h, line, "afn-unsellable-quantity"),
                quantity(h, line, "afn-total-quantity"),
                null,
                observedAt);
    }

    private static Integer quantity(TsvHeader h, TsvLine line, String column) {
        return Values.integer(column, h.cell(line, column));
    }

    @Override
    public long rowsRead() {
        return document.rowsRead();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}

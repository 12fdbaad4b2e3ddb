package io.sellerbridge.reports;

import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.CanonicalOrderItem;
import io.sellerbridge.canonical.MappingException;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads the flat-file all-orders report: consecutive rows with the same amazon-order-id are one order, its items in
 * row order. Only the current order's rows are held. A row that cannot be read is a BadRow and its whole order is
 * left out (a partial order would overwrite the full one downstream); the orders around it go on.
 */
final class FlatFileOrdersReader extends QueuedReportReader {

    private final TsvDocument document;
    private final ReportContext context;
    private final List<FlatFileOrderRow> orderRows = new ArrayList<>();
    private String orderId;
    private boolean orderBroken;
    private long orderFirstRow;
    private long orderLastRow;

    FlatFileOrdersReader(Reader document, ReportContext context) {
        this.document = new TsvDocument(document, ReportFormats.FLAT_FILE_ALL_ORDERS);
        this.document.header().require(ReportFormats.FLAT_FILE_ALL_ORDERS, FlatFileOrderRow.REQUIRED_COLUMNS);
        this.context = context;
    }

    @Override
    boolean readMore(Deque<ReportEntry> ready) {
        TsvLine line = document.next();
        if (line == null) {
            finishOrder(ready);
            return false;
        }
        TsvHeader header = document.header();
        String lineOrderId = header.cell(line, "amazon-order-id");
        if (orderId == null || !orderId.equals(lineOrderId)) {
            finishOrder(ready);
            orderId = lineOrderId;
            orderFirstRow = line.rowNumber();
        }
        orderLastRow = line.rowNumber();
        try {
            if (line.cells().length != header.columns()) {
                throw new MappingException("row has " + line.cells().length + " columns, the header "
                        + header.columns());
            }
            orderRows.add(FlatFileOrderRow.read(header, line));
        } catch (MappingException e) {
            orderBroken = true;
            ready.addLast(new ReportEntry.BadRow(line.rowNumber(), e.getMessage()
                    + (lineOrderId == null ? "" : "; order " + lineOrderId + " is left out"), line.raw()));
        }
        return true;
    }

    private void finishOrder(Deque<ReportEntry> ready) {
        if (orderId != null && !orderBroken && !orderRows.isEmpty()) {
            CanonicalOrder order = order(orderRows);
            ready.addLast(new ReportEntry.Message(order, order.recordKey(), orderFirstRow, orderLastRow));
        }
        orderRows.clear();
        orderBroken = false;
        orderId = null;
    }

    private CanonicalOrder order(List<FlatFileOrderRow> rows) {
        FlatFileOrderRow first = rows.get(0);
        List<CanonicalOrderItem> items = rows.stream().map(FlatFileOrderRow::item).toList();
        return new CanonicalOrder(context.sellerId(), context.marketplaceId(), first.amazonOrderId(),
                first.sellerOrderId(), first.purchaseDate(), first.lastUpdateDate(), first.orderStatus(),
                first.fulfillmentChannel(), first.salesChannel(), first.orderChannel(), first.shipServiceLevel(),
                null, null, null, null, null, null, null, first.isBusinessOrder(), null, null, null, null,
                null, null, null, null, null, first.shippingAddress(), items);
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

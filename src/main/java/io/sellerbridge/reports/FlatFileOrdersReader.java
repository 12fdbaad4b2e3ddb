package io.sellerbridge.reports;

import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.CanonicalOrderItem;
import io.sellerbridge.canonical.MappingException;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads the flat-file all-orders report: consecutive rows with the same amazon-order-id are one order, its items in
 * row order. Only the current order's rows are held. A row that cannot be read is a BadRow and its whole order is
 * left out (a partial order would overwrite the full one downstream); the orders around it go on. The report holds
 * every marketplace of the region: an order's marketplace comes from its sales-channel, and an order that is not
 * published (outside Amazon, or of a marketplace not configured) is skipped before its rows are judged, so it never
 * reaches the dead-letter topic.
 */
final class FlatFileOrdersReader extends QueuedReportReader {

    private final TsvDocument document;
    private final ReportContext context;
    private final List<FlatFileOrderRow> orderRows = new ArrayList<>();
    private String orderId;
    private boolean orderBroken;
    private boolean orderSkipped;
    private String orderMarketplaceId;
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
        if (orderSkipped) {
            return true;
        }
        try {
            if (line.cells().length != header.columns()) {
                throw new MappingException("row has " + line.cells().length + " columns, the header "
                        + header.columns());
            }
            // after the column count: in a row of the wrong width the sales-channel cell is not its own
            Optional<String> marketplace = context.orderMarketplace("sales-channel", header.cell(line, "sales-channel"));
            if (marketplace.isEmpty()) {
                orderSkipped = true;
                return true;
            }
            if (orderRows.isEmpty()) {
                orderMarketplaceId = marketplace.get();
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
        if (orderSkipped && !orderBroken) {
            skip();
        } else if (orderId != null && !orderBroken && !orderRows.isEmpty()) {
            CanonicalOrder order = order(orderRows);
            ready.addLast(new ReportEntry.Message(order, order.recordKey(), orderFirstRow, orderLastRow));
        }
        orderRows.clear();
        orderBroken = false;
        orderSkipped = false;
        orderMarketplaceId = null;
        orderId = null;
    }

    private CanonicalOrder order(List<FlatFileOrderRow> rows) {
        FlatFileOrderRow first = rows.get(0);
        List<CanonicalOrderItem> items = rows.stream().map(FlatFileOrderRow::item).toList();
        return new CanonicalOrder(context.sellerId(), orderMarketplaceId, first.amazonOrderId(),
                first.sellerOrderId(), first.purchaseDate(), first.lastUpdateDate(), first.orderStatus().apiValue(),
                first.fulfillmentChannel().apiValue(), first.salesChannel(), first.orderChannel(),
                first.shipServiceLevel(), null, null, null, null, null, null, null, first.isBusinessOrder(), null,
                null, null, null, null, null, null, null, null, first.shippingAddress(), items,
                first.orderStatus().reportValue(), first.fulfillmentChannel().reportValue());
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

package io.sellerbridge.reports;

import io.sellerbridge.canonical.Address;
import io.sellerbridge.canonical.CanonicalOrderItem;
import io.sellerbridge.canonical.MappingException;
import io.sellerbridge.canonical.Values;

import java.util.Arrays;
import java.util.List;

/**
 * One row of GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL: one order item plus the facts of its order,
 * repeated on every row. Every cell is checked when the row is read, so a row is either wholly readable or a
 * BadRow; the order's facts are later taken from its first row.
 */
record FlatFileOrderRow(long rowNumber, String amazonOrderId, String sellerOrderId, String purchaseDate,
                        String lastUpdateDate, ReportVocabulary.Word orderStatus,
                        ReportVocabulary.Word fulfillmentChannel, String salesChannel,
                        String orderChannel, String shipServiceLevel, Boolean isBusinessOrder, Address shippingAddress,
                        CanonicalOrderItem item) {

    /** sales-channel: the only column that names the order's marketplace. */
    static final List<String> REQUIRED_COLUMNS = List.of("amazon-order-id", "purchase-date", "last-updated-date",
            "order-status", "sales-channel", "sku", "asin", "quantity", "currency", "item-price");

    /** Reads every cell; a wrong one throws MappingException naming the column. */
    static FlatFileOrderRow read(TsvHeader h, TsvLine line) {
        String currency = h.cell(line, "currency");
        CanonicalOrderItem item = new CanonicalOrderItem(
                null, // the flat file has no order item id
                Values.required("asin", h.cell(line, "asin")),
                h.cell(line, "sku"),
                h.cell(line, "product-name"),
                Values.integer("quantity", Values.required("quantity", h.cell(line, "quantity"))),
                null,
                null,
                ReportVocabulary.money("item-price", h.cell(line, "item-price"), currency),
                ReportVocabulary.money("item-tax", h.cell(line, "item-tax"), currency),
                ReportVocabulary.money("shipping-price", h.cell(line, "shipping-price"), currency),
                ReportVocabulary.money("shipping-tax", h.cell(line, "shipping-tax"), currency),
                ReportVocabulary.discount("ship-promotion-discount", h.cell(line, "ship-promotion-discount"), currency),
                null,
                ReportVocabulary.discount("item-promotion-discount", h.cell(line, "item-promotion-discount"), currency),
                null,
                null,
                null,
                promotionIds(h.cell(line, "promotion-ids")),
                null,
                null,
                null,
                null,
                null,
                null);
        return new FlatFileOrderRow(
                line.rowNumber(),
                Values.required("amazon-order-id", h.cell(line, "amazon-order-id")),
                h.cell(line, "merchant-order-id"),
                Values.utc("purchase-date", Values.required("purchase-date", h.cell(line, "purchase-date"))),
                Values.utc("last-updated-date", Values.required("last-updated-date", h.cell(line, "last-updated-date"))),
                ReportVocabulary.orderStatus("order-status", h.cell(line, "order-status")),
                ReportVocabulary.fulfillmentChannel(h.cell(line, "fulfillment-channel")),
                h.cell(line, "sales-channel"),
                h.cell(line, "order-channel"),
                h.cell(line, "ship-service-level"),
                Values.bool("is-business-order", h.cell(line, "is-business-order")),
                address(h.cell(line, "ship-city"), h.cell(line, "ship-state"), h.cell(line, "ship-postal-code"),
                        h.cell(line, "ship-country")),
                item);
    }

    /** The non-restricted part of the shipping address, as the Orders API gives it without an RDT; null if empty. */
    static Address address(String city, String state, String postalCode, String country) {
        if (city == null && state == null && postalCode == null && country == null) {
            return null;
        }
        return new Address(null, null, null, null, null, city, null, null, state, null, postalCode, country, null,
                null);
    }

    /** "id1,id2" → [id1, id2]; none → null (absent, as the Orders API mappers leave an empty list out). */
    private static List<String> promotionIds(String cell) {
        if (cell == null) {
            return null;
        }
        List<String> ids = Arrays.stream(cell.split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
        return ids.isEmpty() ? null : ids;
    }
}

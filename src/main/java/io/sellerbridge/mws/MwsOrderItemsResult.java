package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.List;
import java.util.Objects;

/** {@code ListOrderItemsResult} or {@code ListOrderItemsByNextTokenResult}: one page of one order's items. */
public class MwsOrderItemsResult {

    @XmlElement(name = "NextToken")
    private String nextToken;

    @XmlElement(name = "AmazonOrderId")
    private String amazonOrderId;

    @XmlElementWrapper(name = "OrderItems")
    @XmlElement(name = "OrderItem")
    private List<MwsOrderItem> items;

    /** Null on the last page. */
    public String nextToken() {
        return nextToken;
    }

    public String amazonOrderId() {
        return amazonOrderId;
    }

    /** The items in document order; empty, never null. */
    public List<MwsOrderItem> items() {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }
}

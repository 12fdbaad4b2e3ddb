package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.List;
import java.util.Objects;

/**
 * {@code ListOrdersResult}, {@code ListOrdersByNextTokenResult} or {@code GetOrderResult}. The window bounds are
 * kept as Amazon wrote them: the poller decides what an unreadable bound means for its checkpoint.
 */
public class MwsOrdersResult {

    @XmlElement(name = "NextToken")
    private String nextToken;

    @XmlElement(name = "CreatedBefore")
    private String createdBefore;

    @XmlElement(name = "LastUpdatedBefore")
    private String lastUpdatedBefore;

    @XmlElementWrapper(name = "Orders")
    @XmlElement(name = "Order")
    private List<MwsOrder> orders;

    /** Null on the last page ("If NextToken is not returned, there are no more orders"). */
    public String nextToken() {
        return nextToken;
    }

    public String createdBefore() {
        return createdBefore;
    }

    public String lastUpdatedBefore() {
        return lastUpdatedBefore;
    }

    /** The orders in document order; empty, never null. */
    public List<MwsOrder> orders() {
        return orders == null ? List.of() : orders.stream().filter(Objects::nonNull).toList();
    }
}

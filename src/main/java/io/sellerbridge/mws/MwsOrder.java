package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.List;
import java.util.Objects;

/**
 * An MWS {@code Order}. Unlike SP-API, the buyer facts (BuyerEmail, BuyerName, BuyerCounty, PurchaseOrderNumber) sit
 * flat on the order. Only what the canonical order carries is bound; every other element is skipped.
 */
public class MwsOrder {

    @XmlElement(name = "AmazonOrderId")
    private String amazonOrderId;
    @XmlElement(name = "SellerOrderId")
    private String sellerOrderId;
    @XmlElement(name = "PurchaseDate")
    private String purchaseDate;
    @XmlElement(name = "LastUpdateDate")
    private String lastUpdateDate;
    @XmlElement(name = "OrderStatus")
    private String orderStatus;
    @XmlElement(name = "FulfillmentChannel")
    private String fulfillmentChannel;
    @XmlElement(name = "SalesChannel")
    private String salesChannel;
    @XmlElement(name = "OrderChannel")
    private String orderChannel;
    @XmlElement(name = "ShipServiceLevel")
    private String shipServiceLevel;
    @XmlElement(name = "ShippingAddress")
    private MwsAddress shippingAddress;
    @XmlElement(name = "OrderTotal")
    private MwsMoney orderTotal;
    @XmlElement(name = "NumberOfItemsShipped")
    private String numberOfItemsShipped;
    @XmlElement(name = "NumberOfItemsUnshipped")
    private String numberOfItemsUnshipped;
    @XmlElement(name = "PaymentMethod")
    private String paymentMethod;
    @XmlElement(name = "MarketplaceId")
    private String marketplaceId;
    @XmlElement(name = "BuyerEmail")
    private String buyerEmail;
    @XmlElement(name = "BuyerName")
    private String buyerName;
    @XmlElement(name = "BuyerCounty")
    private String buyerCounty;
    @XmlElement(name = "PurchaseOrderNumber")
    private String purchaseOrderNumber;
    @XmlElement(name = "ShipmentServiceLevelCategory")
    private String shipmentServiceLevelCategory;
    @XmlElement(name = "OrderType")
    private String orderType;
    @XmlElement(name = "EarliestShipDate")
    private String earliestShipDate;
    @XmlElement(name = "LatestShipDate")
    private String latestShipDate;
    @XmlElement(name = "EarliestDeliveryDate")
    private String earliestDeliveryDate;
    @XmlElement(name = "LatestDeliveryDate")
    private String latestDeliveryDate;
    @XmlElement(name = "IsBusinessOrder")
    private String isBusinessOrder;
    @XmlElement(name = "IsPrime")
    private String isPrime;
    @XmlElement(name = "IsPremiumOrder")
    private String isPremiumOrder;
    @XmlElement(name = "IsReplacementOrder")
    private String isReplacementOrder;
    @XmlElement(name = "ReplacedOrderId")
    private String replacedOrderId;

    @XmlElementWrapper(name = "PaymentMethodDetails")
    @XmlElement(name = "PaymentMethodDetail")
    private List<String> paymentMethodDetails;

    public String amazonOrderId() {
        return amazonOrderId;
    }

    public String sellerOrderId() {
        return sellerOrderId;
    }

    public String purchaseDate() {
        return purchaseDate;
    }

    public String lastUpdateDate() {
        return lastUpdateDate;
    }

    public String orderStatus() {
        return orderStatus;
    }

    public String fulfillmentChannel() {
        return fulfillmentChannel;
    }

    public String salesChannel() {
        return salesChannel;
    }

    public String orderChannel() {
        return orderChannel;
    }

    public String shipServiceLevel() {
        return shipServiceLevel;
    }

    public MwsAddress shippingAddress() {
        return shippingAddress;
    }

    public MwsMoney orderTotal() {
        return orderTotal;
    }

    public String numberOfItemsShipped() {
        return numberOfItemsShipped;
    }

    public String numberOfItemsUnshipped() {
        return numberOfItemsUnshipped;
    }

    public String paymentMethod() {
        return paymentMethod;
    }

    public String marketplaceId() {
        return marketplaceId;
    }

    public String buyerEmail() {
        return buyerEmail;
    }

    public String buyerName() {
        return buyerName;
    }

    public String buyerCounty() {
        return buyerCounty;
    }

    public String purchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    public String shipmentServiceLevelCategory() {
        return shipmentServiceLevelCategory;
    }

    public String orderType() {
        return orderType;
    }

    public String earliestShipDate() {
        return earliestShipDate;
    }

    public String latestShipDate() {
        return latestShipDate;
    }

    public String earliestDeliveryDate() {
        return earliestDeliveryDate;
    }

    public String latestDeliveryDate() {
        return latestDeliveryDate;
    }

    public String isBusinessOrder() {
        return isBusinessOrder;
    }

    public String isPrime() {
        return isPrime;
    }

    public String isPremiumOrder() {
        return isPremiumOrder;
    }

    public String isReplacementOrder() {
        return isReplacementOrder;
    }

    public String replacedOrderId() {
        return replacedOrderId;
    }

    /** Empty, never null. */
    public List<String> paymentMethodDetails() {
        return paymentMethodDetails == null ? List.of()
                : paymentMethodDetails.stream().filter(Objects::nonNull).toList();
    }
}

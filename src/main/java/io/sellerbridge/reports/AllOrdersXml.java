package io.sellerbridge.reports;

import io.sellerbridge.canonical.Address;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlValue;

import java.util.List;

/**
 * The {@code <Order>} of GET_XML_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL ({@code <AmazonEnvelope>}, MessageType
 * AllOrdersReport, one {@code <Message><Order>} per order). Only what the canonical order carries is bound; other
 * elements (ItemStatus, GiftWrap components, ...) are skipped.
 */
final class AllOrdersXml {

    private AllOrdersXml() {
    }

    static final class Order {
        @XmlElement(name = "AmazonOrderID")
        String amazonOrderId;
        @XmlElement(name = "MerchantOrderID")
        String merchantOrderId;
        @XmlElement(name = "PurchaseDate")
        String purchaseDate;
        @XmlElement(name = "LastUpdatedDate")
        String lastUpdatedDate;
        @XmlElement(name = "OrderStatus")
        String orderStatus;
        @XmlElement(name = "SalesChannel")
        String salesChannel;
        @XmlElement(name = "OrderChannel")
        String orderChannel;
        @XmlElement(name = "FulfillmentData")
        FulfillmentData fulfillmentData;
        @XmlElement(name = "IsBusinessOrder")
        String isBusinessOrder;
        @XmlElement(name = "OrderItem")
        List<OrderItem> orderItems;
    }

    static final class FulfillmentData {
        @XmlElement(name = "FulfillmentChannel")
        String fulfillmentChannel;
        @XmlElement(name = "ShipServiceLevel")
        String shipServiceLevel;
        @XmlElement(name = "Address")
        Address address;
    }

    static final class Address {
        @XmlElement(name = "City")
        String city;
        @XmlElement(name = "State")
        String state;
        @XmlElement(name = "PostalCode")
        String postalCode;
        @XmlElement(name = "Country")
        String country;
    }

    static final class OrderItem {
        @XmlElement(name = "AmazonOrderItemCode")
        String amazonOrderItemCode;
        @XmlElement(name = "ASIN")
        String asin;
        @XmlElement(name = "SKU")
        String sku;
        @XmlElement(name = "ProductName")
        String productName;
        @XmlElement(name = "Quantity")
        String quantity;
        @XmlElementWrapper(name = "ItemPrice")
        @XmlElement(name = "Component")
        List<Component> priceComponents;
        @XmlElement(name = "Promotion")
        List<Promotion> promotions;
    }

    /** Type is Principal, Tax, Shipping, ShippingTax, GiftWrap, GiftWrapTax, ... */
    static final class Component {
        @XmlElement(name = "Type")
        String type;
        @XmlElement(name = "Amount")
        Amount amount;
    }

    /** {@code <Amount currency="USD">15.95</Amount>}. */
    static final class Amount {
        @XmlAttribute(name = "currency")
        String currency;
        @XmlValue
        String value;
    }

    /** Discounts are plain amounts in the item's currency. */
    static final class Promotion {
        @XmlElement(name = "PromotionIDs")
        String promotionIds;
        @XmlElement(name = "ShipPromotionDiscount")
        String shipPromotionDiscount;
        @XmlElement(name = "ItemPromotionDiscount")
        String itemPromotionDiscount;
    }
}

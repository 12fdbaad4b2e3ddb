package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.List;
import java.util.Objects;

/** An MWS {@code OrderItem}. Only what the canonical item carries is bound; every other element is skipped. */
public class MwsOrderItem {

    @XmlElement(name = "ASIN")
    private String asin;
    @XmlElement(name = "SellerSKU")
    private String sellerSku;
    @XmlElement(name = "OrderItemId")
    private String orderItemId;
    @XmlElement(name = "Title")
    private String title;
    @XmlElement(name = "QuantityOrdered")
    private String quantityOrdered;
    @XmlElement(name = "QuantityShipped")
    private String quantityShipped;
    @XmlElement(name = "ItemPrice")
    private MwsMoney itemPrice;
    @XmlElement(name = "ItemTax")
    private MwsMoney itemTax;
    @XmlElement(name = "ShippingPrice")
    private MwsMoney shippingPrice;
    @XmlElement(name = "ShippingTax")
    private MwsMoney shippingTax;
    @XmlElement(name = "ShippingDiscount")
    private MwsMoney shippingDiscount;
    @XmlElement(name = "ShippingDiscountTax")
    private MwsMoney shippingDiscountTax;
    @XmlElement(name = "PromotionDiscount")
    private MwsMoney promotionDiscount;
    @XmlElement(name = "PromotionDiscountTax")
    private MwsMoney promotionDiscountTax;
    @XmlElement(name = "CODFee")
    private MwsMoney codFee;
    @XmlElement(name = "CODFeeDiscount")
    private MwsMoney codFeeDiscount;
    @XmlElement(name = "IsGift")
    private String isGift;
    @XmlElement(name = "ConditionId")
    private String conditionId;
    @XmlElement(name = "ConditionNote")
    private String conditionNote;
    @XmlElement(name = "ConditionSubtypeId")
    private String conditionSubtypeId;
    @XmlElement(name = "IsTransparency")
    private String isTransparency;
    @XmlElement(name = "SerialNumberRequired")
    private String serialNumberRequired;

    @XmlElement(name = "ProductInfo")
    private ProductInfo productInfo;

    @XmlElementWrapper(name = "PromotionIds")
    @XmlElement(name = "PromotionId")
    private List<String> promotionIds;

    public String asin() {
        return asin;
    }

    public String sellerSku() {
        return sellerSku;
    }

    public String orderItemId() {
        return orderItemId;
    }

    public String title() {
        return title;
    }

    public String quantityOrdered() {
        return quantityOrdered;
    }

    public String quantityShipped() {
        return quantityShipped;
    }

    public MwsMoney itemPrice() {
        return itemPrice;
    }

    public MwsMoney itemTax() {
        return itemTax;
    }

    public MwsMoney shippingPrice() {
        return shippingPrice;
    }

    public MwsMoney shippingTax() {
        return shippingTax;
    }

    public MwsMoney shippingDiscount() {
        return shippingDiscount;
    }

    public MwsMoney shippingDiscountTax() {
        return shippingDiscountTax;
    }

    public MwsMoney promotionDiscount() {
        return promotionDiscount;
    }

    public MwsMoney promotionDiscountTax() {
        return promotionDiscountTax;
    }

    public MwsMoney codFee() {
        return codFee;
    }

    public MwsMoney codFeeDiscount() {
        return codFeeDiscount;
    }

    public String isGift() {
        return isGift;
    }

    public String conditionId() {
        return conditionId;
    }

    public String conditionNote() {
        return conditionNote;
    }

    public String conditionSubtypeId() {
        return conditionSubtypeId;
    }

    public String isTransparency() {
        return isTransparency;
    }

    public String serialNumberRequired() {
        return serialNumberRequired;
    }

    /** {@code ProductInfo/NumberOfItems}: null when either is absent. */
    public String numberOfItems() {
        return productInfo == null ? null : productInfo.numberOfItems;
    }

    /** Empty, never null. */
    public List<String> promotionIds() {
        return promotionIds == null ? List.of() : promotionIds.stream().filter(Objects::nonNull).toList();
    }

    static class ProductInfo {

        @XmlElement(name = "NumberOfItems")
        private String numberOfItems;
    }
}

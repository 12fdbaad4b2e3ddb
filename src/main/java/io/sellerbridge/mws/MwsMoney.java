package io.sellerbridge.mws;

import io.sellerbridge.canonical.Money;
import jakarta.xml.bind.annotation.XmlElement;

/** An MWS {@code Money} element: CurrencyCode and Amount as text, in either order. */
public class MwsMoney {

    @XmlElement(name = "CurrencyCode")
    private String currencyCode;

    @XmlElement(name = "Amount")
    private String amount;

    public String currencyCode() {
        return currencyCode;
    }

    public String amount() {
        return amount;
    }
}

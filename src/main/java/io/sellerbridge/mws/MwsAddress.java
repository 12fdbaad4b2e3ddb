package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;

/** An MWS {@code ShippingAddress}; which lines are filled depends on the order status and the marketplace. */
public class MwsAddress {

    @XmlElement(name = "Name")
    private String name;
    @XmlElement(name = "CompanyName")
    private String companyName;
    @XmlElement(name = "AddressLine1")
    private String addressLine1;
    @XmlElement(name = "AddressLine2")
    private String addressLine2;
    @XmlElement(name = "AddressLine3")
    private String addressLine3;
    @XmlElement(name = "City")
    private String city;
    @XmlElement(name = "County")
    private String county;
    @XmlElement(name = "District")
    private String district;
    @XmlElement(name = "StateOrRegion")
    private String stateOrRegion;
    @XmlElement(name = "Municipality")
    private String municipality;
    @XmlElement(name = "PostalCode")
    private String postalCode;
    @XmlElement(name = "CountryCode")
    private String countryCode;
    @XmlElement(name = "Phone")
    private String phone;
    @XmlElement(name = "AddressType")
    private String addressType;

    public String name() {
        return name;
    }

    public String companyName() {
        return companyName;
    }

    public String addressLine1() {
        return addressLine1;
    }

    public String addressLine2() {
        return addressLine2;
    }

    public String addressLine3() {
        return addressLine3;
    }

    public String city() {
        return city;
    }

    public String county() {
        return county;
    }

    public String district() {
        return district;
    }

    public String stateOrRegion() {
        return stateOrRegion;
    }

    public String municipality() {
        return municipality;
    }

    public String postalCode() {
        return postalCode;
    }

    public String countryCode() {
        return countryCode;
    }

    public String phone() {
        return phone;
    }

    public String addressType() {
        return addressType;
    }
}

package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;

/** One {@code Error} of an {@link ErrorResponse}: Type (Sender/Server), Code, Message, Detail. */
public class MwsError {

    @XmlElement(name = "Type")
    private String type;

    @XmlElement(name = "Code")
    private String code;

    @XmlElement(name = "Message")
    private String message;

    /** Free text in Amazon's example; nested elements inside it, if any, are skipped. */
    @XmlElement(name = "Detail")
    private String detail;

    public String type() {
        return type;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    public String detail() {
        return detail;
    }
}

/**
 * The legacy MWS Orders 2013-09-01 path: Signature Version 2 signing, the XML responses (JAXB-bound, read by
 * element name whatever namespace Amazon wrote) and their mapping to the canonical order.
 * <p>
 * Every text value of the bound classes is trimmed ({@link io.sellerbridge.xml.TrimmedText}): Amazon's examples
 * carry layout whitespace inside elements ({@code <ShipmentServiceLevelCategory>Standard\n  </...>}), which is
 * formatting, not data. Every leaf is a String, so JAXB never converts (and never silently drops) a value: numbers,
 * booleans and dates are checked by {@link io.sellerbridge.mws.MwsOrderMapper} with the rules the SP-API path uses.
 */
@XmlSchema(namespace = MwsXml.ORDERS_NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapter(value = TrimmedText.class, type = String.class)
package io.sellerbridge.mws;

import io.sellerbridge.xml.TrimmedText;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

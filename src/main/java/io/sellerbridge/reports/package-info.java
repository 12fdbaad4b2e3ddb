/**
 * Streaming readers for Reports API 2021-06-30 documents (flat-file and XML all-orders reports, the FBA inventory
 * report) that turn each order or SKU into the canonical message the API streams publish, one at a time.
 * <p>
 * The XML report's classes are bound by JAXB with every leaf a trimmed String ({@link io.sellerbridge.xml.TrimmedText}),
 * so no value is converted or lost before the mapper judges it. The reports are not namespaced.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapter(value = TrimmedText.class, type = String.class)
package io.sellerbridge.reports;

import io.sellerbridge.xml.TrimmedText;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

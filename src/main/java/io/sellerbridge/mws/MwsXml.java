package io.sellerbridge.mws;

import io.sellerbridge.amazon.MalformedResponseException;
import io.sellerbridge.xml.SafeXml;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads an MWS Orders 2013-09-01 response body into its bound class, by element local name.
 * <p>
 * Why not plain namespace-aware JAXB: Amazon's own examples put a line break inside the {@code xmlns} value, which
 * makes it a different namespace, and ErrorResponse uses other namespaces altogether. The StAX reader is therefore
 * wrapped in {@link AnyNamespaceAsOrders}, which presents every element in the Orders namespace the classes are
 * bound to; JAXB then matches on local names. JAXB's defaults skip unknown elements (with everything inside them)
 * and stray text between elements (the {@code </MarketplaceId>>} of the GetOrder example). All leaves are
 * Strings, so no value can be lost to a failed conversion: the mapper judges values and names the field.
 * <p>
 * Anything that is not a well-formed document, or not one of the known responses, or a success response without
 * its result element, is a {@link MalformedResponseException} carrying the raw body.
 */
public final class MwsXml {

    public static final String ORDERS_NAMESPACE = "https://mws.amazonservices.com/Orders/2013-09-01";

    private static final JAXBContext CONTEXT = context();
    private static final XMLInputFactory INPUT = SafeXml.inputFactory();

    private MwsXml() {
    }

    /** A body already decoded to text (the encoding declaration, if any, is then irrelevant). */
    public static MwsResponse parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new MalformedResponseException("MWS response body is empty", xml, null);
        }
        try {
            return read(INPUT.createXMLStreamReader(new StringReader(xml)), xml);
        } catch (XMLStreamException e) {
            throw malformed(xml, e);
        }
    }

    /** The raw body: the parser decodes it per the XML declaration (UTF-8 without one), as XML requires. */
    public static MwsResponse parse(byte[] body) {
        String raw = body == null ? null : new String(body, StandardCharsets.UTF_8);
        if (body == null || body.length == 0) {
            throw new MalformedResponseException("MWS response body is empty", raw, null);
        }
        try {
            return read(INPUT.createXMLStreamReader(new ByteArrayInputStream(body)), raw);
        } catch (XMLStreamException e) {
            throw malformed(raw, e);
        }
    }

    /** The response as the type the caller asked for; any other response (an ErrorResponse too) is malformed here. */
    public static <T extends MwsResponse> T parse(String xml, Class<T> expected) {
        MwsResponse response = parse(xml);
        if (!expected.isInstance(response)) {
            throw new MalformedResponseException("expected an MWS " + expected.getSimpleName() + " but got "
                    + response.getClass().getSimpleName(), xml, null);
        }
        return expected.cast(response);
    }

    private static MwsResponse read(XMLStreamReader xml, String raw) throws XMLStreamException {
        try {
            Object root = CONTEXT.createUnmarshaller().unmarshal(new AnyNamespaceAsOrders(xml));
            // JAXB stops at the root's end tag; reading on rejects trailing garbage such as a second document
            while (xml.hasNext()) {
                xml.next();
            }
            return complete((MwsResponse) root, raw);
        } catch (JAXBException e) {
            throw malformed(raw, e);
        } finally {
            xml.close();
        }
    }

    private static MwsResponse complete(MwsResponse response, String raw) {
        boolean noResult = response instanceof MwsOrdersResponse orders && orders.result() == null
                || response instanceof MwsOrderItemsResponse items && items.result() == null;
        if (noResult) {
            throw new MalformedResponseException(response.getClass().getSimpleName() + " has no result element",
                    raw, null);
        }
        return response;
    }

    private static MalformedResponseException malformed(String raw, Exception e) {
        Throwable cause = e instanceof JAXBException j && j.getLinkedException() != null ? j.getLinkedException() : e;
        // StAX messages span lines ("ParseError at [row,col]:[1,47]\nMessage: ..."); one line reads better in logs
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage().replaceAll("\\s+", " ").strip();
        return new MalformedResponseException("MWS response is not a known Orders 2013-09-01 XML document: "
                + reason, raw, e);
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(ListOrdersResponse.class, ListOrdersByNextTokenResponse.class,
                    GetOrderResponse.class, ListOrderItemsResponse.class, ListOrderItemsByNextTokenResponse.class,
                    ErrorResponse.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("MWS JAXB bindings are broken", e);
        }
    }

}

package io.sellerbridge.reports;

import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.MappingException;
import io.sellerbridge.xml.SafeXml;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Deque;
import java.util.Optional;

/**
 * Reads GET_XML_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL with StAX, unmarshalling one {@code <Order>} at a time, so
 * memory holds one order whatever the document's size. An order that cannot be mapped is a BadRow (numbered by its
 * {@code <Message>}); a document that is not well-formed, or ends early, fails the report with an
 * UncheckedIOException: what follows the break cannot be trusted. The report holds every marketplace of the region:
 * an order's marketplace comes from its SalesChannel, and an order that is not published (outside Amazon, or of a
 * marketplace not configured) is skipped before it is mapped, so it never reaches the dead-letter topic.
 */
final class AllOrdersXmlReader extends QueuedReportReader {

    private static final JAXBContext CONTEXT = context();
    private static final XMLInputFactory INPUT = SafeXml.inputFactory();

    private final Reader document;
    private final XMLStreamReader xml;
    private final Unmarshaller unmarshaller;
    private final ReportContext context;
    private long messages;

    AllOrdersXmlReader(Reader document, ReportContext context) {
        this.document = ByteOrderMark.skip(document);
        this.context = context;
        try {
            this.unmarshaller = CONTEXT.createUnmarshaller();
            this.xml = INPUT.createXMLStreamReader(this.document);
            xml.nextTag();
        } catch (JAXBException e) {
            throw new IllegalStateException("XML all-orders bindings are broken", e);
        } catch (XMLStreamException e) {
            throw broken(e);
        }
        if (!"AmazonEnvelope".equals(xml.getLocalName())) {
            throw new IllegalStateException(ReportFormats.XML_ALL_ORDERS + " document starts with <"
                    + xml.getLocalName() + ">, not <AmazonEnvelope>");
        }
    }

    @Override
    boolean readMore(Deque<ReportEntry> ready) {
        try {
            if (!nextStart("Message")) {
                return false;
            }
            messages++;
            if (!nextStartWithin("Order", "Message")) {
                ready.addLast(new ReportEntry.BadRow(messages, "Message has no Order", ""));
                return true;
            }
            AllOrdersXml.Order order = unmarshaller.unmarshal(xml, AllOrdersXml.Order.class).getValue();
            read(order, ready);
            return true;
        } catch (XMLStreamException e) {
            throw broken(e);
        } catch (JAXBException e) {
            throw broken(e.getLinkedException() != null ? e.getLinkedException() : e);
        }
    }

    private void read(AllOrdersXml.Order order, Deque<ReportEntry> ready) {
        try {
            Optional<String> marketplace = context.orderMarketplace("Order.SalesChannel", order.salesChannel);
            if (marketplace.isEmpty()) {
                skip();
                return;
            }
            CanonicalOrder canonical = AllOrdersXmlMapper.map(order, context.sellerId(), marketplace.get());
            ready.addLast(new ReportEntry.Message(canonical, canonical.recordKey(), messages, messages));
        } catch (MappingException e) {
            ready.addLast(new ReportEntry.BadRow(messages, e.getMessage(),
                    order.amazonOrderId == null ? "" : order.amazonOrderId));
        }
    }

    /** Moves to the next start tag of that name; false at the end of the document. */
    private boolean nextStart(String name) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && name.equals(xml.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /** Moves to the next start tag of that name before the end of the enclosing element; false if there is none. */
    private boolean nextStartWithin(String name, String enclosing) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && name.equals(xml.getLocalName())) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT && enclosing.equals(xml.getLocalName())) {
                return false;
            }
        }
        return false;
    }

    private UncheckedIOException broken(Throwable cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage().replaceAll("\\s+", " ").strip();
        return new UncheckedIOException(new IOException(ReportFormats.XML_ALL_ORDERS
                + " document is broken after Message " + messages + ": " + reason, cause));
    }

    @Override
    public long rowsRead() {
        return messages;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close(); // does not close the document it reads
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            document.close();
        }
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(AllOrdersXml.Order.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("XML all-orders bindings are broken", e);
        }
    }
}

package io.sellerbridge.mws;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Reports every element as if it were in the Orders 2013-09-01 namespace, so JAXB matches elements by local name
 * alone. Amazon's documentation examples break the namespace with a line break, and ErrorResponse comes in
 * other namespaces (doc/2009-01-01, Orders/2011-01-01); none of that changes what an element means. Namespace
 * declarations and attributes are passed through untouched: nothing in these responses is read from them.
 */
final class AnyNamespaceAsOrders extends StreamReaderDelegate {

    AnyNamespaceAsOrders(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public String getNamespaceURI() {
        return isStartElement() || isEndElement() ? MwsXml.ORDERS_NAMESPACE : super.getNamespaceURI();
    }

    @Override
    public QName getName() {
        return new QName(MwsXml.ORDERS_NAMESPACE, getLocalName(), getPrefix() == null ? "" : getPrefix());
    }
}

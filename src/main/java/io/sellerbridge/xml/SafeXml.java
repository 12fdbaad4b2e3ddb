package io.sellerbridge.xml;

import javax.xml.stream.XMLInputFactory;

/** StAX for documents Amazon sends (MWS responses, XML reports): the JDK's own parser, never one from the classpath. */
public final class SafeXml {

    private SafeXml() {
    }

    /** DTDs and external entities off (XXE); adjacent text in one event, so a value is never split. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}

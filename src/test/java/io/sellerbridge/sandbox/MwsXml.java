package io.sellerbridge.sandbox;

import io.sellerbridge.mws.ResponseMetadata;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes MWS Orders 2013-09-01 XML with the JDK's XMLStreamWriter, so text is always escaped
 * (&amp;, &lt;, &gt;). It writes characters to a String and encodes them as UTF-8 once at the end, so the
 * bytes are UTF-8 however the writer would treat an encoding, and the declaration stays Amazon's bare
 * {@code <?xml version="1.0"?>}.
 */
final class MwsXml {
    static final String NAMESPACE = "https://mws.amazonservices.com/Orders/2013-09-01";
    static final String CONTENT_TYPE = "text/xml; charset=UTF-8";

    /** Shared by the worker threads: configured once, and it hands out a new writer per call. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter MWS_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** What goes inside the root element. */
    interface Body {
        void write(MwsXml xml);
    }

    private final XMLStreamWriter w;

    private MwsXml(XMLStreamWriter w) {
        this.w = w;
    }

    /**
     * A 200 answer: {@code <ActionResponse xmlns=...><ActionResult>body</ActionResult>
     * <ResponseMetadata><RequestId>id</RequestId></ResponseMetadata></ActionResponse>}.
     */
    static Reply response(String action, Body result) {
        String requestId = UUID.randomUUID().toString();
        byte[] bytes = document(action + "Response", xml -> {
            xml.start(action + "Result");
            result.write(xml);
            xml.end();
            xml.start("ResponseMetadata");
            xml.element("RequestId", requestId);
            xml.end();
        });
        return reply(200, bytes, requestId, false);
    }

    /** A whole document: XML declaration, the root element in the Orders namespace, body. */
    static byte[] document(String root, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("1.0"); // <?xml version="1.0"?>, like Amazon's examples
            w.writeStartElement(root);
            w.writeDefaultNamespace(NAMESPACE);
            body.write(new MwsXml(w));
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write MWS XML", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The headers MWS sends with every answer; the request id is also in the body. */
    static Reply reply(int status, byte[] body, String requestId, boolean throttle) {
        Reply reply = new Reply(status, body, Map.of(
                "Content-Type", CONTENT_TYPE,
                Reply.MWS_REQUEST_ID, requestId,
                "x-mws-timestamp", MWS_TIMESTAMP.format(Instant.now())));
        return throttle ? reply.asThrottle() : reply;
    }

    void start(String name) {
        try {
            w.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    void end() {
        try {
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <name>text</name>}, escaped; characters XML 1.0 cannot carry become U+FFFD. */
    void element(String name, String text) {
        start(name);
        try {
            w.writeCharacters(xmlSafe(text));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        end();
    }

    /** Test-injected control characters or lone surrogates would otherwise make the document unparseable. */
    private static String xmlSafe(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            sb.appendCodePoint(allowed ? cp : 0xFFFD);
        });
        return sb.toString();
    }
}

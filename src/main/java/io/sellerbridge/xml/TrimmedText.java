package io.sellerbridge.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/**
 * Strips the XML whitespace (space, tab, CR, LF) around a text value and keeps the inside as written: a title's
 * double space is data, the newline before a closing tag is layout.
 */
public final class TrimmedText extends XmlAdapter<String, String> {

    @Override
    public String unmarshal(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isXmlSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isXmlSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    @Override
    public String marshal(String value) {
        return value;
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}

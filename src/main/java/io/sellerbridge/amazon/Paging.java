package io.sellerbridge.amazon;

import org.apache.camel.Exchange;

/**
 * Walking Amazon's pages: the token of the next page and whether there is one, read by the routes' page loops
 * ({@code doWhile: ${exchangeProperty.morePages}}). One pair per exchange: a nested walk (an order's items) keeps
 * its own token under its own name.
 */
public final class Paging {

    public static final String NEXT_TOKEN = "nextToken";
    public static final String MORE_PAGES = "morePages";

    private Paging() {
    }

    /** The walk starts: no token, a first page to read. */
    public static void firstPage(Exchange exchange) {
        firstPage(exchange, NEXT_TOKEN);
    }

    public static void firstPage(Exchange exchange, String tokenProperty) {
        exchange.setProperty(tokenProperty, null);
        exchange.setProperty(MORE_PAGES, true);
    }

    /** A page was read: remember its token (blank = last page). */
    public static void pageRead(Exchange exchange, String nextToken) {
        pageRead(exchange, NEXT_TOKEN, nextToken);
    }

    public static void pageRead(Exchange exchange, String tokenProperty, String nextToken) {
        String next = nextToken == null || nextToken.isBlank() ? null : nextToken.trim();
        exchange.setProperty(tokenProperty, next);
        exchange.setProperty(MORE_PAGES, next != null);
    }

    public static String nextToken(Exchange exchange) {
        return exchange.getProperty(NEXT_TOKEN, String.class);
    }
}

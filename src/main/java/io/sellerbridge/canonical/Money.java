package io.sellerbridge.canonical;

/** An amount of money: the decimal exactly as Amazon wrote it (never a float) and its ISO 4217 currency. */
public record Money(String amount, String currencyCode) {
}

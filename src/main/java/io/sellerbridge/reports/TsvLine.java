package io.sellerbridge.reports;

/** One data line of a tab-separated report: its 1-based row number, the text as written, and its cells. */
record TsvLine(long rowNumber, String raw, String[] cells) {
}

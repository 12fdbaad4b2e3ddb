package io.sellerbridge.amazon;

/** A failure that carries Amazon's HTTP status, so metrics count it by status whichever API answered. */
public interface AmazonHttpError {

    int getStatusCode();
}

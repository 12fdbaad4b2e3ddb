package io.sellerbridge.notifications;

/** An SQS message that is not an ORDER_CHANGE notification the bundle can act on; it goes to the dead-letter topic. */
public class MalformedNotificationException extends RuntimeException {

    public MalformedNotificationException(String reason) {
        super("not an ORDER_CHANGE notification: " + reason);
    }
}

package io.sellerbridge.canonical;

/** A record Amazon sent that cannot become a canonical message; the reason names the field. */
public class MappingException extends RuntimeException {

    public MappingException(String reason) {
        super(reason);
    }

    public MappingException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

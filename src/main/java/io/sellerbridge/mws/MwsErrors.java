package io.sellerbridge.mws;

import io.sellerbridge.amazon.MalformedResponseException;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an MWS error body says, for logs, dead-letter reasons and retry decisions. Never throws: it runs on error
 * paths, where the body may just as well be a proxy's HTML page.
 */
public final class MwsErrors {

    /** "The frequency of requests was greater than allowed" (HTTP 503): wait for the restore rate, then retry. */
    public static final String REQUEST_THROTTLED = "RequestThrottled";
    /** "The total number of requests in an hour was exceeded" (HTTP 503): nothing helps before the hour resets. */
    public static final String QUOTA_EXCEEDED = "QuotaExceeded";
    /** Codes that mean the seller's keys or authorisation are wrong: retrying cannot help. */
    public static final Set<String> CREDENTIAL_CODES =
            Set.of("InvalidClientTokenId", "InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied");

    private static final int RAW_EXCERPT = 200;

    private MwsErrors() {
    }

    /** "Code: Message" of each error (joined by "; "), or a short excerpt of a body that is no ErrorResponse. */
    public static String describe(String body) {
        Optional<ErrorResponse> response = errorResponse(body);
        if (response.isEmpty() || response.get().errors().isEmpty()) {
            return "not an MWS ErrorResponse: " + excerpt(body);
        }
        return response.get().errors().stream().map(MwsErrors::describe).collect(Collectors.joining("; "));
    }

    /** The first error's Code, if the body is an ErrorResponse. */
    public static Optional<String> code(String body) {
        return errorResponse(body)
                .flatMap(r -> r.errors().stream().map(MwsError::code).filter(Objects::nonNull).findFirst());
    }

    public static boolean isThrottled(String body) {
        return hasCode(body, Set.of(REQUEST_THROTTLED));
    }

    public static boolean isQuotaExceeded(String body) {
        return hasCode(body, Set.of(QUOTA_EXCEEDED));
    }

    public static boolean isCredentialError(String body) {
        return hasCode(body, CREDENTIAL_CODES);
    }

    private static boolean hasCode(String body, Set<String> codes) {
        return errorResponse(body).map(r -> r.errors().stream().anyMatch(e -> codes.contains(e.code()))).orElse(false);
    }

    private static String describe(MwsError error) {
        String code = error.code() == null || error.code().isEmpty() ? "(no code)" : error.code();
        return error.message() == null || error.message().isEmpty() ? code : code + ": " + error.message();
    }

    private static Optional<ErrorResponse> errorResponse(String body) {
        try {
            return MwsXml.parse(body) instanceof ErrorResponse error ? Optional.of(error) : Optional.empty();
        } catch (MalformedResponseException e) {
            return Optional.empty();
        }
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= RAW_EXCERPT ? flat : flat.substring(0, RAW_EXCERPT) + "...";
    }
}

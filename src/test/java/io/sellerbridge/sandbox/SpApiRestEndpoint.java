package io.sellerbridge.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * What every SP-API JSON endpoint does around its operations: checks x-amz-access-token (a seller's token for a
 * seller's operation, a grantless token with the operation's scope for a grantless one), takes a token from
 * the (seller, operation) bucket (for a grantless operation the (application, operation) bucket), turns
 * {@link InvalidInputException} into 400 InvalidInput, speaks SP-API's error dialect for injected failures, and adds
 * x-amzn-RateLimit-Limit where Amazon does (20x, 400 and 404 only; never 403, 429 or 5xx).
 */
abstract class SpApiRestEndpoint extends Endpoint {
    private final SpApiAccess access;
    private final RateLimits rateLimits;

    SpApiRestEndpoint(SpApiAccess access, RateLimits rateLimits, CallStats stats, Faults faults) {
        super(stats, faults);
        this.access = access;
        this.rateLimits = rateLimits;
    }

    /** The operation's answer for an authorised, unthrottled caller. */
    abstract Reply answer(HttpExchange exchange, String operation, String sellerId, QueryParams query);

    /** The answer for a caller whose token may be a Restricted Data Token; only restricted operations take one. */
    Reply answer(HttpExchange exchange, String operation, SpApiAccess.Outcome caller, QueryParams query) {
        return caller.restricted() ? SpApiAccess.notGranted() : answer(exchange, operation, caller.sellerId(), query);
    }

    /** The LWA scope a grantless operation needs; null for an operation a seller must have authorised (the rule). */
    String grantlessScope(String operation) {
        return null;
    }

    @Override
    final Reply process(HttpExchange exchange, String operation, boolean takesToken) {
        SpApiAccess.Outcome caller = access.check(exchange);
        if (!caller.allowed()) {
            return caller.denied();
        }
        // Amazon refuses a grantless token on a seller's operation, and a seller's token on a grantless one
        String scope = grantlessScope(operation);
        if (scope == null ? caller.grantless() : !caller.token().hasScope(scope)) {
            return SpApiAccess.forbidden();
        }
        if (takesToken && !rateLimits.tryAcquire(caller.party(), operation)) {
            return Reply.quotaExceeded();
        }
        try {
            QueryParams query = QueryParams.parse(exchange.getRequestURI().getRawQuery());
            return answer(exchange, operation, caller, query);
        } catch (InvalidInputException e) {
            return Reply.invalidInput(e.getMessage());
        }
    }

    /** The request's JSON body (at most 64 KiB read); not JSON is Amazon's 400 InvalidInput. */
    static JsonNode jsonBody(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            JsonNode body = Json.MAPPER.readTree(in.readNBytes(64 * 1024));
            if (body == null || !body.isObject()) {
                throw new InvalidInputException("Request body must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("Request body is not valid JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path segments after the API's base path, e.g. ["reports", "50012345678"] after /reports/2021-06-30. */
    static String[] segments(HttpExchange exchange, String basePath) {
        String rest = exchange.getRequestURI().getPath().substring(basePath.length());
        if (!rest.startsWith("/") || rest.length() == 1) {
            return new String[0];
        }
        String trimmed = rest.endsWith("/") ? rest.substring(1, rest.length() - 1) : rest.substring(1);
        return trimmed.split("/", -1);
    }

    @Override
    final Reply failure(int httpStatus) {
        return switch (httpStatus) {
            case 503 -> Reply.spError(503, "ServiceUnavailable", "Service temporarily unavailable. Please try again.", "");
            case 500 -> Reply.spError(500, "InternalFailure", "We encountered an internal error. Please try again.", "");
            case 400 -> Reply.invalidInput("Invalid Input");
            case 403 -> SpApiAccess.forbidden();
            case 404 -> Reply.notFound("Resource not found");
            case 429 -> Reply.quotaExceeded();
            default -> Reply.spError(httpStatus, "InternalFailure", "Injected failure " + httpStatus, "");
        };
    }

    @Override
    final Reply decorate(String operation, Reply reply) {
        int s = reply.status();
        return s / 100 == 2 || s == 400 || s == 404
                ? reply.withHeader("x-amzn-RateLimit-Limit", rateLimits.limitHeader(operation))
                : reply;
    }
}

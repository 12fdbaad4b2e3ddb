package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Notifications API v1 (notifications.json), ORDER_CHANGE to SQS destinations only. The destination operations
 * (getDestinations, createDestination, getDestination) and deleteSubscriptionById are grantless: they take the
 * application's client_credentials token with the notifications scope, and act on the application's destinations and
 * subscriptions. getSubscription and createSubscription take a seller's token: the subscription is the (application,
 * seller) pair's. Every answer is {"payload": ...} or {"errors": [...]}; a refused application gets 403.
 */
final class NotificationsEndpoint extends SpApiRestEndpoint {
    static final String BASE_PATH = "/notifications/v1";
    /** SqsResource.arn in the model: pattern and maxLength. */
    private static final Pattern SQS_ARN = Pattern.compile("^arn:aws:sqs:\\S+:\\S+:\\S+");
    private static final int MAX_ARN = 1000;
    private static final int MAX_NAME = 256;
    private static final String CONFLICT = "The resource specified conflicts with the current state.";

    private final SandboxNotifications notifications;

    NotificationsEndpoint(SpApiAccess access, RateLimits rateLimits, SandboxNotifications notifications,
                          CallStats stats, Faults faults) {
        super(access, rateLimits, stats, faults);
        this.notifications = notifications;
    }

    @Override
    String operation(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String[] s = segments(exchange, BASE_PATH);
        if (s.length == 1 && "destinations".equals(s[0])) {
            return "GET".equals(method) ? Operations.GET_DESTINATIONS
                    : "POST".equals(method) ? Operations.CREATE_DESTINATION : null;
        }
        if (s.length == 2 && "destinations".equals(s[0])) {
            return "GET".equals(method) ? Operations.GET_DESTINATION : null;
        }
        if (s.length == 2 && "subscriptions".equals(s[0])) {
            return "GET".equals(method) ? Operations.GET_SUBSCRIPTION
                    : "POST".equals(method) ? Operations.CREATE_SUBSCRIPTION : null;
        }
        if (s.length == 3 && "subscriptions".equals(s[0])) {
            return "DELETE".equals(method) ? Operations.DELETE_SUBSCRIPTION_BY_ID : null;
        }
        return null;
    }

    @Override
    String grantlessScope(String operation) {
        return switch (operation) {
            case Operations.GET_SUBSCRIPTION, Operations.CREATE_SUBSCRIPTION -> null;
            default -> LwaEndpoint.NOTIFICATIONS_SCOPE;
        };
    }

    /** Not used: every operation here needs the caller's application, so the other {@code answer} serves them all. */
    @Override
    Reply answer(HttpExchange exchange, String operation, String sellerId, QueryParams query) {
        throw new IllegalStateException("the Notifications API answers with the caller's application");
    }

    @Override
    Reply answer(HttpExchange exchange, String operation, SpApiAccess.Outcome caller, QueryParams query) {
        if (caller.restricted()) {
            return SpApiAccess.notGranted();
        }
        String clientId = caller.clientId();
        String[] s = segments(exchange, BASE_PATH);
        return switch (operation) {
            case Operations.GET_DESTINATIONS -> {
                ArrayNode list = Json.MAPPER.createArrayNode();
                notifications.destinations(clientId).forEach(d -> list.add(json(d)));
                yield payload(list);
            }
            case Operations.CREATE_DESTINATION -> createDestination(clientId, jsonBody(exchange));
            case Operations.GET_DESTINATION -> notifications.destination(clientId, s[1])
                    .map(d -> payload(json(d))).orElseGet(() -> notFound("destination " + s[1]));
            case Operations.DELETE_SUBSCRIPTION_BY_ID -> {
                requireOrderChange(s[1]);
                yield notifications.deleteSubscription(clientId, s[2])
                        ? Reply.json(200, Json.object()) : notFound("subscription " + s[2]);
            }
            case Operations.GET_SUBSCRIPTION -> getSubscription(clientId, caller.sellerId(), s[1], query);
            default -> createSubscription(clientId, caller.sellerId(), s[1], jsonBody(exchange));
        };
    }

    private Reply createDestination(String clientId, JsonNode body) {
        String name = body.path("name").asText("");
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException("name is required, at most " + MAX_NAME + " characters");
        }
        // the sandbox delivers to SQS only; an eventBridge destination is refused like a missing arn
        String arn = body.path("resourceSpecification").path("sqs").path("arn").asText("");
        if (arn.length() > MAX_ARN || !SQS_ARN.matcher(arn).find()) {
            throw new InvalidInputException("resourceSpecification.sqs.arn must be an SQS queue ARN, was '" + arn + "'");
        }
        SandboxNotifications.Destination created = notifications.createDestination(clientId, name, arn);
        return created == null
                ? Reply.spError(409, "Conflict", CONFLICT, "A destination for " + arn + " exists already.")
                : payload(json(created));
    }

    private Reply getSubscription(String clientId, String sellerId, String notificationType, QueryParams query) {
        requireOrderChange(notificationType);
        if (!notifications.subscriptionsAllowed(sellerId)) {
            return SpApiAccess.forbidden();
        }
        String version = query.first("payloadVersion"); // absent: the latest version's, the only one here
        return notifications.subscription(clientId, sellerId)
                .filter(sub -> version == null || version.equals(sub.payloadVersion()))
                .map(sub -> payload(json(sub)))
                .orElseGet(() -> notFound(notificationType + " subscription"));
    }

    private Reply createSubscription(String clientId, String sellerId, String notificationType, JsonNode body) {
        requireOrderChange(notificationType);
        if (!notifications.subscriptionsAllowed(sellerId)) {
            return SpApiAccess.forbidden();
        }
        if (!SandboxNotifications.PAYLOAD_VERSION.equals(body.path("payloadVersion").asText(null))) {
            throw new InvalidInputException("payloadVersion must be " + SandboxNotifications.PAYLOAD_VERSION
                    + " for " + notificationType);
        }
        String destinationId = body.path("destinationId").asText("");
        if (notifications.destination(clientId, destinationId).isEmpty()) {
            throw new InvalidInputException("destinationId '" + destinationId + "' is not a destination of this application");
        }
        List<String> types = orderChangeTypes(notificationType, body.path("processingDirective"));
        SandboxNotifications.Subscription created =
                notifications.createSubscription(clientId, sellerId, destinationId, types);
        return created == null
                ? Reply.spError(409, "Conflict", CONFLICT, "A " + notificationType + " subscription exists already.")
                : payload(json(created));
    }

    /** The eventFilter's orderChangeTypes (ProcessingDirective, EventFilter, OrderChangeTypeEnum); empty: all. */
    private static List<String> orderChangeTypes(String notificationType, JsonNode directive) {
        if (directive.has("filterExpression")) {
            // the sandbox does not evaluate CEL; silently ignoring the filter would deliver what Amazon would not
            throw new InvalidInputException("filterExpression is not supported by the sandbox");
        }
        JsonNode filter = directive.path("eventFilter");
        if (filter.isMissingNode()) {
            return List.of();
        }
        if (!notificationType.equals(filter.path("eventFilterType").asText(null))) {
            throw new InvalidInputException("eventFilterType must be " + notificationType);
        }
        List<String> types = new ArrayList<>();
        for (JsonNode t : filter.path("orderChangeTypes")) {
            if (!SandboxNotifications.ORDER_CHANGE_TYPES.contains(t.asText())) {
                throw new InvalidInputException("Invalid orderChangeTypes value '" + t.asText() + "'");
            }
            types.add(t.asText());
        }
        return types;
    }

    private static void requireOrderChange(String notificationType) {
        if (!SandboxNotifications.ORDER_CHANGE.equals(notificationType)) {
            throw new InvalidInputException("The sandbox supports notificationType " + SandboxNotifications.ORDER_CHANGE
                    + " only, not '" + notificationType + "'");
        }
    }

    private static ObjectNode json(SandboxNotifications.Destination d) {
        ObjectNode n = Json.object();
        n.put("name", d.name());
        n.put("destinationId", d.destinationId());
        n.putObject("resource").putObject("sqs").put("arn", d.arn());
        return n;
    }

    private static ObjectNode json(SandboxNotifications.Subscription s) {
        ObjectNode n = Json.object();
        n.put("subscriptionId", s.subscriptionId());
        n.put("payloadVersion", s.payloadVersion());
        n.put("destinationId", s.destinationId());
        if (!s.orderChangeTypes().isEmpty()) {
            ObjectNode filter = n.putObject("processingDirective").putObject("eventFilter");
            filter.put("eventFilterType", SandboxNotifications.ORDER_CHANGE);
            s.orderChangeTypes().forEach(filter.putArray("orderChangeTypes")::add);
        }
        return n;
    }

    private static Reply payload(JsonNode payload) {
        ObjectNode body = Json.object();
        body.set("payload", payload);
        return Reply.json(200, body);
    }

    private static Reply notFound(String what) {
        return Reply.spError(404, "NotFound", "The resource specified does not exist.", what + " not found.");
    }

}

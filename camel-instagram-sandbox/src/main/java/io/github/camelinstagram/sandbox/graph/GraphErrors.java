package io.github.camelinstagram.sandbox.graph;

import java.time.Instant;
import java.util.Locale;

import io.github.camelinstagram.sandbox.state.Scope;
import io.github.camelinstagram.sandbox.support.GraphTime;

/**
 * Every error the sandbox answers on graph.instagram.com, with the codes, subcodes, types and HTTP statuses of the
 * specification. Where the specification names a code but not its exact message, the message follows Meta's usual
 * wording ({@code (#code) ...}).
 */
public final class GraphErrors {

    private static final String OAUTH = "OAuthException";
    private static final String METHOD = "GraphMethodException";

    private GraphErrors() {
    }

    static GraphException of(int status, String type, int code, int subcode, String message) {
        return new GraphException(status, type, code, subcode, message, false, null, null, 0);
    }

    // ---- tokens

    /** No token at all: code 104. */
    public static GraphException missingToken() {
        return of(400, OAUTH, 104, 0, "An access token is required to request this resource.");
    }

    /** Unknown or garbage token: 190 without subcode. */
    public static GraphException invalidToken() {
        return of(400, OAUTH, 190, 0, "Invalid OAuth access token - Cannot parse access token");
    }

    /** Expired token: 190/463. */
    public static GraphException expiredToken(Instant expiredAt, Instant now) {
        return of(400, OAUTH, 190, 463, "Error validating access token: Session has expired on "
                                        + GraphTime.session(expiredAt) + ". The current time is "
                                        + GraphTime.session(now) + ".");
    }

    /** A token invalidated by the user or Meta: 190 with 458, 459, 460, 464 or 467. */
    public static GraphException invalidatedToken(int subcode, String appId) {
        String reason = switch (subcode) {
            case 458 -> "The user has not authorized application " + appId + ".";
            case 459 -> "You cannot access the app till you log in to www.instagram.com and follow the instructions"
                        + " given.";
            case 460 -> "The session has been invalidated because the user changed their password or Instagram has"
                        + " changed the session for security reasons.";
            case 464 -> "Sessions for the user are not allowed because the user is not a confirmed user.";
            default -> "The session is invalid because the user logged out.";
        };
        return of(400, OAUTH, 190, subcode, "Error validating access token: " + reason);
    }

    /** The 190 subcodes a token can be invalidated with. */
    public static boolean isInvalidationSubcode(int subcode) {
        return subcode == 458 || subcode == 459 || subcode == 460 || subcode == 464 || subcode == 467;
    }

    /** Wrong {@code client_secret} on a token endpoint: 101. */
    public static GraphException invalidClientSecret() {
        return of(400, OAUTH, 101, 0, "Error validating client secret.");
    }

    /** A long-lived token younger than 24 hours cannot be refreshed: 100. */
    public static GraphException tokenTooYoung() {
        return invalidParameter("The access token cannot be refreshed yet: a long-lived token can be refreshed once"
                                + " it is at least 24 hours old");
    }

    // ---- permissions

    /** A missing scope: code 10 for messaging, 200 otherwise, naming the permission. */
    public static GraphException missingPermission(Scope scope) {
        if (scope == Scope.MANAGE_MESSAGES) {
            return of(400, OAUTH, 10, 0, "(#10) Application does not have permission for this action: it needs the "
                                         + scope.permission() + " permission");
        }
        return of(400, OAUTH, 200, 0, "(#200) Requires the " + scope.permission() + " permission to manage the object");
    }

    /** A user profile read without the user's consent (the user never messaged the account): 230. */
    public static GraphException userConsentRequired() {
        return of(400, OAUTH, 230, 0, "(#230) User consent is required to access user profile");
    }

    // ---- objects, paths, parameters

    /** Unknown id, or an object of another account, or an unsupported method on it: 100/33. */
    public static GraphException unsupported(String method, String id) {
        return of(400, METHOD, 100, 33, "Unsupported " + method.toLowerCase(Locale.ROOT) + " request. Object with ID '"
                                        + id
                                        + "' does not exist, cannot be loaded due to missing permissions, or does not"
                                        + " support this operation. Please read the Graph API documentation at"
                                        + " https://developers.facebook.com/docs/graph-api");
    }

    /** A path deeper than node/edge: 2500. */
    public static GraphException unknownPath(String extra) {
        return of(400, OAUTH, 2500, 0, "Unknown path components: " + extra);
    }

    /** A field the node type does not have: 100. */
    public static GraphException nonexistingField(String field, String nodeType) {
        return of(400, OAUTH, 100, 0, "(#100) Tried accessing nonexisting field (" + field + ") on node type ("
                                      + nodeType + ")");
    }

    /** An edge the node does not have: 100. */
    public static GraphException nonexistingEdge(String edge, String nodeType) {
        return of(400, OAUTH, 100, 0, "(#100) Tried accessing nonexisting field (" + edge + ") on node type ("
                                      + nodeType + ")");
    }

    /** A missing or invalid parameter: 100 without subcode. */
    public static GraphException invalidParameter(String detail) {
        return of(400, OAUTH, 100, 0, "(#100) " + detail);
    }

    // ---- publishing (section B)

    /** A publishing error of the table in section B, with its user title and message. */
    public static GraphException publishing(PublishingError error) {
        return new GraphException(400, OAUTH, error.code(), error.subcode(), error.message(), false,
                error.userTitle(), error.userMessage(), 0);
    }

    /** A publishing error with a message naming the precise cause. */
    public static GraphException publishing(PublishingError error, String detail) {
        return new GraphException(400, OAUTH, error.code(), error.subcode(), error.message(), false,
                error.userTitle(), detail, 0);
    }

    // ---- messaging (section D)

    /** Outside the 24-hour (or HUMAN_AGENT 7-day) window: 10/2534022. */
    public static GraphException outsideWindow() {
        return of(400, OAUTH, 10, 2534022, "(#10) This message is sent outside of allowed window.");
    }

    /** The comment already has its private reply: 10/2534025. */
    public static GraphException privateReplyAlreadySent() {
        return of(400, OAUTH, 10, 2534025, "(#10) A private reply has already been sent to this comment.");
    }

    /** Unknown recipient: 100/2534014. */
    public static GraphException userNotFound() {
        return of(400, OAUTH, 100, 2534014, "(#100) No matching user found");
    }

    // ---- throttling and transient failures (section E)

    /** A throttling answer: 4, 17, 32, 613 or 80002, transient, with the minutes until access comes back. */
    public static GraphException throttled(int code, long regainMinutes) {
        String message = switch (code) {
            case 4 -> "(#4) Application request limit reached";
            case 17 -> "(#17) User request limit reached";
            case 32 -> "(#32) Page request limit reached";
            case 613 -> "(#613) Calls to this api have exceeded the rate limit.";
            case 80002 -> "(#80002) There have been too many calls to this Instagram account. Wait a bit and try"
                          + " again. For more info, please refer to"
                          + " https://developers.facebook.com/docs/graph-api/overview/rate-limiting.";
            default -> "(#" + code + ") Request limit reached";
        };
        return new GraphException(400, OAUTH, code, 0, message, true, null, null, regainMinutes);
    }

    /** Whether the code is one of the throttling codes. */
    public static boolean isThrottlingCode(int code) {
        return code == 4 || code == 17 || code == 32 || code == 613 || code == 80002;
    }

    /** A transient server failure: code 1 with HTTP 500, code 2 with 503 (or another 5xx). */
    public static GraphException transientFailure(int httpStatus) {
        if (httpStatus == 500) {
            return new GraphException(500, OAUTH, 1, 0, "An unknown error has occurred.", true, null, null, 0);
        }
        return new GraphException(httpStatus, OAUTH, 2, 0,
                "An unexpected error has occurred. Please retry your request later.", true, null, null, 0);
    }
}

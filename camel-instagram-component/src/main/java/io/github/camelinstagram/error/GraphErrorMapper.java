package io.github.camelinstagram.error;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelinstagram.InstagramApiException;
import io.github.camelinstagram.InstagramApiException.ApiError;

/**
 * Turns an error answer into the {@link InstagramApiException} subclass of its family. Every text taken from the
 * answer (message, type, trace id, an excerpt of a body that is not JSON) goes through the call's redactor first: an
 * upstream may echo the token it was sent. Reads the Graph shape
 * ({@code {"error":{"code":..,"error_subcode":..}}}), the shape of api.instagram.com
 * ({@code {"error_type":..,"code":..,"error_message":..}}) and that of the upload host rupload.facebook.com
 * ({@code {"debug_info":{"retriable":..,"type":..,"message":..}}}); anything else (an HTML page from a proxy) gives an
 * exception with the status and a short excerpt of the body.
 */
public final class GraphErrorMapper {

    static final int EXCERPT_LENGTH = 200;

    private final ObjectMapper mapper;

    public GraphErrorMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param httpStatus the answer's status
     * @param body       the answer's bytes
     * @param context    method and path of the call, for the message (never a URL with a token)
     * @param retryAfter how long the usage headers of this answer said the account needs to regain access
     * @param redactor   removes secrets from any text of the answer that goes into the message
     */
    public InstagramApiException map(int httpStatus, byte[] body, String context, Duration retryAfter,
            SecretRedactor redactor) {
        JsonNode root = parse(body);
        JsonNode graphError = root == null ? null : root.get("error");
        if (graphError != null && graphError.isObject()) {
            ApiError error = new ApiError(httpStatus, graphError.path("code").asInt(0),
                    graphError.path("error_subcode").asInt(0), redactor.redact(text(graphError, "type")),
                    redactor.redact(text(graphError, "message")), redactor.redact(text(graphError, "fbtrace_id")),
                    graphError.path("is_transient").asBoolean(false), context);
            return classify(error, retryAfter);
        }
        if (root != null && root.isObject() && (root.has("error_message") || root.has("error_type"))) {
            ApiError error = new ApiError(httpStatus, root.path("code").asInt(0), 0,
                    redactor.redact(text(root, "error_type")), redactor.redact(text(root, "error_message")), null,
                    false, context);
            return classify(error, retryAfter);
        }
        JsonNode uploadError = root == null ? null : root.get("debug_info");
        if (uploadError != null && uploadError.isObject()) {
            ApiError error = new ApiError(httpStatus, 0, 0, redactor.redact(text(uploadError, "type")),
                    redactor.redact(text(uploadError, "message")), null,
                    uploadError.path("retriable").asBoolean(false), context);
            return new InstagramPublishingException(error);
        }
        boolean transientStatus = httpStatus == 502 || httpStatus == 503 || httpStatus == 504 || httpStatus == 500;
        ApiError error = new ApiError(httpStatus, 0, 0, null,
                "unexpected answer: " + excerpt(body, redactor), null, transientStatus, context);
        return transientStatus ? new InstagramTransientException(error) : new InstagramApiException(error);
    }

    /** Chooses the family of an error whose code and subcode are known. */
    public static InstagramApiException classify(ApiError error, Duration retryAfter) {
        int code = error.code();
        int subcode = error.subcode();
        if (subcode == 2207027 || code == 9007) {
            return new InstagramMediaNotReadyException(error);
        }
        if (subcode == PublishingSubcodes.DAILY_LIMIT_REACHED) {
            return new InstagramPublishingLimitException(error);
        }
        if (subcode >= 2207000 && subcode < 2208000) {
            return new InstagramPublishingException(PublishingSubcodes.isRetryable(subcode) ? error.asTransient()
                    : error);
        }
        if (subcode == 2534022) {
            return new InstagramMessagingWindowClosedException(error);
        }
        if (subcode == 2534025) {
            return new InstagramPrivateReplyAlreadySentException(error);
        }
        if (subcode == 2534014) {
            return new InstagramUserNotFoundException(error);
        }
        if (code == 190 && subcode == 463) {
            return new InstagramTokenExpiredException(error);
        }
        if (code == 190 || code == 102) {
            return new InstagramInvalidTokenException(error);
        }
        if (code == 4 || code == 17 || code == 32 || code == 613 || code == 80002) {
            return new InstagramThrottledException(error, retryAfter);
        }
        if (code == 10 || code >= 200 && code <= 299) {
            return new InstagramPermissionException(error);
        }
        if (code == 1 || code == 2 || error.transientError()) {
            return new InstagramTransientException(error.asTransient());
        }
        return new InstagramApiException(error);
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (Exception notJson) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The start of a body, cleaned of secrets before it is cut, so that no part of a secret can remain. */
    public static String excerpt(byte[] body, SecretRedactor redactor) {
        if (body == null || body.length == 0) {
            return "(empty body)";
        }
        String text = redactor.redact(new String(body, 0, Math.min(body.length, EXCERPT_LENGTH * 4),
                StandardCharsets.UTF_8)).replaceAll("\\s+", " ").trim();
        return text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH) + "..." : text;
    }
}

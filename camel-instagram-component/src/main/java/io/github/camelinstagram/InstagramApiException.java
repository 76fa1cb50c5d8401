package io.github.camelinstagram;

import org.apache.camel.RuntimeCamelException;

/**
 * An error answer of graph.instagram.com or api.instagram.com, or a media container that ended in ERROR or EXPIRED.
 * <p>
 * Subclasses (in {@code io.github.camelinstagram.error}) name the families that routes handle differently: expired
 * token, invalid token, missing permission, throttling, transient failures, messaging window closed, media not ready
 * and publishing failures. The message never contains an access token or a secret.
 */
public class InstagramApiException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final int code;
    private final int subcode;
    private final String type;
    private final String apiMessage;
    private final String fbtraceId;
    private final boolean transientError;

    public InstagramApiException(ApiError error) {
        this(error, null);
    }

    /**
     * @param hint what the user should do about this family of errors, appended to the message
     */
    protected InstagramApiException(ApiError error, String hint) {
        super(hint == null ? error.describe() : error.describe() + ". " + hint);
        this.httpStatus = error.httpStatus();
        this.code = error.code();
        this.subcode = error.subcode();
        this.type = error.type();
        this.apiMessage = error.message();
        this.fbtraceId = error.fbtraceId();
        this.transientError = error.transientError();
    }

    /** HTTP status of the answer, or 0 when the error was not an HTTP answer (a container status). */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The API's error {@code code}, or 0 when the answer had none. */
    public int getCode() {
        return code;
    }

    /** The API's {@code error_subcode} (or a container's status subcode), or 0 when there was none. */
    public int getSubcode() {
        return subcode;
    }

    /** The API's error {@code type}, e.g. {@code OAuthException}, or null. */
    public String getType() {
        return type;
    }

    /** The API's own message ({@code error.message}, or {@code error_message} on api.instagram.com). */
    public String getApiMessage() {
        return apiMessage;
    }

    /** Meta's trace id of the failed call, to quote in a bug report, or null. */
    public String getFbtraceId() {
        return fbtraceId;
    }

    /** True when the API (or the HTTP status) says the same call may succeed later. */
    public boolean isTransient() {
        return transientError;
    }

    /**
     * The fields of one error answer, as read from the wire.
     *
     * @param httpStatus     HTTP status, 0 when not an HTTP answer
     * @param code           {@code error.code}
     * @param subcode        {@code error.error_subcode}
     * @param type           {@code error.type}
     * @param message        the API's message, already cleaned of anything secret
     * @param fbtraceId      {@code error.fbtrace_id}
     * @param transientError {@code error.is_transient}, or a transient HTTP status
     * @param context        what was being done (method and path), for the exception message
     */
    public record ApiError(int httpStatus, int code, int subcode, String type, String message, String fbtraceId,
            boolean transientError, String context) {

        /** The same error, marked transient. */
        public ApiError asTransient() {
            return new ApiError(httpStatus, code, subcode, type, message, fbtraceId, true, context);
        }

        String describe() {
            StringBuilder sb = new StringBuilder("Instagram API error");
            if (code != 0) {
                sb.append(' ').append(code);
                if (subcode != 0) {
                    sb.append('/').append(subcode);
                }
            }
            if (httpStatus != 0) {
                sb.append(" (HTTP ").append(httpStatus).append(')');
            }
            if (context != null) {
                sb.append(" on ").append(context);
            }
            sb.append(": ").append(message == null || message.isBlank() ? "no message" : message);
            if (fbtraceId != null) {
                sb.append(" [fbtrace_id ").append(fbtraceId).append(']');
            }
            return sb.toString();
        }
    }
}

package io.github.camelinstagram.sandbox.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A Graph API error answer: HTTP status and the {@code error} object of section E of the specification
 * ({@code message}, {@code type}, {@code code}, {@code error_subcode} when any, {@code is_transient},
 * {@code error_user_title}/{@code error_user_msg} when any, {@code fbtrace_id}).
 */
public final class GraphException extends RuntimeException {

    private static final String TRACE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final int httpStatus;
    private final String type;
    private final int code;
    private final int subcode;
    private final boolean transientError;
    private final String userTitle;
    private final String userMessage;
    private final long regainMinutes;

    GraphException(int httpStatus, String type, int code, int subcode, String message, boolean transientError,
                   String userTitle, String userMessage, long regainMinutes) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.type = type;
        this.code = code;
        this.subcode = subcode;
        this.transientError = transientError;
        this.userTitle = userTitle;
        this.userMessage = userMessage;
        this.regainMinutes = regainMinutes;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int code() {
        return code;
    }

    public int subcode() {
        return subcode;
    }

    public String type() {
        return type;
    }

    public boolean isTransient() {
        return transientError;
    }

    /** Minutes until the throttled account regains access, for {@code X-Business-Use-Case-Usage}; 0 otherwise. */
    public long regainMinutes() {
        return regainMinutes;
    }

    /** Whether this is a token error (code 190 or 104), answered with a {@code WWW-Authenticate} header. */
    public boolean isTokenError() {
        return code == 190 || code == 104;
    }

    /** The answer's body: {@code {"error":{...}}} with a fresh {@code fbtrace_id}. */
    public Map<String, Object> body(String fbtraceId) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", getMessage());
        error.put("type", type);
        error.put("code", code);
        if (subcode != 0) {
            error.put("error_subcode", subcode);
        }
        error.put("is_transient", transientError);
        if (userTitle != null) {
            error.put("error_user_title", userTitle);
        }
        if (userMessage != null) {
            error.put("error_user_msg", userMessage);
        }
        error.put("fbtrace_id", fbtraceId);
        return Map.of("error", error);
    }

    /** A new trace id, 11 characters like Meta's. */
    public static String newTraceId() {
        StringBuilder sb = new StringBuilder("A");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            sb.append(TRACE_CHARS.charAt(random.nextInt(TRACE_CHARS.length())));
        }
        return sb.toString();
    }
}

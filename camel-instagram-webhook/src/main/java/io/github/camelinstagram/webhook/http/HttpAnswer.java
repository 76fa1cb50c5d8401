package io.github.camelinstagram.webhook.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The answer to one webhook request: status, plain-text body and extra headers. Bodies never echo the request,
 * except the verification challenge, which is sent as {@code text/plain} with {@code nosniff}.
 *
 * @param status          HTTP status
 * @param body            the body bytes, empty for none
 * @param headers         extra response headers
 * @param closeConnection whether the connection must be closed after the answer, because the request body was not
 *                        read to its end
 */
public record HttpAnswer(int status, byte[] body, Map<String, String> headers, boolean closeConnection) {

    static final String TEXT_PLAIN = "text/plain; charset=utf-8";

    private static final byte[] EMPTY = new byte[0];
    private static final Map<String, String> NOSNIFF = Map.of("X-Content-Type-Options", "nosniff");

    public static HttpAnswer ok() {
        return new HttpAnswer(200, EMPTY, Map.of(), false);
    }

    public static HttpAnswer challenge(String challenge) {
        return new HttpAnswer(200, challenge.getBytes(StandardCharsets.UTF_8), NOSNIFF, false);
    }

    public static HttpAnswer forbidden(String reason) {
        return text(403, reason);
    }

    public static HttpAnswer badRequest(String reason) {
        return text(400, reason);
    }

    public static HttpAnswer methodNotAllowed() {
        return new HttpAnswer(405, "Method Not Allowed".getBytes(StandardCharsets.UTF_8),
                Map.of("Allow", "GET, POST", "X-Content-Type-Options", "nosniff"), false);
    }

    public static HttpAnswer payloadTooLarge() {
        return new HttpAnswer(413, "Payload Too Large".getBytes(StandardCharsets.UTF_8), NOSNIFF, true);
    }

    public static HttpAnswer requestTimeout() {
        return new HttpAnswer(408, "Request Timeout".getBytes(StandardCharsets.UTF_8), NOSNIFF, true);
    }

    public static HttpAnswer serverError() {
        return text(500, "Event processing failed; deliver again");
    }

    /** Some events are still being routed by an earlier delivery (or the consumer is suspended): deliver again. */
    public static HttpAnswer serviceUnavailable(String reason) {
        return new HttpAnswer(503, reason.getBytes(StandardCharsets.UTF_8),
                Map.of("Retry-After", "60", "X-Content-Type-Options", "nosniff"), false);
    }

    /** A request whose body was refused before it was read to its end: the connection is closed after the answer. */
    public static HttpAnswer forbiddenAndClose(String reason) {
        return new HttpAnswer(403, reason.getBytes(StandardCharsets.UTF_8), NOSNIFF, true);
    }

    private static HttpAnswer text(int status, String reason) {
        return new HttpAnswer(status, reason.getBytes(StandardCharsets.UTF_8), NOSNIFF, false);
    }

    /** Content type of the body, or null when there is none. */
    public String contentType() {
        return body.length > 0 ? TEXT_PLAIN : null;
    }
}

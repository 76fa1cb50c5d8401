package io.github.camelinstagram.webhook.parse;

/**
 * The request body is not an Instagram webhook payload: not JSON, not {@code object: instagram}, or a part of it has
 * the wrong type. The message names what is wrong, never the payload's content.
 */
public class MalformedPayloadException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedPayloadException(String message) {
        super(message, null, false, false);
    }

    public MalformedPayloadException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}

package io.github.camelinstagram.webhook.http;

/**
 * The request body could not be read whole.
 */
public class BodyReadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the body could not be read. */
    public enum Reason {
        /** It has more bytes than allowed. */
        TOO_LARGE,
        /** It did not arrive in time. */
        TIMEOUT,
        /** The connection failed or the body could not be converted to bytes. */
        FAILED
    }

    private final Reason reason;

    public BodyReadException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public BodyReadException(Reason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}

package io.github.camelinstagram.transport;

import java.io.IOException;

/**
 * A 2xx answer had more bytes than {@code maxResponseSize}; reading stopped at the limit and the connection was
 * dropped.
 */
public class AnswerTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public AnswerTooLargeException(long limit) {
        super("the answer has more than " + limit + " bytes (maxResponseSize)");
        this.limit = limit;
    }

    /** The limit that was passed, in bytes. */
    public long getLimit() {
        return limit;
    }
}

package io.github.camelinstagram.support;

import org.apache.camel.Exchange;

/**
 * The time left to answer the HTTP request that an exchange came from. {@code instagram-webhook:} puts one on every
 * event exchange (exchange property {@link #PROPERTY}): Meta stops waiting for an answer after about 20 seconds and
 * delivers the same events again, so a call of {@code instagram:} in such a route may wait for a rate-limit turn or a
 * retry only as long as the answer can still be given in time; a longer wait fails at once with
 * {@code InstagramThrottledException}, the request is answered 500, and Meta delivers again later. Once the request has
 * been answered the deadline no longer applies, so work handed on (a copy of the exchange sent to a queue) waits as
 * its own options allow.
 */
public final class AnswerDeadline {

    /** Exchange property that holds the {@link AnswerDeadline} of an exchange. */
    public static final String PROPERTY = "CamelInstagramAnswerDeadline";

    private final long deadlineNanos;
    private volatile boolean answered;

    private AnswerDeadline(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** A deadline the given time from now. */
    public static AnswerDeadline in(long millis) {
        return new AnswerDeadline(System.nanoTime() + Math.max(0, millis) * 1_000_000L);
    }

    /** The deadline of the exchange, or null when it has none. */
    public static AnswerDeadline of(Exchange exchange) {
        Object value = exchange == null ? null : exchange.getProperty(PROPERTY);
        return value instanceof AnswerDeadline deadline ? deadline : null;
    }

    /** Milliseconds left before the answer is due, 0 when it is late; {@link Long#MAX_VALUE} once answered. */
    public long remainingMillis() {
        if (answered) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000L);
    }

    /** Whether the request was answered (the deadline no longer applies). */
    public boolean isAnswered() {
        return answered;
    }

    /** Marks the request answered. */
    public void answered() {
        answered = true;
    }
}

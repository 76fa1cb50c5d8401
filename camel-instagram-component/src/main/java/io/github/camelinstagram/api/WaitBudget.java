package io.github.camelinstagram.api;

import io.github.camelinstagram.support.AnswerDeadline;

/**
 * How long one call may be held back in all, for rate-limit turns and retries: {@code maxRetryWait} (none with
 * {@code rateLimitFailFast}), and never past the answer deadline of a webhook-fed exchange.
 */
public final class WaitBudget {

    private final long maxWaitMillis;
    private final AnswerDeadline deadline;

    private WaitBudget(long maxWaitMillis, AnswerDeadline deadline) {
        this.maxWaitMillis = Math.max(0, maxWaitMillis);
        this.deadline = deadline;
    }

    /**
     * @param maxWaitMillis the longest wait the options allow
     * @param deadline      the answer deadline of the exchange, or null
     */
    public static WaitBudget of(long maxWaitMillis, AnswerDeadline deadline) {
        return new WaitBudget(maxWaitMillis, deadline);
    }

    /** The longest a call may still wait now. */
    public long remainingMillis() {
        return deadline == null ? maxWaitMillis : Math.min(maxWaitMillis, deadline.remainingMillis());
    }

    /** Whether the answer deadline, not the options, is what allows less waiting now. */
    public boolean limitedByDeadline() {
        return deadline != null && deadline.remainingMillis() < maxWaitMillis;
    }

    /** Says what limits the wait, for messages. */
    public String describe() {
        return limitedByDeadline() ? "the time left to answer the webhook request" : "maxRetryWait (rateLimitFailFast)";
    }
}

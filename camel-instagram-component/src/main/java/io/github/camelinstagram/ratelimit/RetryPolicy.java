package io.github.camelinstagram.ratelimit;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.github.camelinstagram.InstagramApiException;
import io.github.camelinstagram.error.InstagramThrottledException;

/**
 * Which failures are retried, and after how long.
 * <ul>
 * <li>A throttled answer (codes 4, 17, 32, 613, 80002) is always retried: the API did not carry the call out.</li>
 * <li>A transient answer (codes 1, 2, {@code is_transient}, a 5xx from a proxy) is retried only when the request is
 * idempotent: reads, hide/unhide, enable/disable comments, subscribe. Creating a comment or a reply is not repeated,
 * since the first attempt may have had its effect.</li>
 * <li>Network failures are never retried here; Camel's error handler can redeliver when the route allows it.</li>
 * </ul>
 * The wait doubles from {@code initialDelay} with full jitter on its upper half, is never shorter than the time the API
 * said the account needs to regain access, and a retry that would have to wait longer than {@code maxWait} is not made.
 */
public final class RetryPolicy {

    private final int maxRetries;
    private final long initialDelayMillis;
    private final long maxWaitMillis;

    public RetryPolicy(int maxRetries, long initialDelayMillis, long maxWaitMillis) {
        this.maxRetries = maxRetries;
        this.initialDelayMillis = initialDelayMillis;
        this.maxWaitMillis = maxWaitMillis;
    }

    /**
     * @return the milliseconds to wait before the next attempt, or -1 when the failure must not be retried
     */
    public long delayBeforeRetry(Throwable failure, boolean idempotent, int retriesDone) {
        if (retriesDone >= maxRetries || !(failure instanceof InstagramApiException apiError)) {
            return -1;
        }
        Duration regain = Duration.ZERO;
        if (apiError instanceof InstagramThrottledException throttled) {
            regain = throttled.getRetryAfter();
        } else if (!(apiError.isTransient() && idempotent)) {
            return -1;
        }
        long backoff = initialDelayMillis << Math.min(retriesDone, 20);
        long jittered = backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
        long delay = Math.max(Math.min(jittered, maxWaitMillis), regain.toMillis());
        return delay > maxWaitMillis ? -1 : delay;
    }

    /** The longest a call may be held back, for retries and for pacing alike. */
    public long maxWaitMillis() {
        return maxWaitMillis;
    }
}

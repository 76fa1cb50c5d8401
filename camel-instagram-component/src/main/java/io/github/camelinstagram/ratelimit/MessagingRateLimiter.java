package io.github.camelinstagram.ratelimit;

import java.util.concurrent.CompletableFuture;

/**
 * Paces messaging calls to the documented per-account limits. Implementations keep the state of every account and
 * quota; one shared by several instances (a database, Redis) can replace the default in-memory one.
 */
public interface MessagingRateLimiter {

    /**
     * Takes a permit for one call of the quota for the account.
     *
     * @param maxWaitMillis the longest the call may wait for its turn; 0 to fail at once when no permit is free
     * @return a future that completes when the call may be sent (never by blocking a thread), or fails with an
     *         {@link io.github.camelinstagram.error.InstagramThrottledException} when its turn is further away than
     *         {@code maxWaitMillis}
     */
    CompletableFuture<Void> acquire(String account, MessagingQuota quota, long maxWaitMillis);
}

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

    /**
     * Called on the sending thread right before a call that holds a permit leaves. Permits are handed out evenly, but
     * calls can still reach the API bunched (a new connection, thread scheduling), and the API counts them when they
     * arrive. A call has surely arrived once its answer is back, so the departure is allowed only when the call that
     * left {@code limit} departures earlier got its answer more than a period ago.
     *
     * @return the departure: either a wait (ask again after it) or a ticket whose {@link Departure#arrived()} must be
     *         called once the call's answer or failure is back
     */
    Departure depart(String account, MessagingQuota quota);

    /** The outcome of {@link #depart(String, MessagingQuota)}. */
    interface Departure {

        /** 0 when the call may leave now; otherwise the milliseconds to wait before asking again. */
        long waitMillis();

        /** Records that the call's answer (or failure) is back. */
        void arrived();
    }
}

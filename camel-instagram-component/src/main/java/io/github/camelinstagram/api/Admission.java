package io.github.camelinstagram.api;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelinstagram.InstagramApiException.ApiError;
import io.github.camelinstagram.error.InstagramThrottledException;
import io.github.camelinstagram.metrics.InstagramMetrics;
import io.github.camelinstagram.ratelimit.CallPacer;
import io.github.camelinstagram.ratelimit.MessagingQuota;
import io.github.camelinstagram.ratelimit.MessagingRateLimiter;
import io.github.camelinstagram.ratelimit.MessagingRateLimiter.Departure;
import io.github.camelinstagram.ratelimit.UsageReport;
import io.github.camelinstagram.support.Waiter;

/**
 * Lets a call leave when its rate limits allow, in three steps: the pacing of its account's reported usage, a permit of
 * its messaging quota, and the departure log of the quota. The permit comes after the pacing so that nothing slow (the
 * usage may be read from a shared database) stands between a permit and the call's departure: permits are spaced
 * evenly, and the calls must leave as evenly. Each step may make the call wait (never by blocking a thread); a call whose wait would exceed its {@link WaitBudget} fails at once with
 * {@link InstagramThrottledException}, having reserved nothing that would hold back the calls after it.
 */
final class Admission {

    private static final Departure NONE = new Departure() {
        @Override
        public long waitMillis() {
            return 0;
        }

        @Override
        public void arrived() {
            // nothing was logged
        }
    };

    private final MessagingRateLimiter limiter;
    private final CallPacer pacer;
    private final Waiter waiter;
    private final InstagramMetrics metrics;

    /**
     * @param limiter the messaging limits, or null to send without them
     * @param metrics where the waits are recorded, by quota ({@code usage} for the usage pacing)
     */
    Admission(MessagingRateLimiter limiter, CallPacer pacer, Waiter waiter, InstagramMetrics metrics) {
        this.limiter = limiter;
        this.pacer = pacer;
        this.waiter = waiter;
        this.metrics = metrics;
    }

    /**
     * @return completes with the departure (whose {@link Departure#arrived()} must be called once the answer is back)
     *         when the call may leave: at once when nothing has to wait, else on the HTTP executor
     */
    CompletableFuture<Departure> admit(Call call) {
        return pace(call).thenCompose(paced -> permit(call)).thenCompose(permitted -> depart(call));
    }

    private CompletableFuture<Void> permit(Call call) {
        MessagingQuota quota = call.request.quota();
        if (quota == null || limiter == null) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            long start = System.nanoTime();
            CompletableFuture<Void> permit = limiter.acquire(call.account, quota, call.budget.remainingMillis());
            if (permit.isDone()) {
                return permit;
            }
            return waiter.onExecutor(permit.whenComplete((granted, refused) -> {
                if (refused == null) {
                    metrics.rateLimitWait(quota.name().toLowerCase(Locale.ROOT), System.nanoTime() - start);
                }
            }));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Void> pace(Call call) {
        long wait;
        try {
            wait = pacer.delayBeforeCall(call.account, call.budget.remainingMillis());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (wait < 0) {
            return CompletableFuture.failedFuture(tooLong(call, "its account's reported usage"));
        }
        if (wait == 0) {
            return CompletableFuture.completedFuture(null);
        }
        metrics.rateLimitWait("usage", TimeUnit.MILLISECONDS.toNanos(wait));
        return waiter.after(wait);
    }

    private CompletableFuture<Departure> depart(Call call) {
        MessagingQuota quota = call.request.quota();
        if (quota == null || limiter == null) {
            return CompletableFuture.completedFuture(NONE);
        }
        Departure departure = limiter.depart(call.account, quota);
        long wait = departure.waitMillis();
        if (wait == 0) {
            return CompletableFuture.completedFuture(departure);
        }
        if (wait > call.budget.remainingMillis()) {
            return CompletableFuture.failedFuture(tooLong(call, "the " + quota + " limit"));
        }
        return waiter.after(wait).thenCompose(waited -> depart(call));
    }

    /** Records what an answer's usage headers said, for the pacing of the calls after it. */
    void record(String account, UsageReport usage) {
        pacer.record(account, usage);
    }

    private static InstagramThrottledException tooLong(Call call, String what) {
        long allowed = call.budget.remainingMillis();
        ApiError error = new ApiError(0, 0, 0, "RateLimit",
                "not sent: account " + call.account + " would have to wait for " + what + " longer than the " + allowed
                                                            + " ms allowed by " + call.budget.describe(),
                null, false, call.label());
        return new InstagramThrottledException(error, Duration.ZERO);
    }
}

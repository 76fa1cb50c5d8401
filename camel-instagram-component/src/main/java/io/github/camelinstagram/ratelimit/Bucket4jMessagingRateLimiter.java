package io.github.camelinstagram.ratelimit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.github.camelinstagram.InstagramApiException.ApiError;
import io.github.camelinstagram.error.InstagramThrottledException;

/**
 * The default {@link MessagingRateLimiter}: one Bucket4j token bucket per account and quota, in memory.
 * <p>
 * A limit of L calls per period P allows at most L calls in any window of length P, with a 1% margin for network
 * jitter: per-second quotas send evenly spaced calls (a bucket of one token, refilled L times per 1.01 P); the hourly
 * quota allows a burst of a tenth of L, the rest spread over the hour. A call waits for its token on the scheduler,
 * never on the caller's thread.
 */
public final class Bucket4jMessagingRateLimiter implements MessagingRateLimiter {

    private static final double MARGIN = 1.01;

    private final Map<MessagingQuota, Integer> limits;
    private final ScheduledExecutorService scheduler;
    private final TimeMeter timeMeter;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param limits    calls per period of each quota; a quota not in the map keeps its documented limit
     * @param scheduler where waiting calls are resumed
     * @param timeMeter the clock of the buckets ({@link TimeMeter#SYSTEM_NANOTIME} outside tests)
     */
    public Bucket4jMessagingRateLimiter(Map<MessagingQuota, Integer> limits, ScheduledExecutorService scheduler,
                                        TimeMeter timeMeter) {
        this.limits = new EnumMap<>(MessagingQuota.class);
        for (MessagingQuota quota : MessagingQuota.values()) {
            int limit = limits.getOrDefault(quota, quota.defaultLimit());
            if (limit < 1) {
                throw new IllegalArgumentException("The rate limit of " + quota + " must be at least 1, not " + limit);
            }
            this.limits.put(quota, limit);
        }
        this.scheduler = scheduler;
        this.timeMeter = timeMeter;
    }

    @Override
    public CompletableFuture<Void> acquire(String account, MessagingQuota quota, long maxWaitMillis) {
        Bucket bucket = buckets.computeIfAbsent(account + '/' + quota, key -> newBucket(quota));
        if (maxWaitMillis <= 0) {
            return bucket.tryConsume(1) ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.failedFuture(limited(account, quota, maxWaitMillis));
        }
        return bucket.asScheduler().tryConsume(1, TimeUnit.MILLISECONDS.toNanos(maxWaitMillis), scheduler)
                .thenApply(granted -> {
                    if (!granted) {
                        throw limited(account, quota, maxWaitMillis);
                    }
                    return null;
                });
    }

    Bucket newBucket(MessagingQuota quota) {
        int limit = limits.get(quota);
        boolean longPeriod = quota.period().compareTo(Duration.ofMinutes(1)) >= 0;
        int burst = longPeriod ? Math.max(1, limit / 10) : 1;
        long refill = longPeriod ? Math.max(1, limit - burst) : limit;
        Duration refillPeriod = Duration.ofNanos((long) (quota.period().toNanos() * MARGIN));
        Bandwidth bandwidth = Bandwidth.builder().capacity(burst).refillGreedy(refill, refillPeriod).build();
        return Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(timeMeter).build();
    }

    private InstagramThrottledException limited(String account, MessagingQuota quota, long maxWaitMillis) {
        ApiError error = new ApiError(0, 0, 0, "RateLimit", "not sent: the " + quota + " limit of "
                                                                + limits.get(quota) + " calls per "
                                                                + quota.period().toString().substring(2).toLowerCase()
                                                                + " for account " + account
                                                                + " has no free turn within " + maxWaitMillis + " ms",
                null, false, quota.name());
        return new InstagramThrottledException(error, Duration.ZERO);
    }
}

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
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.camelinstagram.InstagramApiException.ApiError;
import io.github.camelinstagram.error.InstagramStateUnavailableException;
import io.github.camelinstagram.error.InstagramThrottledException;

/**
 * The {@link MessagingRateLimiter}: one Bucket4j token bucket per account and quota, from a {@link BucketSource}: in
 * memory by default, in a database shared by several instances with {@code camel-instagram-jdbc}.
 * <p>
 * A limit of L calls per period P allows at most L calls in any window of length P, with a 2% margin for network
 * jitter. Permits: per-second quotas hand out evenly spaced permits (a bucket of one token, refilled L times per
 * 1.02 P); the hourly quota allows a burst of a tenth of L, the rest spread over the hour. A call waits for its permit
 * on the scheduler, never on the caller's thread. Departures: a log of the last L calls per account and quota holds a
 * call back until the call L departures earlier got its answer more than 1.02 P ago (see
 * {@link MessagingRateLimiter#depart(String, MessagingQuota)}); the log is this instance's own, since the bucket
 * already spaces the permits of all instances.
 */
public final class Bucket4jMessagingRateLimiter implements MessagingRateLimiter {

    /**
     * Periods are the documented ones stretched by 2% by default: the server counts calls when they arrive, and the
     * network adds its own jitter after the call left; 2% of a second absorbs 20 ms of it. A shared source may ask for
     * more ({@link BucketSource#margin()}).
     */
    static final double MARGIN = 1.02;

    private final Map<MessagingQuota, Integer> limits;
    private final ScheduledExecutorService scheduler;
    private final TimeMeter timeMeter;
    private final BucketSource source;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, DepartureLog> departures = new ConcurrentHashMap<>();

    /**
     * @param limits    calls per period of each quota; a quota not in the map keeps its documented limit
     * @param scheduler where waiting calls are resumed
     * @param timeMeter the clock of the buckets ({@link TimeMeter#SYSTEM_NANOTIME} outside tests)
     */
    public Bucket4jMessagingRateLimiter(Map<MessagingQuota, Integer> limits, ScheduledExecutorService scheduler,
                                        TimeMeter timeMeter) {
        this(limits, scheduler, timeMeter, inMemory(timeMeter));
    }

    /**
     * @param source where the buckets are kept
     */
    public Bucket4jMessagingRateLimiter(Map<MessagingQuota, Integer> limits, ScheduledExecutorService scheduler,
                                        TimeMeter timeMeter, BucketSource source) {
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
        this.source = source;
    }

    /** Buckets of this JVM only. */
    public static BucketSource inMemory(TimeMeter timeMeter) {
        return (key, configuration) -> {
            var builder = Bucket.builder().withCustomTimePrecision(timeMeter);
            for (Bandwidth bandwidth : configuration.getBandwidths()) {
                builder.addLimit(bandwidth);
            }
            return builder.build();
        };
    }

    @Override
    public CompletableFuture<Void> acquire(String account, MessagingQuota quota, long maxWaitMillis) {
        try {
            Bucket bucket = buckets.computeIfAbsent(account + '/' + quota,
                    key -> source.bucket(key, configuration(quota)));
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
        } catch (RuntimeException e) {
            // a bucket kept in a database that cannot be reached: nothing is sent without the shared count
            return CompletableFuture.failedFuture(InstagramStateUnavailableException.of(
                    "the " + quota + " limit of account " + account, e));
        }
    }

    @Override
    public Departure depart(String account, MessagingQuota quota) {
        DepartureLog log = departures.computeIfAbsent(account + '/' + quota,
                key -> new DepartureLog(limits.get(quota), (long) (quota.period().toNanos() * source.margin()), timeMeter));
        return log.depart();
    }

    BucketConfiguration configuration(MessagingQuota quota) {
        int limit = limits.get(quota);
        boolean longPeriod = quota.period().compareTo(Duration.ofMinutes(1)) >= 0;
        int burst = longPeriod ? Math.max(1, limit / 10) : 1;
        long refill = longPeriod ? Math.max(1, limit - burst) : limit;
        Duration refillPeriod = Duration.ofNanos((long) (quota.period().toNanos() * source.margin()));
        Bandwidth bandwidth = Bandwidth.builder().capacity(burst).refillGreedy(refill, refillPeriod).build();
        return BucketConfiguration.builder().addLimit(bandwidth).build();
    }

    /** Where the bucket of one account and quota comes from. */
    @FunctionalInterface
    public interface BucketSource {

        /**
         * @param key           the account and quota, {@code <account>/<quota>}
         * @param configuration the limits of the quota
         */
        Bucket bucket(String key, BucketConfiguration configuration);

        /**
         * How much the documented periods are stretched: 1.02 (2%) by default. A source shared by several instances
         * stretches them more, since each instance's departure log sees only its own calls and cannot hold a call back
         * for the others' late answers.
         */
        default double margin() {
            return MARGIN;
        }
    }

    /**
     * The last {@code limit} calls of one account and quota, in departure order, each with the time its answer came
     * back ({@link #IN_FLIGHT} until then). A call may leave when the oldest of them got its answer more than a window
     * ago: every call before it did too, so at most {@code limit} calls can reach the API within any window.
     */
    private static final class DepartureLog {
        private static final long IN_FLIGHT = Long.MAX_VALUE;

        private final long[] answered;
        private final long windowNanos;
        private final TimeMeter clock;
        private int oldest;
        private int count;

        DepartureLog(int limit, long windowNanos, TimeMeter clock) {
            this.answered = new long[limit];
            this.windowNanos = windowNanos;
            this.clock = clock;
        }

        synchronized Departure depart() {
            long now = clock.currentTimeNanos();
            int slot;
            if (count < answered.length) {
                slot = (oldest + count) % answered.length;
                count++;
            } else {
                long previous = answered[oldest];
                if (previous == IN_FLIGHT) {
                    return new Wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(windowNanos / answered.length)));
                }
                if (now - previous < windowNanos) {
                    return new Wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(windowNanos - (now - previous)
                                                                                  + 999_999)));
                }
                slot = oldest;
                oldest = (oldest + 1) % answered.length;
            }
            answered[slot] = IN_FLIGHT;
            return new Ticket(slot);
        }

        synchronized void arrived(int slot) {
            answered[slot] = clock.currentTimeNanos();
        }

        private record Wait(long waitMillis) implements Departure {
            @Override
            public void arrived() {
                throw new IllegalStateException("A call told to wait did not leave");
            }
        }

        private final class Ticket implements Departure {
            private final int slot;

            Ticket(int slot) {
                this.slot = slot;
            }

            @Override
            public long waitMillis() {
                return 0;
            }

            @Override
            public void arrived() {
                DepartureLog.this.arrived(slot);
            }
        }
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

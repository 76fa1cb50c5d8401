package io.github.camelinstagram.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;
import io.github.camelinstagram.error.InstagramThrottledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limiter paces a burst on a clock the test controls: a scheduler that records each requested wait and moves the
 * clock by it instead of sleeping.
 */
class Bucket4jMessagingRateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    private final RecordingScheduler scheduler = new RecordingScheduler(nanos);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void burstOfTextsIsSpreadAtTheDocumentedRate() {
        Bucket4jMessagingRateLimiter limiter = new Bucket4jMessagingRateLimiter(Map.of(), scheduler, clock);

        List<CompletableFuture<Void>> permits = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            permits.add(limiter.acquire("acct", MessagingQuota.SEND, 60_000));
        }
        CompletableFuture.allOf(permits.toArray(CompletableFuture[]::new)).join();

        long elapsedMillis = (nanos.get() - 1_000_000_000L) / 1_000_000;
        assertEquals(299, scheduler.delays.size(), "the first call goes at once, every other one waits its turn");
        assertTrue(elapsedMillis >= 3_030 && elapsedMillis <= 3_080,
                "300 calls at 100/s with a 2% margin take about 3.05 s of the test clock, took " + elapsedMillis);
        for (long delay : scheduler.delays) {
            assertTrue(delay <= 10_300_000, "each waits at most one interval after the clock moved: " + delay);
        }
    }

    @Test
    void accountsAndQuotasHaveTheirOwnBuckets() {
        Bucket4jMessagingRateLimiter limiter = new Bucket4jMessagingRateLimiter(Map.of(), scheduler, clock);

        limiter.acquire("a", MessagingQuota.CONVERSATIONS, 0).join();
        limiter.acquire("b", MessagingQuota.CONVERSATIONS, 0).join();
        limiter.acquire("a", MessagingQuota.SEND, 0).join();

        CompletionException error = assertThrows(CompletionException.class,
                () -> limiter.acquire("a", MessagingQuota.CONVERSATIONS, 0).join());
        InstagramThrottledException throttled = assertInstanceOf(InstagramThrottledException.class, error.getCause());
        assertTrue(throttled.getMessage().contains("CONVERSATIONS limit of 2 calls per 1s for account a"),
                throttled.getMessage());
    }

    @Test
    void callThatWouldWaitLongerThanAllowedFailsAtOnce() {
        Bucket4jMessagingRateLimiter limiter = new Bucket4jMessagingRateLimiter(
                Map.of(MessagingQuota.SEND_AUDIO_VIDEO, 1), scheduler, clock);

        limiter.acquire("a", MessagingQuota.SEND_AUDIO_VIDEO, 500).join();

        assertThrows(CompletionException.class, () -> limiter.acquire("a", MessagingQuota.SEND_AUDIO_VIDEO, 500).join());
        assertTrue(scheduler.delays.isEmpty(), "nothing was scheduled for a call that cannot get a turn in time");
    }

    @Test
    void hourlyPrivateRepliesAllowABurstOfATenthThenSpreadTheRest() {
        Bucket4jMessagingRateLimiter limiter = new Bucket4jMessagingRateLimiter(Map.of(), scheduler, clock);

        for (int i = 0; i < 75; i++) {
            limiter.acquire("a", MessagingQuota.PRIVATE_REPLY, 0).join();
        }
        assertThrows(CompletionException.class, () -> limiter.acquire("a", MessagingQuota.PRIVATE_REPLY, 0).join());

        limiter.acquire("a", MessagingQuota.PRIVATE_REPLY, 60_000).join();
        long waitedMillis = scheduler.delays.get(0) / 1_000_000;
        assertTrue(waitedMillis > 5_200 && waitedMillis < 5_600,
                "675 more replies spread over 1.02 h: one every ~5.4 s, waited " + waitedMillis + " ms");
    }

    @Test
    void aCallLeavesOnlyOnceTheCallLimitDeparturesEarlierWasAnsweredAWindowAgo() {
        Bucket4jMessagingRateLimiter limiter = new Bucket4jMessagingRateLimiter(
                Map.of(MessagingQuota.CONVERSATIONS, 3), scheduler, clock);

        MessagingRateLimiter.Departure first = limiter.depart("a", MessagingQuota.CONVERSATIONS);
        MessagingRateLimiter.Departure second = limiter.depart("a", MessagingQuota.CONVERSATIONS);
        MessagingRateLimiter.Departure third = limiter.depart("a", MessagingQuota.CONVERSATIONS);
        assertEquals(0, first.waitMillis() + second.waitMillis() + third.waitMillis());

        assertEquals(340, limiter.depart("a", MessagingQuota.CONVERSATIONS).waitMillis(),
                "the first call has no answer yet: it may still arrive late, so ask again after one interval");
        nanos.addAndGet(200_000_000);
        first.arrived();
        assertEquals(1_020, limiter.depart("a", MessagingQuota.CONVERSATIONS).waitMillis(),
                "a full window after the first call's answer");
        assertEquals(0, limiter.depart("b", MessagingQuota.CONVERSATIONS).waitMillis(), "other accounts are free");

        nanos.addAndGet(1_020_000_000);
        MessagingRateLimiter.Departure fourth = limiter.depart("a", MessagingQuota.CONVERSATIONS);
        assertEquals(0, fourth.waitMillis());
        assertEquals(340, limiter.depart("a", MessagingQuota.CONVERSATIONS).waitMillis(),
                "the second call is still in flight");
        assertThrows(IllegalStateException.class,
                () -> limiter.depart("a", MessagingQuota.CONVERSATIONS).arrived(), "a wait is not a departure");
    }

    @Test
    void limitsBelowOneAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Bucket4jMessagingRateLimiter(Map.of(MessagingQuota.SEND, 0), scheduler, clock));
    }

    /** Runs scheduled work at once, after moving the test clock by the requested delay. */
    private static final class RecordingScheduler extends ScheduledThreadPoolExecutor {
        final List<Long> delays = new ArrayList<>();
        private final AtomicLong nanos;

        RecordingScheduler(AtomicLong nanos) {
            super(1);
            this.nanos = nanos;
        }

        @Override
        public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            long delayNanos = unit.toNanos(delay);
            delays.add(delayNanos);
            nanos.addAndGet(delayNanos);
            command.run();
            return super.schedule(() -> { }, 0, TimeUnit.NANOSECONDS);
        }
    }
}

package io.github.camelinstagram.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CallPacerTest {

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final CallPacer pacer = new CallPacer(new InMemoryRateLimitState(), true, 90, 1_000, clock::get);

    @Test
    void belowThresholdCallsGoAtOnce() {
        pacer.record("a", new UsageReport(89, Duration.ZERO));

        assertEquals(0, pacer.delayBeforeCall("a"));
        assertEquals(0, pacer.delayBeforeCall("a"));
        assertEquals(0, pacer.delayBeforeCall("unknown"));
    }

    @Test
    void aboveThresholdCallsAreSpacedPerAccount() {
        pacer.record("a", new UsageReport(100, Duration.ZERO));

        assertEquals(0, pacer.delayBeforeCall("a"));
        assertEquals(1_000, pacer.delayBeforeCall("a"));
        assertEquals(2_000, pacer.delayBeforeCall("a"));
        assertEquals(0, pacer.delayBeforeCall("b"), "other accounts are not slowed");

        clock.addAndGet(10_000);
        assertEquals(0, pacer.delayBeforeCall("a"), "slots in the past are not owed");
    }

    @Test
    void callRefusedForWaitingTooLongReservesNothing() {
        pacer.record("a", new UsageReport(100, Duration.ZERO));

        assertEquals(0, pacer.delayBeforeCall("a", 1_500));
        assertEquals(1_000, pacer.delayBeforeCall("a", 1_500));
        for (int i = 0; i < 200; i++) {
            assertEquals(-1, pacer.delayBeforeCall("a", 1_500), "slot at 2 s is beyond the 1.5 s allowed");
        }
        clock.addAndGet(2_000);
        assertEquals(0, pacer.delayBeforeCall("a", 1_500), "the refused calls pushed nothing back");
    }

    @Test
    void blockBeyondTheAllowedWaitIsRefused() {
        pacer.record("a", new UsageReport(100, Duration.ofMinutes(2)));

        assertEquals(-1, pacer.delayBeforeCall("a", 60_000));
        assertEquals(120_000, pacer.delayBeforeCall("a", 120_000));
    }

    @Test
    void intervalGrowsFromATenthAtTheThresholdToTheWholeSlowdown() {
        assertEquals(100, pacer.intervalAt(90));
        assertEquals(550, pacer.intervalAt(95));
        assertEquals(1_000, pacer.intervalAt(100));
        assertEquals(1_000, pacer.intervalAt(140));
    }

    @Test
    void blockedAccountWaitsUntilItRegainsAccess() {
        pacer.record("a", new UsageReport(100, Duration.ofMinutes(2)));

        assertEquals(120_000, pacer.delayBeforeCall("a"));
        clock.addAndGet(119_000);
        assertEquals(1_000, pacer.delayBeforeCall("a"));
    }

    @Test
    void laterAnswerWithoutUsageKeepsTheBlock() {
        pacer.record("a", new UsageReport(100, Duration.ofMinutes(1)));
        pacer.record("a", UsageReport.NONE);
        pacer.record("a", new UsageReport(20, Duration.ZERO));

        assertEquals(60_000, pacer.delayBeforeCall("a"));
    }

    @Test
    void disabledPacerNeverWaits() {
        CallPacer off = new CallPacer(new InMemoryRateLimitState(), false, 90, 1_000, clock::get);
        off.record("a", new UsageReport(100, Duration.ofMinutes(2)));

        assertEquals(0, off.delayBeforeCall("a"));
    }
}

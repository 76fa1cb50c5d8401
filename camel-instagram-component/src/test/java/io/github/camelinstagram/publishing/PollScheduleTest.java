package io.github.camelinstagram.publishing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default schedule checks about every second at first, a quarter of the time already waited later, and once a
 * minute at most.
 */
class PollScheduleTest {

    private final PollSchedule schedule = new PollSchedule(1_000, 60_000);

    @Test
    void firstSecondsAreCheckedEverySecond() {
        assertEquals(1_000, schedule.nextDelay(0));
        assertEquals(1_000, schedule.nextDelay(1_000));
        assertEquals(1_000, schedule.nextDelay(4_000));
        assertEquals(1_250, schedule.nextDelay(5_000));
    }

    @Test
    void intervalGrowsWithTheWaitUpToOnceAMinute() {
        assertEquals(15_000, schedule.nextDelay(60_000));
        assertEquals(60_000, schedule.nextDelay(240_000));
        assertEquals(60_000, schedule.nextDelay(3_600_000));
    }

    @Test
    void mediaIsSeenWithinAQuarterOfItsProcessingTime() {
        List<Long> checks = checksUntil(300_000);
        assertEquals(List.of(1_000L, 2_000L, 3_000L, 4_000L, 5_000L, 6_250L), checks.subList(0, 6));
        for (long ready : new long[] { 1_500, 6_000, 20_000, 100_000 }) {
            long seen = checks.stream().filter(at -> at >= ready).findFirst().orElseThrow();
            assertTrue(seen - ready <= Math.max(1_000, ready / 4), "ready at " + ready + ", seen at " + seen);
        }
        assertTrue(checks.size() <= 25, "five minutes cost " + checks.size() + " checks");
    }

    private List<Long> checksUntil(long end) {
        List<Long> checks = new ArrayList<>();
        long at = schedule.initialDelayMillis();
        while (at <= end) {
            checks.add(at);
            at += schedule.nextDelay(at);
        }
        return checks;
    }
}

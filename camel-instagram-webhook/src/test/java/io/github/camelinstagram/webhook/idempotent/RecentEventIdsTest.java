package io.github.camelinstagram.webhook.idempotent;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentEventIdsTest {

    private final AtomicLong clock = new AtomicLong();
    private final RecentEventIds ids = new RecentEventIds(5_000, Duration.ofHours(48), clock::get);

    @Test
    void aBatchOfAThousandRedeliveredManyTimesIsKnownEveryTime() {
        for (int i = 0; i < 1_000; i++) {
            assertTrue(ids.add("mid." + i));
        }
        for (int redelivery = 0; redelivery < 20; redelivery++) {
            clock.addAndGet(Duration.ofHours(1).toNanos());
            for (int i = 0; i < 1_000; i++) {
                assertFalse(ids.add("mid." + i), "redelivery " + redelivery + " of mid." + i);
            }
        }
    }

    @Test
    void idsPastTheRetentionAreForgotten() {
        ids.add("old");
        clock.addAndGet(Duration.ofHours(47).toNanos());
        ids.add("recent");
        clock.addAndGet(Duration.ofHours(2).toNanos());

        assertFalse(ids.contains("old"));
        assertTrue(ids.contains("recent"));
        assertEquals(1, ids.size());
    }

    @Test
    void aBurstBeyondTheCapacityForgetsTheOldestFirst() {
        for (int i = 0; i < 6_000; i++) {
            ids.add("burst." + i);
        }

        assertEquals(5_000, ids.size());
        assertFalse(ids.contains("burst.999"));
        assertTrue(ids.contains("burst.1000"));
        assertTrue(ids.contains("burst.5999"));
    }

    @Test
    void aRemovedIdCanBeAddedAgain() {
        assertTrue(ids.add("failed"));
        assertTrue(ids.remove("failed"));
        assertTrue(ids.add("failed"));
    }
}

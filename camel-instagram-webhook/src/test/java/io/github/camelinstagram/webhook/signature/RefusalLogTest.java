package io.github.camelinstagram.webhook.signature;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelinstagram.testing.LogCapture;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefusalLogTest {

    @Test
    void warnsAtMostOnceAMinuteWithTheCountSinceTheLastWarning() {
        AtomicLong clock = new AtomicLong(1_000);
        RefusalLog refusals = new RefusalLog("/ig", clock::get);
        try (LogCapture log = LogCapture.capture()) {
            refusals.refused("10.0.0.1", "wrong");
            for (int i = 0; i < 99; i++) {
                clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(100));
                refusals.refused("10.0.0.2", "wrong");
            }
            clock.addAndGet(TimeUnit.SECONDS.toNanos(51));
            refusals.refused("10.0.0.3", "missing");

            assertEquals(2, log.find(Level.WARN, "refused").size(), log.dump());
            assertTrue(log.find(Level.WARN, "refused").get(0).text().contains("refused 1 request"), log.dump());
            assertTrue(log.find(Level.WARN, "refused").get(1).text().contains("refused 100 request"), log.dump());
            assertTrue(log.dump().contains("/ig") && log.dump().contains("10.0.0.3"), log.dump());
        }
    }
}

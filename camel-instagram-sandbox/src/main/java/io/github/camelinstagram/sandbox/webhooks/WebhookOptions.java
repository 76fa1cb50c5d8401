package io.github.camelinstagram.sandbox.webhooks;

import java.time.Duration;
import java.util.List;

/**
 * How webhooks are delivered.
 *
 * @param batchWindow   events within this time of the first pending one go in one request
 * @param retrySchedule the waits before the 2nd, 3rd, ... attempt of a request not answered with 2xx; after the last,
 *                      the request is dropped
 * @param timeout       how long an attempt waits for the callback's answer (also the connect timeout)
 * @param maxBatchSize  the most events in one request (Meta: up to 1000)
 */
public record WebhookOptions(Duration batchWindow, List<Duration> retrySchedule, Duration timeout, int maxBatchSize) {

    /**
     * Meta retries immediately, then less and less often for 36 hours; compressed here into 0.5 s, 1 s, 2 s, 4 s, 8 s,
     * 16 s, 32 s (8 attempts over about a minute). Events are batched within 50 ms, 1000 at most.
     */
    public static final WebhookOptions DEFAULT = new WebhookOptions(Duration.ofMillis(50),
            List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                    Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(32)),
            Duration.ofSeconds(10), 1000);

    public WebhookOptions {
        retrySchedule = List.copyOf(retrySchedule);
        if (batchWindow.isNegative() || timeout.isNegative() || timeout.isZero() || maxBatchSize < 1
            || retrySchedule.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("Invalid webhook options: " + batchWindow + ", " + retrySchedule
                                               + ", " + timeout + ", " + maxBatchSize);
        }
    }

    public WebhookOptions withBatchWindow(Duration window) {
        return new WebhookOptions(window, retrySchedule, timeout, maxBatchSize);
    }

    public WebhookOptions withRetrySchedule(List<Duration> schedule) {
        return new WebhookOptions(batchWindow, schedule, timeout, maxBatchSize);
    }

    public WebhookOptions withTimeout(Duration attemptTimeout) {
        return new WebhookOptions(batchWindow, retrySchedule, attemptTimeout, maxBatchSize);
    }
}

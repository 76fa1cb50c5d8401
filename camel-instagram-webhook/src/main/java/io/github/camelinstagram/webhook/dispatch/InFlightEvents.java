package io.github.camelinstagram.webhook.dispatch;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The events this consumer is routing right now, by event id, each with the future of its outcome (true when the
 * route handled it). Meta delivers a request again when its answer is late, possibly while the first delivery still
 * routes the same events: the later delivery finds them here and waits for their outcome instead of acknowledging
 * them as duplicates (an earlier routing that then failed would lose the event) or routing them a second time.
 */
public final class InFlightEvents {

    private final Map<String, CompletableFuture<Boolean>> running = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    /**
     * Claims the event for routing.
     *
     * @return null when the caller now routes the event and must {@link #done(String, CompletableFuture, boolean)} it;
     *         otherwise the outcome of the routing already under way
     */
    CompletableFuture<Boolean> claim(String eventId, CompletableFuture<Boolean> mine) {
        return running.putIfAbsent(eventId, mine);
    }

    /** Ends a routing claimed with {@link #claim}, telling those who wait for it how it went. */
    void done(String eventId, CompletableFuture<Boolean> mine, boolean success) {
        running.remove(eventId, mine);
        mine.complete(success);
    }

    /** How many events are being routed now. */
    public int size() {
        return running.size();
    }

    /** How many redeliveries are waiting now for an earlier delivery of their event. */
    public int waiting() {
        return waiting.get();
    }

    void waitStarted() {
        waiting.incrementAndGet();
    }

    void waitEnded() {
        waiting.decrementAndGet();
    }
}

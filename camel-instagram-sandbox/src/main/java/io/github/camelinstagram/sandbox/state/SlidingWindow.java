package io.github.camelinstagram.sandbox.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Counts calls per key in a rolling time window. Thread-safe. */
public final class SlidingWindow {

    private final Duration window;
    private final Map<String, Deque<Instant>> calls = new HashMap<>();

    public SlidingWindow(Duration window) {
        this.window = window;
    }

    public Duration window() {
        return window;
    }

    /** Counts a call when fewer than {@code limit} are in the window; answers whether it was counted. */
    public synchronized boolean tryAcquire(String key, int limit, Instant now) {
        Deque<Instant> deque = prune(key, now);
        if (deque.size() >= limit) {
            return false;
        }
        deque.addLast(now);
        return true;
    }

    /** Counts a call whatever the count. */
    public synchronized void record(String key, Instant now) {
        prune(key, now).addLast(now);
    }

    /** Calls in the window ending now. */
    public synchronized int count(String key, Instant now) {
        return prune(key, now).size();
    }

    /** How long until fewer than {@code limit} calls are in the window (zero when already so). */
    public synchronized Duration timeUntilBelow(String key, int limit, Instant now) {
        Deque<Instant> deque = prune(key, now);
        if (deque.size() < limit) {
            return Duration.ZERO;
        }
        Instant freeing = deque.stream().skip(deque.size() - limit).findFirst().orElse(now);
        return Duration.between(now, freeing.plus(window));
    }

    public synchronized void clear() {
        calls.clear();
    }

    private Deque<Instant> prune(String key, Instant now) {
        Deque<Instant> deque = calls.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant oldest = now.minus(window);
        while (!deque.isEmpty() && !deque.peekFirst().isAfter(oldest)) {
            deque.removeFirst();
        }
        return deque;
    }
}

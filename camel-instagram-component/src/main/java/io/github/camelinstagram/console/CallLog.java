package io.github.camelinstagram.console;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.github.camelinstagram.metrics.InstagramMetrics;

/**
 * What the dev console shows of a component's calls: counts by outcome since start, and the last {@value #KEPT}
 * failures with their family (the {@code outcome} of the metrics), operation and message. The messages are the
 * component's own, which never hold a token.
 */
public final class CallLog implements InstagramMetrics {

    static final int KEPT = 20;
    private static final int MESSAGE_LENGTH = 300;

    private final Clock clock;
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final Deque<Failure> failures = new ArrayDeque<>();

    public CallLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void call(String operation, String outcome, long nanos) {
        outcomes.computeIfAbsent(outcome, o -> new LongAdder()).increment();
    }

    @Override
    public void failed(String operation, String outcome, Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.length() > MESSAGE_LENGTH) {
            message = message.substring(0, MESSAGE_LENGTH) + "...";
        }
        Failure entry = new Failure(clock.instant(), operation, outcome, failure.getClass().getSimpleName(), message);
        synchronized (failures) {
            failures.addFirst(entry);
            while (failures.size() > KEPT) {
                failures.removeLast();
            }
        }
    }

    /** Calls since start, by outcome, in name order. */
    public Map<String, Long> outcomes() {
        Map<String, Long> counts = new TreeMap<>();
        outcomes.forEach((outcome, count) -> counts.put(outcome, count.sum()));
        return counts;
    }

    /** The most recent failures, newest first. */
    public List<Failure> recentFailures() {
        synchronized (failures) {
            return new ArrayList<>(failures);
        }
    }

    /**
     * One failed exchange.
     *
     * @param family the outcome: throttled, transient, token_expired, ...
     * @param type   the exception's simple class name
     */
    public record Failure(Instant time, String operation, String family, String type, String message) {
    }
}

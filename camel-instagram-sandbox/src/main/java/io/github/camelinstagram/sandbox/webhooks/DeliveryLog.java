package io.github.camelinstagram.sandbox.webhooks;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last {@value #CAPACITY} lines of webhook delivery: every attempt with its answer, and skipped events.
 * Thread-safe.
 */
public final class DeliveryLog {

    static final int CAPACITY = 1000;

    private final Clock realTime;
    private final Deque<DeliveryAttempt> entries = new ArrayDeque<>();
    private long sequence;

    public DeliveryLog(Clock realTime) {
        this.realTime = realTime;
    }

    /** Adds a line, numbering it. */
    synchronized DeliveryAttempt add(String deliveryId, int attempt, String url, int eventCount, List<String> fields,
                                     DeliveryAttempt.Outcome outcome, Integer status, String error, String response,
                                     long durationMs, Long nextRetryMs, String payload) {
        DeliveryAttempt entry = new DeliveryAttempt(++sequence, deliveryId, attempt, realTime.instant(), url,
                eventCount, List.copyOf(fields), outcome, status, error, response, durationMs, nextRetryMs, payload);
        entries.addLast(entry);
        while (entries.size() > CAPACITY) {
            entries.removeFirst();
        }
        return entry;
    }

    /** Every line, oldest first. */
    public synchronized List<DeliveryAttempt> entries() {
        return List.copyOf(entries);
    }

    /** Lines after the given sequence number, oldest first. */
    public synchronized List<DeliveryAttempt> since(long afterSequence) {
        return entries.stream().filter(e -> e.sequence() > afterSequence).toList();
    }

    public synchronized void clear() {
        entries.clear();
    }
}

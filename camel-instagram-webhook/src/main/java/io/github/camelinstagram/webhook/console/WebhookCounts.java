package io.github.camelinstagram.webhook.console;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.github.camelinstagram.metrics.InstagramMetrics;

/** What the dev console shows of one webhook consumer: requests by the status answered, events by outcome. */
public final class WebhookCounts implements InstagramMetrics {

    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

    @Override
    public void webhookRequest(int status) {
        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    @Override
    public void webhookEvent(String field, String outcome) {
        outcomes.computeIfAbsent(outcome, o -> new LongAdder()).increment();
    }

    /** Requests since start, by the HTTP status answered. */
    public Map<String, Long> requests() {
        Map<String, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(Integer.toString(status), count.sum()));
        return counts;
    }

    /** Events since start, by outcome: routed, duplicate, failed, filtered, busy. */
    public Map<String, Long> events() {
        Map<String, Long> counts = new TreeMap<>();
        outcomes.forEach((outcome, count) -> counts.put(outcome, count.sum()));
        return counts;
    }
}

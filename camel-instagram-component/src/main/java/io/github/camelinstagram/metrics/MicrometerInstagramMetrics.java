package io.github.camelinstagram.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;

/**
 * {@link InstagramMetrics} in a Micrometer registry. Loaded only when micrometer-core is on the class path. Each meter
 * is registered once per tag values and kept, so that recording on the call path is a map lookup.
 */
final class MicrometerInstagramMetrics implements InstagramMetrics {

    private final MeterRegistry registry;
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();
    private final Map<List<String>, Timer> timers = new ConcurrentHashMap<>();

    private MicrometerInstagramMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    static InstagramMetrics lookup(CamelContext context) {
        MeterRegistry registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        return registry == null ? NONE : new MicrometerInstagramMetrics(registry);
    }

    @Override
    public void call(String operation, String outcome, long nanos) {
        counter("camel.instagram.calls", "Exchanges of the instagram: producer, by outcome", "operation", operation,
                "outcome", outcome).increment();
        timer("camel.instagram.call.duration", "Time of an instagram: exchange, waits included", "operation",
                operation).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void retry(String operation) {
        counter("camel.instagram.retries", "Calls sent again after a transient failure", "operation", operation)
                .increment();
    }

    @Override
    public void rateLimitWait(String quota, long nanos) {
        timer("camel.instagram.ratelimit.wait", "Time a call waited for a rate limit", "quota", quota)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void webhookRequest(int status) {
        counter("camel.instagram.webhook.requests", "Webhook requests, by the status answered", "status",
                Integer.toString(status)).increment();
    }

    @Override
    public void webhookEvent(String field, String outcome) {
        counter("camel.instagram.webhook.events", "Webhook events, by outcome", "field",
                field == null ? "unknown" : field, "outcome", outcome).increment();
    }

    /** @param tags tag names and values, alternately */
    private Counter counter(String name, String description, String... tags) {
        return counters.computeIfAbsent(key(name, tags),
                key -> Counter.builder(name).description(description).tags(tags).register(registry));
    }

    private Timer timer(String name, String description, String... tags) {
        return timers.computeIfAbsent(key(name, tags),
                key -> Timer.builder(name).description(description).tags(tags).register(registry));
    }

    private static List<String> key(String name, String... tags) {
        String[] key = new String[tags.length + 1];
        key[0] = name;
        System.arraycopy(tags, 0, key, 1, tags.length);
        return List.of(key);
    }
}

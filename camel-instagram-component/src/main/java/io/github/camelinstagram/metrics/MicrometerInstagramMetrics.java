package io.github.camelinstagram.metrics;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;

/** {@link InstagramMetrics} in a Micrometer registry. Loaded only when micrometer-core is on the class path. */
final class MicrometerInstagramMetrics implements InstagramMetrics {

    private final MeterRegistry registry;

    private MicrometerInstagramMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    static InstagramMetrics lookup(CamelContext context) {
        MeterRegistry registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        return registry == null ? NONE : new MicrometerInstagramMetrics(registry);
    }

    @Override
    public void call(String operation, String outcome, long nanos) {
        Counter.builder("camel.instagram.calls").description("Exchanges of the instagram: producer, by outcome")
                .tag("operation", operation).tag("outcome", outcome).register(registry).increment();
        Timer.builder("camel.instagram.call.duration").description("Time of an instagram: exchange, waits included")
                .tag("operation", operation).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void retry(String operation) {
        Counter.builder("camel.instagram.retries").description("Calls sent again after a transient failure")
                .tag("operation", operation).register(registry).increment();
    }

    @Override
    public void rateLimitWait(String quota, long nanos) {
        Timer.builder("camel.instagram.ratelimit.wait").description("Time a call waited for a rate limit")
                .tag("quota", quota).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void webhookRequest(int status) {
        Counter.builder("camel.instagram.webhook.requests").description("Webhook requests, by the status answered")
                .tag("status", Integer.toString(status)).register(registry).increment();
    }

    @Override
    public void webhookEvent(String field, String outcome) {
        Counter.builder("camel.instagram.webhook.events").description("Webhook events, by outcome")
                .tag("field", field == null ? "unknown" : field).tag("outcome", outcome).register(registry)
                .increment();
    }
}

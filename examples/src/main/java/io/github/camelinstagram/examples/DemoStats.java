package io.github.camelinstagram.examples;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSentEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Counts what the example routes did, from Camel's own events: webhook events routed without error, replies sent
 * (messages, public and private replies) and posts published.
 */
public final class DemoStats extends EventNotifierSupport {

    static final String WEBHOOK_ROUTE = "instagram-events";

    private final AtomicInteger eventsHandled = new AtomicInteger();
    private final AtomicInteger repliesSent = new AtomicInteger();
    private final AtomicInteger postsPublished = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    /** Listens to completed and sent exchanges; Camel emits a sent event only where a notifier takes sending ones. */
    public DemoStats() {
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeRedeliveryEvents(true);
    }

    @Override
    public void notify(CamelEvent event) {
        count(event);
        synchronized (this) {
            notifyAll();
        }
    }

    /**
     * Waits until the routes have done at least this much, or the timeout passed.
     *
     * @return whether the counts were reached
     */
    public synchronized boolean awaitAtLeast(int events, int replies, int posts, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (eventsHandled() < events || repliesSent() < replies || postsPublished() < posts) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    private void count(CamelEvent event) {

        if (event instanceof ExchangeCompletedEvent completed) {
            Exchange exchange = completed.getExchange();
            if (WEBHOOK_ROUTE.equals(exchange.getFromRouteId())) {
                if (exchange.isFailed()) {
                    failures.incrementAndGet();
                } else {
                    eventsHandled.incrementAndGet();
                }
            }
        } else if (event instanceof ExchangeSentEvent sent && sent.getExchange().getException() == null) {
            String uri = sent.getEndpoint().getEndpointUri();
            if (uri.startsWith("instagram://sendMessage") || uri.startsWith("instagram://privateReply")
                || uri.startsWith("instagram://reply")) {
                repliesSent.incrementAndGet();
            } else if (uri.startsWith("instagram://publish")) {
                postsPublished.incrementAndGet();
            }
        }
    }

    public int eventsHandled() {
        return eventsHandled.get();
    }

    public int repliesSent() {
        return repliesSent.get();
    }

    public int postsPublished() {
        return postsPublished.get();
    }

    public int failures() {
        return failures.get();
    }

    /** The demo's last line. */
    public String summary() {
        return "demo: " + eventsHandled() + " webhook events handled, " + repliesSent() + " replies sent, "
               + postsPublished() + " posts published";
    }
}

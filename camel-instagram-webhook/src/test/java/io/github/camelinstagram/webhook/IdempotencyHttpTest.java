package io.github.camelinstagram.webhook;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelinstagram.InstagramConstants;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.junit.jupiter.api.Test;

import static io.github.camelinstagram.webhook.Payloads.messaging;
import static io.github.camelinstagram.webhook.Payloads.textMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At least once without duplicates: keys are confirmed after the route succeeded and removed when it failed, the
 * request is answered 200 only when every event succeeded, and a redelivery routes only what has not succeeded yet.
 */
class IdempotencyHttpTest {

    /** Routes events, failing those whose text is "fail" as many times as asked, and counts attempts per event. */
    private static final class FlakyRoute extends RouteBuilder {

        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
        final AtomicInteger failuresLeft;
        final String uri;

        FlakyRoute(String uri, int failures) {
            this.uri = uri;
            this.failuresLeft = new AtomicInteger(failures);
        }

        @Override
        public void configure() {
            from(uri).process(exchange -> {
                String id = exchange.getMessage().getHeader(InstagramConstants.EVENT_ID, String.class);
                attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                if ("fail".equals(exchange.getMessage().getHeader(InstagramConstants.TEXT))
                    && failuresLeft.getAndDecrement() > 0) {
                    throw new IllegalStateException("downstream unavailable");
                }
                successes.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            });
        }

        int attempts(String id) {
            AtomicInteger count = attempts.get(id);
            return count == null ? 0 : count.get();
        }

        int successes(String id) {
            AtomicInteger count = successes.get(id);
            return count == null ? 0 : count.get();
        }
    }

    @Test
    void aRedeliveredRequestIsAcknowledgedWithoutRoutingAgain() throws Exception {
        FlakyRoute route = new FlakyRoute(WebhookServer.URI, 0);
        try (WebhookServer server = WebhookServer.start(route)) {
            String json = messaging(textMessage("d1", "a"), textMessage("d2", "b"));
            assertEquals(200, server.postSigned(json).statusCode());
            assertEquals(200, server.postSigned(json).statusCode());
            assertEquals(200, server.postSigned(messaging(textMessage("d2", "b"), textMessage("d3", "c"))).statusCode());
            assertEquals(1, route.attempts("d1"));
            assertEquals(1, route.attempts("d2"));
            assertEquals(1, route.attempts("d3"));
        }
    }

    @Test
    void aFailedEventMakesThe500AndOnlyItIsRoutedAgain() throws Exception {
        FlakyRoute route = new FlakyRoute(WebhookServer.URI, 1);
        try (WebhookServer server = WebhookServer.start(route)) {
            String json = messaging(textMessage("r1", "ok"), textMessage("r2", "fail"), textMessage("r3", "ok"));
            assertEquals(500, server.postSigned(json).statusCode());
            assertEquals(1, route.successes("r1"));
            assertEquals(0, route.successes("r2"));
            assertEquals(1, route.successes("r3"), "events after a failed one are still routed");
            assertEquals(200, server.postSigned(json).statusCode());
            assertEquals(1, route.attempts("r1"));
            assertEquals(2, route.attempts("r2"));
            assertEquals(1, route.successes("r2"));
            assertEquals(1, route.attempts("r3"));
            assertEquals(200, server.postSigned(json).statusCode());
            assertEquals(2, route.attempts("r2"));
        }
    }

    @Test
    void anExceptionHandledByTheRouteCountsAsSuccess() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (WebhookServer server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IllegalStateException.class).handled(true);
                from(WebhookServer.URI).process(exchange -> {
                    calls.incrementAndGet();
                    throw new IllegalStateException("handled by onException");
                });
            }
        })) {
            String json = messaging(textMessage("h1", "x"));
            assertEquals(200, server.postSigned(json).statusCode());
            assertEquals(200, server.postSigned(json).statusCode());
            assertEquals(1, calls.get());
        }
    }

    @Test
    void keysAreAddedBeforeRoutingConfirmedAfterSuccessAndRemovedAfterFailure() throws Exception {
        List<String> calls = new CopyOnWriteArrayList<>();
        RecordingRepository repository = new RecordingRepository(calls);
        try (WebhookServer server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI + "&idempotentRepository=#recording").process(exchange -> {
                    String id = exchange.getMessage().getHeader(InstagramConstants.EVENT_ID, String.class);
                    calls.add("route:" + id);
                    if ("fail".equals(exchange.getMessage().getHeader(InstagramConstants.TEXT))) {
                        throw new IllegalStateException("boom");
                    }
                });
            }
        }, Map.of("recording", repository))) {
            assertEquals(500, server.postSigned(messaging(textMessage("k1", "ok"), textMessage("k2", "fail")))
                    .statusCode());
            assertEquals(List.of("add:k1", "route:k1", "confirm:k1", "add:k2", "route:k2", "remove:k2"), calls);
            assertTrue(repository.delegate.contains("k1"));
            assertTrue(!repository.delegate.contains("k2"));
        }
    }

    @Test
    void aSharedRepositoryDeduplicatesAcrossInstances() throws Exception {
        IdempotentRepository shared = MemoryIdempotentRepository.memoryIdempotentRepository(100);
        FlakyRoute first = new FlakyRoute(WebhookServer.URI + "&idempotentRepository=#shared", 0);
        FlakyRoute second = new FlakyRoute(WebhookServer.URI + "&idempotentRepository=#shared", 0);
        try (WebhookServer one = WebhookServer.start(first, Map.of("shared", shared));
             WebhookServer two = WebhookServer.start(second, Map.of("shared", shared))) {
            String json = messaging(textMessage("s1", "a"), textMessage("s2", "b"));
            assertEquals(200, one.postSigned(json).statusCode());
            assertEquals(200, two.postSigned(json).statusCode());
            assertEquals(1, first.attempts("s1") + second.attempts("s1"));
            assertEquals(1, first.attempts("s2") + second.attempts("s2"));
            assertEquals(0, second.attempts("s1"));
            assertTrue(shared.contains("s1"));
        }
        assertTrue(shared.contains("s2"), "a repository that is not the consumer's own stays usable after it stops");
    }

    /** Records add, confirm and remove in the order they happen. */
    private static final class RecordingRepository extends ServiceSupport implements IdempotentRepository {

        final IdempotentRepository delegate = MemoryIdempotentRepository.memoryIdempotentRepository(100);
        final List<String> calls;

        RecordingRepository(List<String> calls) {
            this.calls = calls;
        }

        @Override
        protected void doStart() throws Exception {
            delegate.start();
        }

        @Override
        public boolean add(String key) {
            calls.add("add:" + key);
            return delegate.add(key);
        }

        @Override
        public boolean contains(String key) {
            return delegate.contains(key);
        }

        @Override
        public boolean remove(String key) {
            calls.add("remove:" + key);
            return delegate.remove(key);
        }

        @Override
        public boolean confirm(String key) {
            calls.add("confirm:" + key);
            return delegate.confirm(key);
        }

        @Override
        public void clear() {
            delegate.clear();
        }
    }
}

package io.github.camelinstagram.webhook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelinstagram.InstagramConstants;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many senders at once, every event sent in two different requests (so duplicates race each other): every request is
 * answered 200 and every event is routed exactly once.
 */
class ConcurrencyHttpTest {

    private static final int SENDERS = 16;
    private static final int REQUESTS = 400;
    private static final int EVENTS_PER_REQUEST = 4;

    @Test
    void everyEventIsRoutedExactlyOnce() throws Exception {
        Map<String, AtomicInteger> routed = new ConcurrentHashMap<>();
        // the first event routed waits (at most 10 s) for a second one to enter the route: only concurrent
        // processing lets it through in time
        CountDownLatch overlap = new CountDownLatch(2);
        List<Boolean> overlapped = new CopyOnWriteArrayList<>();
        try (WebhookServer server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI).process(exchange -> {
                    String id = exchange.getMessage().getHeader(InstagramConstants.EVENT_ID, String.class);
                    routed.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    if (overlap.getCount() > 0) {
                        overlap.countDown();
                        overlapped.add(overlap.await(10, TimeUnit.SECONDS));
                    }
                });
            }
        })) {
            int distinct = REQUESTS * EVENTS_PER_REQUEST / 2;
            List<String> bodies = new ArrayList<>();
            for (int r = 0; r < REQUESTS; r++) {
                String[] items = new String[EVENTS_PER_REQUEST];
                for (int e = 0; e < EVENTS_PER_REQUEST; e++) {
                    // request r and request r + REQUESTS/2 carry the same events
                    int event = ((r % (REQUESTS / 2)) * EVENTS_PER_REQUEST + e) % distinct;
                    items[e] = event % 3 == 0
                            ? Payloads.item(Payloads.TS + event, "reaction", "{\"mid\":\"c-" + event + "\",\"action\":\"react\"}")
                            : Payloads.textMessage("c-" + event, "text " + event);
                }
                bodies.add(Payloads.messaging(items));
            }
            long seed = System.nanoTime();
            System.out.println("ConcurrencyHttpTest seed: " + seed);
            Collections.shuffle(bodies, new Random(seed));

            ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Integer> statuses = new CopyOnWriteArrayList<>();
            List<Future<?>> futures = new ArrayList<>();
            try {
                for (int s = 0; s < SENDERS; s++) {
                    int sender = s;
                    futures.add(senders.submit(() -> {
                        go.await();
                        for (int i = sender; i < bodies.size(); i += SENDERS) {
                            statuses.add(server.postSigned(bodies.get(i)).statusCode());
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> future : futures) {
                    future.get(60, TimeUnit.SECONDS);
                }
            } finally {
                senders.shutdownNow();
            }

            assertEquals(REQUESTS, statuses.size());
            assertTrue(statuses.stream().allMatch(status -> status == 200), statuses.toString());
            assertEquals(distinct, routed.size());
            routed.forEach((id, count) -> assertEquals(1, count.get(), "event " + id + " routed " + count + " times"));
            assertTrue(!overlapped.isEmpty() && overlapped.stream().allMatch(Boolean::booleanValue),
                    "requests were processed concurrently");
        }
    }
}

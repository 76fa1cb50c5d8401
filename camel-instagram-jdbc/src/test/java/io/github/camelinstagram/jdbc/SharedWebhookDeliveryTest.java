package io.github.camelinstagram.jdbc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelinstagram.jdbc.testing.Postgres;
import io.github.camelinstagram.jdbc.testing.Replica;
import io.github.camelinstagram.webhook.InstagramWebhookConsumer;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Meta delivers one webhook request to one instance and, when the answer is late, delivers it again, possibly to
 * another instance behind the same URL. With the event ids in the shared database, an event is routed to completion
 * once across the instances: a redelivery that overlaps a running routing waits for it, a failure lets the redelivery
 * route it, and the events of an instance that died are routed by another once its lease has lapsed.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SharedWebhookDeliveryTest {

    private static final String SECRET = "shared-app-secret";
    private static final String EVENT_ID = "mid.shared-1";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Postgres postgres = Postgres.shared();
    private final List<Replica> replicas = new ArrayList<>();
    /** Routings that ended without error, by event id, across all instances. */
    private final Map<String, AtomicInteger> completed = new ConcurrentHashMap<>();
    /** Routings started, by instance. */
    private final Map<String, AtomicInteger> started = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean firstFails;

    @BeforeEach
    void start() throws Exception {
        try (var pool = postgres.newPool("truncate")) {
            Schema.create(new Database(pool));
            Postgres.truncateAll(pool);
        }
    }

    @AfterEach
    void stop() {
        release.countDown();
        replicas.forEach(Replica::close);
    }

    private Replica replica(String name, String options) throws Exception {
        Replica replica = Replica.start(name, postgres, "http://127.0.0.1:9", new RouteBuilder() {
            @Override
            public void configure() {
                from("instagram-webhook:/ig?verifyToken=shared-verify&appSecret=RAW(" + SECRET + ")&dataSource=#pg"
                     + options).routeId("webhook")
                        .process(exchange -> {
                            int attempt = started.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                            if ("a".equals(name) && attempt == 1) {
                                // the first instance's routing takes longer than Meta waits; like a process that
                                // was killed, it ignores the interrupt of a forced shutdown and does nothing more
                                awaitUninterruptibly(release);
                                if (firstFails) {
                                    throw new IllegalStateException("the first routing failed");
                                }
                            }
                            completed.computeIfAbsent(exchange.getIn().getHeader("CamelInstagramEventId",
                                    String.class), id -> new AtomicInteger()).incrementAndGet();
                        });
            }
        });
        replicas.add(replica);
        return replica;
    }

    @Test
    void aRedeliveryToAnotherInstanceIsAcknowledgedOnlyAfterTheFirstRoutingSucceeded() throws Exception {
        Replica a = replica("a", "&answerTimeout=10s");
        Replica b = replica("b", "&answerTimeout=10s");

        CompletableFuture<HttpResponse<String>> first = post(a, message(EVENT_ID));
        await().until(() -> count(started, "a") == 1);
        CompletableFuture<HttpResponse<String>> second = post(b, message(EVENT_ID));
        await().until(() -> waiting(b) == 1);
        assertFalse(second.isDone(), "the redelivery is not answered while the first routing runs");

        release.countDown();
        assertEquals(200, first.get(20, TimeUnit.SECONDS).statusCode());
        assertEquals(200, second.get(20, TimeUnit.SECONDS).statusCode());
        assertEquals(0, count(started, "b"), "the second instance did not route the event");
        assertEquals(1, count(completed, EVENT_ID));
    }

    @Test
    void whenTheFirstRoutingFailsTheWaitingRedeliveryRoutesTheEvent() throws Exception {
        firstFails = true;
        Replica a = replica("a", "&answerTimeout=10s");
        Replica b = replica("b", "&answerTimeout=10s");

        CompletableFuture<HttpResponse<String>> first = post(a, message(EVENT_ID));
        await().until(() -> count(started, "a") == 1);
        CompletableFuture<HttpResponse<String>> second = post(b, message(EVENT_ID));
        await().until(() -> waiting(b) == 1);

        release.countDown();
        assertEquals(500, first.get(20, TimeUnit.SECONDS).statusCode());
        assertEquals(200, second.get(20, TimeUnit.SECONDS).statusCode());
        assertEquals(1, count(started, "b"));
        assertEquals(1, count(completed, EVENT_ID));
    }

    @Test
    void theEventsOfAnInstanceStoppedMidRouteAreRoutedByAnotherAfterTheLease() throws Exception {
        Replica a = replica("a", "&answerTimeout=2s&inFlightLease=4s");
        Replica b = replica("b", "&answerTimeout=1s&inFlightLease=4s");
        Replica c = replica("c", "&answerTimeout=1s&inFlightLease=4s");

        post(a, message(EVENT_ID));
        await().until(() -> count(started, "a") == 1);
        a.crash();
        replicas.remove(a);

        // within the lease the event is still a's: the redeliveries are not acknowledged
        assertEquals(503, post(b, message(EVENT_ID)).get(20, TimeUnit.SECONDS).statusCode());
        // Meta keeps delivering; once the lease has lapsed, one of the others routes the event
        AtomicInteger deliveries = new AtomicInteger();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Replica to = deliveries.incrementAndGet() % 2 == 0 ? c : b;
            return post(to, message(EVENT_ID)).get(20, TimeUnit.SECONDS).statusCode() == 200;
        });
        assertEquals(1, count(completed, EVENT_ID), "routed to completion once");
        assertEquals(1, count(started, "b") + count(started, "c"));
        // and afterwards every delivery is a duplicate, wherever it goes
        assertEquals(200, post(b, message(EVENT_ID)).get(20, TimeUnit.SECONDS).statusCode());
        assertEquals(200, post(c, message(EVENT_ID)).get(20, TimeUnit.SECONDS).statusCode());
        assertEquals(1, count(completed, EVENT_ID));
    }

    @Test
    void aBatchDeliveredToThreeInstancesAtOnceIsRoutedOnce() throws Exception {
        List<Replica> all = List.of(replica("b", ""), replica("c", ""), replica("d", ""));
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            items.append(i == 0 ? "" : ",").append(messagingItem("mid.batch-" + i));
        }
        String batch = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"17841400000000001\",\"time\":1569262486,"
                       + "\"messaging\":[" + items + "]}]}";
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (Replica each : all) {
                answers.add(post(each, batch));
            }
        }
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            int status = answer.get(30, TimeUnit.SECONDS).statusCode();
            assertTrue(status == 200 || status == 503, "status " + status);
        }
        // Meta delivers again whatever was not acknowledged; in the end each event is routed once
        await().atMost(Duration.ofSeconds(30)).until(() -> post(all.get(0), batch).get().statusCode() == 200);
        for (int i = 0; i < 50; i++) {
            assertEquals(1, count(completed, "mid.batch-" + i), "mid.batch-" + i);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (latch.getCount() > 0) {
            try {
                latch.await(60, TimeUnit.SECONDS);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            throw new IllegalStateException("stopped mid-route");
        }
    }

    private static int count(Map<String, AtomicInteger> counts, String key) {
        AtomicInteger count = counts.get(key);
        return count == null ? 0 : count.get();
    }

    private static int waiting(Replica replica) {
        return ((InstagramWebhookConsumer) replica.context().getRoute("webhook").getConsumer()).inFlight().waiting();
    }

    private static String message(String mid) {
        return "{\"object\":\"instagram\",\"entry\":[{\"id\":\"17841400000000001\",\"time\":1569262486,"
               + "\"messaging\":[" + messagingItem(mid) + "]}]}";
    }

    private static String messagingItem(String mid) {
        return "{\"sender\":{\"id\":\"5614879045272581\"},\"recipient\":{\"id\":\"17841400000000001\"},"
               + "\"timestamp\":1569262485349,\"message\":{\"mid\":\"" + mid + "\",\"text\":\"hello\"}}";
    }

    private static CompletableFuture<HttpResponse<String>> post(Replica replica, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + replica.port() + "/ig"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(SignatureVerifier.HEADER, SignatureVerifier.sign(SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}

package io.github.camelinstagram.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.jdbc.testing.GraphStub;
import io.github.camelinstagram.jdbc.testing.Postgres;
import io.github.camelinstagram.jdbc.testing.Replica;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three instances share one database and send messages for the same account: together they stay within the Send API's
 * 100 calls per second in every one-second window, against a stub that counts per sliding window and throttles beyond.
 * <p>
 * The instances are warmed up first with another account's messages, which the stub does not count: the first request
 * of each caller opens a connection on a cold HTTP client, and on 2 cores, with the stub in this JVM, calls whose
 * permits were granted over the first 200 ms then arrive together (about 20 over the limit when 48 callers start at
 * once). This test is about instances that are running; the start-up bunching is described in the docs
 * (Running several instances).
 */
class SharedMessagingLimitsTest {

    private static final int MESSAGES = 600;
    private static final int WARM_UP = 200;
    private static final int CALLERS_PER_INSTANCE = 8;
    private static final String URI = "instagram:sendMessage?accessToken=RAW(shared-token)&accountId="
                                      + GraphStub.ACCOUNT;

    private final Postgres postgres = Postgres.shared();
    private final List<Replica> replicas = new ArrayList<>();
    private GraphStub graph;

    @BeforeEach
    void start() throws Exception {
        graph = GraphStub.start(100);
        for (String name : List.of("replica-a", "replica-b", "replica-c")) {
            replicas.add(Replica.start(name, postgres, graph.baseUrl(), null));
        }
        try (var pool = postgres.newPool("truncate")) {
            Postgres.truncateAll(pool);
        }
    }

    @AfterEach
    void stop() {
        replicas.forEach(Replica::close);
        graph.close();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sixHundredMessagesThroughThreeInstancesStayWithinTheLimitInEveryWindow() throws InterruptedException {
        // instances that are up and running, with their connections open and their code compiled
        sendThroughAll(WARM_UP, "instagram:sendMessage?accessToken=RAW(warm-up-token)&accountId=17841400000000999");
        assertEquals(0, graph.accepted(), "the warm-up account is not counted");

        List<Exchange> done = sendThroughAll(MESSAGES, URI);

        assertEquals(0, graph.throttled(), () -> "throttled answers; arrivals per 100 ms: "
                                                 + graph.arrivalsPerTenthOfASecond());
        for (Exchange each : done) {
            assertNull(each.getException(), () -> "a message failed: " + each.getException());
        }
        assertEquals(MESSAGES, graph.accepted());
        assertTrue(graph.busiestSecond() <= 100, "busiest one-second window: " + graph.busiestSecond());
    }

    /** Sends the messages through all instances, each as a route does: 8 callers, each waiting for its answer. */
    private List<Exchange> sendThroughAll(int messages, String uri) throws InterruptedException {
        List<Exchange> sent = new CopyOnWriteArrayList<>();
        List<Thread> callers = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        for (Replica replica : replicas) {
            ProducerTemplate template = replica.context().createProducerTemplate();
            for (int c = 0; c < CALLERS_PER_INSTANCE; c++) {
                Thread caller = new Thread(() -> {
                    for (int n = next.getAndIncrement(); n < messages; n = next.getAndIncrement()) {
                        int message = n;
                        sent.add(template.send(uri, exchange -> {
                            exchange.getIn().setHeader(InstagramConstants.RECIPIENT_ID, "5614879045272581");
                            exchange.getIn().setBody("message " + message);
                        }));
                    }
                });
                caller.start();
                callers.add(caller);
            }
        }
        for (Thread caller : callers) {
            caller.join();
        }
        return sent;
    }
}

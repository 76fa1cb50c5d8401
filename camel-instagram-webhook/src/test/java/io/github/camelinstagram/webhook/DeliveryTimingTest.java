package io.github.camelinstagram.webhook;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelinstagram.error.InstagramThrottledException;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static io.github.camelinstagram.webhook.Payloads.ACCOUNT;
import static io.github.camelinstagram.webhook.Payloads.USER;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Meta's delivery timing (CONTRACT.md "Webhook delivery timing"): a request answered late is delivered again, possibly
 * while its first delivery is still being routed. The later delivery is never acknowledged before the earlier routing
 * succeeded; when that routing fails, the later delivery routes the event; nothing is lost and nothing is routed twice
 * to completion. Waits of instagram: calls inside the route fit the answer budget (shortened here to 2 s).
 */
class DeliveryTimingTest {

    private static final String BODY = Payloads.messaging(Payloads.textMessage("mid.timing", "hello"));

    /** A route whose first attempt waits for {@link #release}, then fails when {@link #failFirst} says so. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean failFirst = new AtomicBoolean();
    private final AtomicInteger attempts = new AtomicInteger();

    private WebhookServer start() throws Exception {
        return WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI + "&answerTimeout=2s").routeId("timing").process(exchange -> {
                    if (attempts.incrementAndGet() == 1) {
                        assertTrue(release.await(30, TimeUnit.SECONDS));
                        if (failFirst.get()) {
                            throw new IllegalStateException("first attempt fails");
                        }
                    }
                }).to("mock:done");
            }
        });
    }

    private static InstagramWebhookConsumer consumer(WebhookServer server) {
        return (InstagramWebhookConsumer) server.context().getRoute("timing").getConsumer();
    }

    private static CompletableFuture<HttpResponse<String>> deliver(WebhookServer server) {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return server.post(WebhookServer.PATH, body, SignatureVerifier.sign(WebhookServer.SECRET, body));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void redeliveryWaitsForTheFirstAndIsAcknowledgedOnlyOnceItSucceeded() throws Exception {
        try (WebhookServer server = start()) {
            CompletableFuture<HttpResponse<String>> first = deliver(server);
            await().atMost(Duration.ofSeconds(10)).until(() -> attempts.get() == 1);
            CompletableFuture<HttpResponse<String>> second = deliver(server);
            await().atMost(Duration.ofSeconds(10)).until(() -> consumer(server).inFlight().waiting() == 1);
            assertTrue(!second.isDone(), "not acknowledged while the first delivery is still routing the event");

            release.countDown();

            assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
            assertEquals(200, second.get(10, TimeUnit.SECONDS).statusCode());
            assertEquals(1, attempts.get(), "routed once");
            assertEquals(1, server.mock("mock:done").getReceivedCounter());
        }
    }

    @Test
    void redeliveryRoutesTheEventWhenTheFirstRoutingFails() throws Exception {
        failFirst.set(true);
        try (WebhookServer server = start()) {
            CompletableFuture<HttpResponse<String>> first = deliver(server);
            await().atMost(Duration.ofSeconds(10)).until(() -> attempts.get() == 1);
            CompletableFuture<HttpResponse<String>> second = deliver(server);
            await().atMost(Duration.ofSeconds(10)).until(() -> consumer(server).inFlight().waiting() == 1);

            release.countDown();

            assertEquals(500, first.get(10, TimeUnit.SECONDS).statusCode());
            assertEquals(200, second.get(10, TimeUnit.SECONDS).statusCode(), "the redelivery routed it");
            assertEquals(2, attempts.get());
            assertEquals(1, server.mock("mock:done").getReceivedCounter(), "routed to completion once");
        }
    }

    @Test
    void redeliveryIsAnswered503WhenTheFirstDoesNotFinishInItsBudget() throws Exception {
        try (WebhookServer server = start()) {
            CompletableFuture<HttpResponse<String>> first = deliver(server);
            await().atMost(Duration.ofSeconds(10)).until(() -> attempts.get() == 1);

            HttpResponse<String> second = deliver(server).get(10, TimeUnit.SECONDS);
            assertEquals(503, second.statusCode(), "not acknowledged: Meta delivers it again");

            release.countDown();
            assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
            assertEquals(200, deliver(server).get(10, TimeUnit.SECONDS).statusCode(), "later, a duplicate");
            assertEquals(1, attempts.get());
            assertEquals(1, server.mock("mock:done").getReceivedCounter());
        }
    }

    @Test
    void throttledCallInsideTheRouteFailsFastInsteadOfWaitingPastTheAnswer() throws Exception {
        AtomicBoolean throttle = new AtomicBoolean(true);
        AtomicInteger graphCalls = new AtomicInteger();
        try (WebhookServer server = WebhookServer.start(port -> new RouteBuilder() {
            @Override
            public void configure() {
                onException(InstagramThrottledException.class).to("mock:throttled");
                from(WebhookServer.URI + "&answerTimeout=2s").routeId("throttled")
                        .setBody(constant("Thanks!"))
                        // throttled: the first retry would come 5 s later, the back-off could go on for a minute
                        .to("instagram:sendMessage?accessToken=IGAAtesttoken0000&accountId=" + ACCOUNT
                            + "&baseUrl=http://localhost:" + port + "/graph&retryDelay=5s&maxRetryWait=1m")
                        .to("mock:sent");
                from("platform-http:/graph?matchOnUriPrefix=true").process(exchange -> {
                    graphCalls.incrementAndGet();
                    Message message = exchange.getMessage();
                    message.removeHeaders("*");
                    message.setHeader(Exchange.CONTENT_TYPE, "application/json");
                    if (throttle.get()) {
                        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 400);
                        message.setBody("{\"error\":{\"message\":\"Application request limit reached\","
                                        + "\"type\":\"OAuthException\",\"code\":4}}");
                    } else {
                        message.setBody("{\"recipient_id\":\"" + USER + "\",\"message_id\":\"mid.sent\"}");
                    }
                });
            }
        }, Map.of())) {
            MockEndpoint sent = server.mock("mock:sent");

            long start = System.nanoTime();
            HttpResponse<String> first = server.postSigned(BODY);
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertEquals(500, first.statusCode(), "not acknowledged: Meta delivers it again later");
            assertTrue(tookMillis < 10_000, "answered within the budget, not after a minute of back-off: "
                                            + tookMillis + " ms");
            assertEquals(1, graphCalls.get(), "a retry a minute later does not fit the answer budget");
            assertEquals(0, sent.getReceivedCounter());
            assertEquals(1, server.mock("mock:throttled").getReceivedCounter(), "failed with the throttled family");

            throttle.set(false);
            assertEquals(200, server.postSigned(BODY).statusCode(), "Meta's redelivery is routed");
            assertEquals(1, sent.getReceivedCounter());
            assertEquals(2, graphCalls.get());
        }
    }
}

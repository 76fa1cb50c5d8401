package io.github.camelinstagram;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelinstagram.error.InstagramThrottledException;
import io.github.camelinstagram.error.InstagramTransientException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Usage headers reach {@code CamelInstagramRateLimitUsage}; throttled and transient failures are retried as documented
 * (counting the requests the stub received); a reported block is honoured.
 */
class RetryAndUsageTest extends WireMockTestSupport {

    @Override
    protected void configure(InstagramConfiguration configuration) {
        configuration.setAccountId(ACCOUNT);
        configuration.setMaxRetryWait(2_000);
    }

    @Test
    void appUsageHeaderWithEitherKeySet() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(json("{\"id\":\"c1\"}")
                .withHeader("X-App-Usage", "{\"call_count\":28,\"total_time\":25,\"total_cputime\":31}")));
        stub(get(urlPathEqualTo("/v25.0/c2")).willReturn(json("{\"id\":\"c2\"}")
                .withHeader("X-App-Usage", "{\"call_volume\":7,\"cpu_time\":3}")));
        stub(get(urlPathEqualTo("/v25.0/c3")).willReturn(json("{\"id\":\"c3\"}")));

        assertEquals(31, usageOf("c1"));
        assertEquals(7, usageOf("c2"));
        assertNull(send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c3").getMessage()
                .getHeader(InstagramConstants.RATE_LIMIT_USAGE), "no header when the API reported nothing");
    }

    @Test
    void businessUseCaseUsageTakesTheHighestOfAllUsages() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(json("{\"id\":\"c1\"}")
                .withHeader("X-App-Usage", "{\"call_count\":12}")
                .withHeader("X-Business-Use-Case-Usage", "{\"" + ACCOUNT + "\":[{\"type\":\"instagram\","
                                                         + "\"call_count\":64,\"total_cputime\":20,\"total_time\":20,"
                                                         + "\"estimated_time_to_regain_access\":0}]}")));

        assertEquals(64, usageOf("c1"));
    }

    @Test
    void malformedUsageHeadersNeverFailTheCall() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(json("{\"id\":\"c1\"}")
                .withHeader("X-App-Usage", "not json").withHeader("X-Business-Use-Case-Usage", "[1,2]")));

        Exchange exchange = send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1");

        assertNull(exchange.getException());
        assertNull(exchange.getMessage().getHeader(InstagramConstants.RATE_LIMIT_USAGE));
    }

    @Test
    void throttledThenSuccessIsRetried() {
        stubSequence("/v25.0/c1", graphError(400, 17, 0, "User request limit reached"),
                graphError(400, 4, 0, "Application request limit reached"));

        Exchange exchange = send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1");

        assertNull(exchange.getException());
        assertEquals(3, wireMock.findAll(getRequestedFor(urlPathEqualTo("/v25.0/c1"))).size());
    }

    @Test
    void throttledReplyIsRetriedBecauseTheApiDidNotCarryItOut() {
        stub(post(urlPathEqualTo("/v25.0/c1/replies")).inScenario("reply").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(graphError(400, 80002, 0, "Too many calls to this Instagram account"))
                .willSetStateTo("open"));
        stub(post(urlPathEqualTo("/v25.0/c1/replies")).inScenario("reply").whenScenarioStateIs("open")
                .willReturn(json("{\"id\":\"r1\"}")));

        Exchange exchange = send("instagram:reply", "thanks", InstagramConstants.COMMENT_ID, "c1");

        assertEquals("r1", exchange.getMessage().getHeader(InstagramConstants.ID));
        assertEquals(2, wireMock.findAll(postRequestedFor(urlPathEqualTo("/v25.0/c1/replies"))).size());
    }

    @Test
    void retriesExhaustedFailWithTheLastError() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(graphError(400, 613, 0, "Calls within one hour exceeded")));

        Exchange exchange = send("instagram:getComment?maxRetries=2", null, InstagramConstants.COMMENT_ID, "c1");

        assertInstanceOf(InstagramThrottledException.class, exchange.getException());
        assertEquals(3, wireMock.findAll(getRequestedFor(urlPathEqualTo("/v25.0/c1"))).size(), "1 call + 2 retries");
    }

    @Test
    void transientFailureOfAReadIsRetried() {
        stubSequence("/v25.0/c1", graphError(500, 2, 0, "Service temporarily unavailable"));

        Exchange exchange = send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1");

        assertNull(exchange.getException());
        assertEquals(2, wireMock.findAll(getRequestedFor(urlPathEqualTo("/v25.0/c1"))).size());
    }

    @Test
    void transientFailureOfAReplyIsNotRepeated() {
        stub(post(urlPathEqualTo("/v25.0/c1/replies")).willReturn(graphError(500, 1, 0, "An unknown error occurred")));

        Exchange exchange = send("instagram:reply", "thanks", InstagramConstants.COMMENT_ID, "c1");

        assertInstanceOf(InstagramTransientException.class, exchange.getException());
        assertEquals(1, wireMock.findAll(postRequestedFor(urlPathEqualTo("/v25.0/c1/replies"))).size(),
                "a reply that may have been posted is never posted again");
    }

    @Test
    void transientFailureOfHideIsRetriedBecauseItIsIdempotent() {
        stub(post(urlPathEqualTo("/v25.0/c1")).inScenario("hide").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(graphError(503, 2, 0, "Service temporarily unavailable")).willSetStateTo("up"));
        stub(post(urlPathEqualTo("/v25.0/c1")).inScenario("hide").whenScenarioStateIs("up")
                .willReturn(json("{\"success\":true}")));

        assertNull(send("instagram:hideComment", null, InstagramConstants.COMMENT_ID, "c1").getException());
        assertEquals(2, wireMock.findAll(postRequestedFor(urlPathEqualTo("/v25.0/c1"))).size());
    }

    @Test
    void regainTimeLongerThanMaxRetryWaitFailsAtOnceAndHoldsBackLaterCalls() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(graphError(400, 80002, 0, "Too many calls")
                .withHeader("X-Business-Use-Case-Usage", "{\"" + ACCOUNT + "\":[{\"type\":\"instagram\","
                                                         + "\"call_count\":100,\"estimated_time_to_regain_access\":5}]}")));

        long start = System.nanoTime();
        Exchange first = send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1");
        Exchange second = send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1");
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        InstagramThrottledException firstError = assertInstanceOf(InstagramThrottledException.class,
                first.getException());
        assertEquals(5, firstError.getRetryAfter().toMinutes());
        InstagramThrottledException secondError = assertInstanceOf(InstagramThrottledException.class,
                second.getException());
        assertTrue(secondError.getMessage().contains("not sent"), secondError.getMessage());
        assertEquals(1, wireMock.findAll(getRequestedFor(urlPathEqualTo("/v25.0/c1"))).size(),
                "no retry inside a 5-minute block, and the next call is not sent");
        assertTrue(elapsedMillis < 2_000, "failed without waiting: " + elapsedMillis + " ms");
    }

    @Test
    void rateLimitingOffSendsEvenWhileBlocked() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(graphError(400, 80002, 0, "Too many calls")
                .withHeader("X-Business-Use-Case-Usage", "{\"" + ACCOUNT + "\":[{\"type\":\"instagram\","
                                                         + "\"call_count\":100,\"estimated_time_to_regain_access\":5}]}")));

        send("instagram:getComment?rateLimiting=false", null, InstagramConstants.COMMENT_ID, "c1");
        send("instagram:getComment?rateLimiting=false", null, InstagramConstants.COMMENT_ID, "c1");

        assertEquals(2, wireMock.findAll(getRequestedFor(urlPathEqualTo("/v25.0/c1"))).size());
    }

    @Test
    void highUsageSpacesTheAccountsCallsAsTheyReachTheApi() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(json("{\"id\":\"c1\"}")
                .withHeader("X-App-Usage", "{\"call_count\":100}")));
        String uri = "instagram:getComment?usageSlowdown=300";

        for (int i = 0; i < 4; i++) {
            assertNull(send(uri, null, InstagramConstants.COMMENT_ID, "c1").getException());
        }

        List<Long> arrivals = wireMock.findAll(getRequestedFor(urlPathEqualTo("/v25.0/c1"))).stream()
                .map(request -> request.getLoggedDate().getTime()).sorted().toList();
        assertEquals(4, arrivals.size());
        for (int i = 2; i < arrivals.size(); i++) {
            long gap = arrivals.get(i) - arrivals.get(i - 1);
            assertTrue(gap >= 280, "calls at 100% usage are at least usageSlowdown apart, gap " + gap + " ms");
        }
    }

    @Test
    void stoppingTheComponentFailsAnExchangeWaitingForItsRetry() throws Exception {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(graphError(400, 4, 0, "Application request limit reached")));

        java.util.concurrent.CompletableFuture<Exchange> waiting = template.asyncSend(
                "instagram:getComment?retryDelay=20s&maxRetryWait=1m",
                e -> e.getMessage().setHeader(InstagramConstants.COMMENT_ID, "c1"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> wireMock.findAll(getRequestedFor(urlPathEqualTo("/v25.0/c1"))).size() == 1);
        context.getComponent("instagram").stop();

        Exchange exchange = waiting.orTimeout(5, TimeUnit.SECONDS).join();
        assertTrue(exchange.getException() != null, "the exchange gets an answer, not silence");
        assertTrue(exchange.getException().getMessage().contains("stopping"), exchange.getException().getMessage());
    }

    private int usageOf(String commentId) {
        Exchange exchange = send("instagram:getComment", null, InstagramConstants.COMMENT_ID, commentId);
        assertNull(exchange.getException());
        return exchange.getMessage().getHeader(InstagramConstants.RATE_LIMIT_USAGE, Integer.class);
    }

    /** The given error answers in turn, then success. */
    private static void stubSequence(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... errors) {
        String state = Scenario.STARTED;
        for (int i = 0; i < errors.length; i++) {
            String next = "after-" + i;
            stub(get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(state).willReturn(errors[i])
                    .willSetStateTo(next));
            state = next;
        }
        stub(get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(state)
                .willReturn(json("{\"id\":\"ok\"}")));
    }
}

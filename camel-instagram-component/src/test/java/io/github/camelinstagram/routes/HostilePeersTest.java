package io.github.camelinstagram.routes;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelinstagram.InstagramApiException;
import io.github.camelinstagram.InstagramConfiguration;
import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.WireMockTestSupport;
import io.github.camelinstagram.error.InstagramConnectionException;
import io.github.camelinstagram.error.InstagramTransientException;
import io.github.camelinstagram.error.InstagramUnconfirmedException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Upstreams that misbehave: a body that trickles or never ends, answers of 50 MB, answers that echo the token back,
 * and answers of {@code {}} to calls that create something. The exchange always ends promptly, holds no more than a
 * bounded part of what it is sent, never quotes the token, and never takes an answer without an id for success.
 */
class HostilePeersTest extends WireMockTestSupport {

    private static final int FIFTY_MB = 50 * 1024 * 1024;

    @Override
    protected void configure(InstagramConfiguration configuration) {
        configuration.setAccountId(ACCOUNT);
        configuration.setRequestTimeout(800);
        configuration.setMaxRetries(2);
    }

    @Test
    void trickledBodyIsCutAtTheRequestTimeout() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(json("{\"id\":\"c1\",\"text\":\"" + "x".repeat(2_000) + "\"}")
                .withChunkedDribbleDelay(40, 20_000)));

        long start = System.nanoTime();
        Exchange exchange = send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1");
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        InstagramConnectionException failure = assertInstanceOf(InstagramConnectionException.class,
                exchange.getException());
        assertInstanceOf(HttpTimeoutException.class, failure.getCause(), failure.getMessage());
        assertTrue(failure.getMessage().contains("requestTimeout"), failure.getMessage());
        assertTrue(tookMillis < 10_000, "the body dribbles for 20 s, the exchange ended after " + tookMillis + " ms");
    }

    @Test
    void stoppingTheContextEndsAnExchangeWhoseBodyNeverComes() throws Exception {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(json("{\"id\":\"c1\"}").withChunkedDribbleDelay(2, 60_000)));

        CompletableFuture<Exchange> pending = template.asyncSend("instagram:getComment?requestTimeout=60s",
                exchange -> exchange.getMessage().setHeader(InstagramConstants.COMMENT_ID, "c1"));
        await().atMost(Duration.ofSeconds(5)).until(() -> !wireMock.findAll(getRequestedFor(urlPathEqualTo(
                "/v25.0/c1"))).isEmpty());
        CompletableFuture<Void> stopped = CompletableFuture.runAsync(context::stop);

        await().atMost(Duration.ofSeconds(15)).until(stopped::isDone);
        Exchange exchange = pending.get(5, TimeUnit.SECONDS);
        assertNotNull(exchange.getException(), "the exchange was ended, not left waiting");
    }

    @Test
    void fiftyMegabyteErrorPageKeepsAnExcerptEvenWithRetries() {
        byte[] page = new byte[FIFTY_MB];
        Arrays.fill(page, (byte) 'e');
        byte[] start = "<html><body>Bad gateway ".getBytes();
        System.arraycopy(start, 0, page, 0, start.length);
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(aResponse().withStatus(502).withBody(page)));

        Exchange exchange = send("instagram:getComment?requestTimeout=20s", null, InstagramConstants.COMMENT_ID, "c1");

        InstagramTransientException failure = assertInstanceOf(InstagramTransientException.class,
                exchange.getException());
        assertTrue(failure.getMessage().contains("Bad gateway"), failure.getMessage());
        assertTrue(failure.getMessage().length() < 1_000, "an excerpt, not the page: " + failure.getMessage().length());
        assertEquals(3, wireMock.findAll(getRequestedFor(urlPathEqualTo("/v25.0/c1"))).size(), "retried twice");
    }

    @Test
    void fiftyMegabyteAnswerFailsAtTheSizeLimit() {
        byte[] answer = new byte[FIFTY_MB];
        Arrays.fill(answer, (byte) ' ');
        answer[0] = '{';
        answer[FIFTY_MB - 1] = '}';
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(aResponse().withStatus(200).withBody(answer)));

        Exchange exchange = send("instagram:getComment?requestTimeout=20s&maxResponseSize=1MB", null,
                InstagramConstants.COMMENT_ID, "c1");

        InstagramApiException failure = assertInstanceOf(InstagramApiException.class, exchange.getException());
        assertTrue(failure.getMessage().contains("maxResponseSize"), failure.getMessage());
        assertTrue(failure.getMessage().contains(String.valueOf(1024 * 1024)), failure.getMessage());
    }

    @Test
    void tokenEchoedInEveryFieldOfAnErrorIsRedacted() {
        String echo = "{\"error\":{\"message\":\"Invalid token " + TOKEN + "\",\"type\":\"OAuth " + TOKEN + "\","
                      + "\"code\":100,\"fbtrace_id\":\"trace-" + TOKEN + "\",\"error_user_msg\":\"" + TOKEN + "\"}}";
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(aResponse().withStatus(400).withBody(echo)));

        Exchange exchange = send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1");

        InstagramApiException failure = assertInstanceOf(InstagramApiException.class, exchange.getException());
        assertNoToken(failure.getMessage());
        assertNoToken(failure.getType());
        assertNoToken(failure.getFbtraceId());
        assertNoToken(failure.getApiMessage());
    }

    @Test
    void nonJsonSuccessEchoingTheTokenIsRedacted() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(aResponse().withStatus(200)
                .withBody(TOKEN + " is not JSON")));

        Exchange exchange = send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1");

        InstagramApiException failure = assertInstanceOf(InstagramApiException.class, exchange.getException());
        assertTrue(failure.getMessage().contains("not the expected JSON"), failure.getMessage());
        assertNoToken(failure.getMessage());
    }

    @Test
    void emptyAnswersToCallsThatCreateSomethingAreUnconfirmedAndNotRepeated() {
        stub(post(urlPathEqualTo("/v25.0/" + ACCOUNT + "/messages")).willReturn(json("{}")));
        stub(post(urlPathEqualTo("/v25.0/c1/replies")).willReturn(json("{}")));
        stub(post(urlPathEqualTo("/v25.0/m1/comments")).willReturn(json("{}")));

        Exchange message = send("instagram:sendMessage", "hello", InstagramConstants.RECIPIENT_ID, "u1");
        Exchange privateReply = send("instagram:privateReply", "psst", InstagramConstants.COMMENT_ID, "c1");
        Exchange reply = send("instagram:reply", "thanks", InstagramConstants.COMMENT_ID, "c1");
        Exchange comment = send("instagram:postComment", "hi", InstagramConstants.MEDIA_ID, "m1");

        for (Exchange exchange : new Exchange[] { message, privateReply, reply, comment }) {
            InstagramUnconfirmedException failure = assertInstanceOf(InstagramUnconfirmedException.class,
                    exchange.getException());
            assertFalse(failure.isTransient());
            assertTrue(failure.getMessage().contains("unknown whether"), failure.getMessage());
            assertFalse(exchange.getMessage().getHeaders().containsKey(InstagramConstants.ID));
        }
        wireMock.verify(2, postRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT + "/messages")));
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/v25.0/c1/replies")));
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/v25.0/m1/comments")));
    }

    @Test
    void reactionsAnsweredWithTheRecipientOnlySucceed() {
        stub(post(urlPathEqualTo("/v25.0/" + ACCOUNT + "/messages")).willReturn(json("{\"recipient_id\":\"u1\"}")));

        Exchange exchange = send("instagram:react", null, InstagramConstants.RECIPIENT_ID, "u1",
                InstagramConstants.MESSAGE_ID, "mid.1");

        assertEquals(null, exchange.getException());
    }

    private static void assertNoToken(String text) {
        if (text != null) {
            assertFalse(text.contains(TOKEN), text);
            assertFalse(text.contains(TOKEN.substring(4, 20)), text);
        }
    }
}

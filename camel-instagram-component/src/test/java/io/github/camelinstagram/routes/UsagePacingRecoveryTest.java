package io.github.camelinstagram.routes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelinstagram.InstagramConfiguration;
import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.WireMockTestSupport;
import io.github.camelinstagram.error.InstagramThrottledException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After the API reported 95% usage, a burst of 200 calls is mostly refused locally (their turn is further away than
 * maxRetryWait); the refused calls reserve nothing, so once the pacing interval has passed calls go out again, rather
 * than every later call being refused for minutes without being sent.
 */
class UsagePacingRecoveryTest extends WireMockTestSupport {

    @Override
    protected void configure(InstagramConfiguration configuration) {
        configuration.setAccountId(ACCOUNT);
        configuration.setUsageThreshold(90);
        configuration.setUsageSlowdown(1_000);
        configuration.setMaxRetryWait(600);
        configuration.setMaxRetries(0);
    }

    @Test
    void burstOfRefusedCallsDoesNotLockTheAccountOut() throws Exception {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(json("{\"id\":\"c1\"}")
                .withHeader("X-App-Usage", "{\"call_count\":95,\"total_time\":10,\"total_cputime\":10}")));
        send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1");

        List<CompletableFuture<Exchange>> burst = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            burst.add(template.asyncSend("instagram:getComment",
                    exchange -> exchange.getMessage().setHeader(InstagramConstants.COMMENT_ID, "c1")));
        }
        int refused = 0;
        for (CompletableFuture<Exchange> call : burst) {
            Exchange done = call.get();
            if (done.getException() != null) {
                assertInstanceOf(InstagramThrottledException.class, done.getException());
                refused++;
            }
        }
        assertTrue(refused >= 190, "at 95% calls are 550 ms apart: only about 2 fit in 600 ms; refused " + refused);
        int sentAfterBurst = wireMock.findAll(getRequestedFor(urlPathEqualTo("/v25.0/c1"))).size();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).until(() -> send(
                "instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1").getException() == null);
        assertTrue(wireMock.findAll(getRequestedFor(urlPathEqualTo("/v25.0/c1"))).size() > sentAfterBurst);
    }
}

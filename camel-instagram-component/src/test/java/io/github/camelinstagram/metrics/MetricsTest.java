package io.github.camelinstagram.metrics;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelinstagram.InstagramComponent;
import io.github.camelinstagram.InstagramConfiguration;
import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.WireMockTestSupport;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The meters of CONTRACT.md "Metrics", recorded when a MeterRegistry is in the Camel registry. */
class MetricsTest extends WireMockTestSupport {

    private static final String USER = "5614879045272581";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Override
    protected void configure(InstagramConfiguration configuration) {
        configuration.setAccountId(ACCOUNT);
    }

    @Override
    protected void configureComponent(InstagramComponent component) {
        context.getRegistry().bind("meters", registry);
        component.setSendRateLimit(1);
    }

    @Test
    void successesThrottlesAndRetriesAreCountedByOperationAndOutcome() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(json("{\"id\":\"c1\"}")));
        stub(get(urlPathEqualTo("/v25.0/c2")).inScenario("transient").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(graphError(500, 2, 0, "Service temporarily unavailable")).willSetStateTo("up"));
        stub(get(urlPathEqualTo("/v25.0/c2")).inScenario("transient").whenScenarioStateIs("up")
                .willReturn(json("{\"id\":\"c2\"}")));
        stub(get(urlPathEqualTo("/v25.0/c3")).willReturn(graphError(400, 4, 0, "Application request limit reached")));

        assertEquals(null, send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1").getException());
        assertEquals(null, send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c2").getException());
        assertNotNull(send("instagram:getComment?maxRetries=0", null, InstagramConstants.COMMENT_ID, "c3")
                .getException());
        assertNotNull(send("instagram:getComment", null).getException(), "no comment id: invalid input");

        assertEquals(2, count("camel.instagram.calls", "operation", "getComment", "outcome", "success"));
        assertEquals(1, count("camel.instagram.calls", "operation", "getComment", "outcome", "throttled"));
        assertEquals(1, count("camel.instagram.calls", "operation", "getComment", "outcome", "invalid_input"));
        assertEquals(1, count("camel.instagram.retries", "operation", "getComment"));
        assertEquals(4, registry.find("camel.instagram.call.duration").tag("operation", "getComment").timer()
                .count());
        assertNoAccountOrTokenInTags();
    }

    @Test
    void aWaitForAMessagingTurnIsTimedByQuota() {
        stub(post(urlPathEqualTo("/v25.0/" + ACCOUNT + "/messages"))
                .willReturn(json("{\"recipient_id\":\"" + USER + "\",\"message_id\":\"mid.1\"}")));

        for (int i = 0; i < 2; i++) {
            assertEquals(null, send("instagram:sendMessage", "hello", InstagramConstants.RECIPIENT_ID, USER)
                    .getException());
        }

        var wait = registry.find("camel.instagram.ratelimit.wait").tag("quota", "send").timer();
        assertNotNull(wait, "the second message waited for its turn (1 per second)");
        assertTrue(wait.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS) > 500, "waited " + wait.totalTime(
                java.util.concurrent.TimeUnit.MILLISECONDS) + " ms");
        assertEquals(2, count("camel.instagram.calls", "operation", "sendMessage", "outcome", "success"));
        assertNoAccountOrTokenInTags();
    }

    private double count(String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private void assertNoAccountOrTokenInTags() {
        for (Meter meter : registry.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                assertFalse(tag.getValue().contains(ACCOUNT) || tag.getValue().contains(TOKEN)
                            || tag.getValue().contains(USER), meter.getId().toString());
            }
        }
    }
}

package io.github.camelinstagram.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The webhook's meters: requests by the status answered, events by field and outcome. */
class WebhookMetricsTest {

    @Test
    void requestsAndEventsAreCountedWithoutAccountOrSenderInTags() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (WebhookServer server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI + "&fields=messages").to("mock:events");
            }
        }, Map.of("meters", registry))) {
            String message = Payloads.messaging(Payloads.textMessage("mid.metrics-1", "hello"));
            assertEquals(200, server.postSigned(message).statusCode());
            assertEquals(200, server.postSigned(message).statusCode(), "a redelivery");
            String comment = Payloads.changes(Payloads.TS,
                    Payloads.comment("comments", "17895000000000077", "5614879045272599", "nice"));
            assertEquals(200, server.postSigned(comment).statusCode(), "not a subscribed field");
            assertEquals(403, server.post(WebhookServer.PATH, "{}".getBytes(StandardCharsets.UTF_8), null)
                    .statusCode());

            assertEquals(3, count(registry, "camel.instagram.webhook.requests", "status", "200"));
            assertEquals(1, count(registry, "camel.instagram.webhook.requests", "status", "403"));
            assertEquals(1, count(registry, "camel.instagram.webhook.events", "field", "messages", "outcome",
                    "routed"));
            assertEquals(1, count(registry, "camel.instagram.webhook.events", "field", "messages", "outcome",
                    "duplicate"));
            assertEquals(1, count(registry, "camel.instagram.webhook.events", "field", "comments", "outcome",
                    "filtered"));
            for (Meter meter : registry.getMeters()) {
                for (Tag tag : meter.getId().getTags()) {
                    assertFalse(tag.getValue().contains(Payloads.ACCOUNT) || tag.getValue().contains(Payloads.USER),
                            meter.getId().toString());
                }
            }
        }
    }

    private static double count(SimpleMeterRegistry registry, String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }
}

package io.github.camelinstagram.webhook;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The default de-duplication holds across bursts: a request of 1,000 events delivered again after 12,000 other events
 * (more than the 10,000 keys of Camel's memory repository) is acknowledged without routing any of them again.
 */
class DeduplicationHttpTest {

    private static String batch(String prefix, int size) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(Payloads.textMessage(prefix + i, "m"));
        }
        return Payloads.messaging(items.toArray(String[]::new));
    }

    @Test
    void aThousandEventBatchRedeliveredAfterABurstIsNotRoutedAgain() throws Exception {
        try (WebhookServer server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI).to("mock:events");
            }
        })) {
            MockEndpoint events = server.mock("mock:events");
            String batchA = batch("a.", 1_000);

            assertEquals(200, server.postSigned(batchA).statusCode());
            for (int burst = 0; burst < 12; burst++) {
                assertEquals(200, server.postSigned(batch("burst" + burst + ".", 1_000)).statusCode());
            }
            for (int redelivery = 0; redelivery < 3; redelivery++) {
                assertEquals(200, server.postSigned(batchA).statusCode());
            }

            assertEquals(13_000, events.getReceivedCounter(), "each event routed once");
        }
    }
}

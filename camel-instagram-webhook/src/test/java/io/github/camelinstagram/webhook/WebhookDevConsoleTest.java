package io.github.camelinstagram.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The instagram-webhook dev console, resolved and called through Camel's dev-console registry, text and JSON. */
class WebhookDevConsoleTest {

    @Test
    void showsEachWebhookWithItsRequestsAndEventsByOutcomeAndNoSecret() throws Exception {
        try (WebhookServer server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI).to("mock:events");
            }
        })) {
            String message = Payloads.messaging(Payloads.textMessage("mid.console-1", "hello"));
            assertEquals(200, server.postSigned(message).statusCode());
            assertEquals(200, server.postSigned(message).statusCode());
            assertEquals(403, server.post(WebhookServer.PATH, "{}".getBytes(StandardCharsets.UTF_8), null)
                    .statusCode());

            DevConsole console = DevConsoleRegistry.get(server.context()).resolveById("instagram-webhook");
            assertNotNull(console);
            String text = (String) console.call(DevConsole.MediaType.TEXT);
            assertTrue(text.contains("Webhook " + WebhookServer.PATH), text);
            assertTrue(text.contains("{200=2, 403=1}") && text.contains("{duplicate=1, routed=1}"), text);
            assertTrue(text.contains("in memory, recent ids"), text);
            assertFalse(text.contains(WebhookServer.SECRET) || text.contains(WebhookServer.TOKEN), text);

            JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON);
            Map<?, ?> webhook = (Map<?, ?>) ((List<?>) json.get("webhooks")).get(0);
            assertEquals(WebhookServer.PATH, webhook.get("path"));
            assertEquals(2L, ((Map<?, ?>) webhook.get("requests")).get("200"));
            assertEquals(1L, ((Map<?, ?>) webhook.get("events")).get("routed"));
            assertFalse(json.toJson().contains(WebhookServer.SECRET));
        }
    }
}

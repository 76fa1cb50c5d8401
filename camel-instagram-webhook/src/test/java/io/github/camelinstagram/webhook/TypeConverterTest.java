package io.github.camelinstagram.webhook;

import java.util.List;
import java.util.Map;

import io.github.camelinstagram.model.UserRef;
import io.github.camelinstagram.webhook.event.CommentEvent;
import io.github.camelinstagram.webhook.event.WebhookEvent;
import io.github.camelinstagram.webhook.parse.WebhookPayloadParser;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The converters are found by Camel's own type converter loading (the generated loader and its service file), in a
 * plain CamelContext without any route.
 */
class TypeConverterTest {

    @Test
    void eventsConvertToJsonBytesAndMap() throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.start();
        try {
            List<WebhookEvent> events = new WebhookPayloadParser().parse(Payloads.changes(1785412106,
                    Payloads.comment("comments", "c1", "u1", "Nice \\\"one\\\"")).getBytes());
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(events.get(0));

            String json = exchange.getMessage().getBody(String.class);
            assertEquals("{\"field\":\"comments\",\"account_id\":\"17841400000000001\",\"time\":1785412106000,"
                         + "\"event_id\":\"comments:c1\",\"id\":\"c1\",\"text\":\"Nice \\\"one\\\"\",\"from\":{\"id\":\"u1\","
                         + "\"username\":\"someone\"},\"media\":{\"id\":\"1790000000001\",\"media_product_type\":\"FEED\"},"
                         + "\"self_authored\":false}",
                    json);
            Map<?, ?> map = exchange.getMessage().getBody(Map.class);
            assertEquals("comments:c1", map.get("event_id"));
            assertEquals("Nice \"one\"", map.get("text"));
            assertEquals(Map.of("id", "u1", "username", "someone"), map.get("from"));
            assertEquals(json, new String(exchange.getMessage().getBody(byte[].class), "UTF-8"));

            CommentEvent built = new CommentEvent();
            UserRef from = new UserRef();
            from.setId("x");
            built.setFrom(from);
            assertTrue(context.getTypeConverter().convertTo(String.class, built).contains("\"from\":{\"id\":\"x\"}"));
        } finally {
            context.stop();
        }
    }
}

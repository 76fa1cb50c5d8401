package io.github.camelinstagram.webhook;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.webhook.event.CommentEvent;
import io.github.camelinstagram.webhook.event.GenericChangeEvent;
import io.github.camelinstagram.webhook.event.MessageEditEvent;
import io.github.camelinstagram.webhook.event.MessageEvent;
import io.github.camelinstagram.webhook.event.OptinEvent;
import io.github.camelinstagram.webhook.event.PostbackEvent;
import io.github.camelinstagram.webhook.event.ReactionEvent;
import io.github.camelinstagram.webhook.event.ReferralEvent;
import io.github.camelinstagram.webhook.event.SeenEvent;
import io.github.camelinstagram.webhook.event.UnknownMessagingEvent;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.camelinstagram.webhook.Payloads.ACCOUNT;
import static io.github.camelinstagram.webhook.Payloads.TS;
import static io.github.camelinstagram.webhook.Payloads.USER;
import static io.github.camelinstagram.webhook.Payloads.item;
import static io.github.camelinstagram.webhook.Payloads.messaging;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events delivered over a real Vert.x server reach {@code from("instagram-webhook:/ig").to("mock:...")} one exchange
 * each, in order, with the typed body and the headers of the contract.
 */
class EventRoutingHttpTest {

    private static final List<String> ALL_HEADERS = List.of(
            InstagramConstants.FIELD, InstagramConstants.ACCOUNT_ID, InstagramConstants.EVENT_TIME,
            InstagramConstants.EVENT_ID, InstagramConstants.SENDER_ID, InstagramConstants.SENDER_USERNAME,
            InstagramConstants.TEXT, InstagramConstants.MESSAGE_ID, InstagramConstants.COMMENT_ID,
            InstagramConstants.MEDIA_ID, InstagramConstants.IS_ECHO, InstagramConstants.PARENT_COMMENT_ID);

    private static WebhookServer server;
    private static MockEndpoint events;

    @BeforeAll
    static void start() throws Exception {
        server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI).to("mock:events");
            }
        });
        events = server.mock("mock:events");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        events.reset();
    }

    private Message deliverOne(String json) throws Exception {
        HttpResponse<String> response = server.postSigned(json);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("", response.body());
        assertEquals(1, events.getReceivedCounter());
        return events.getReceivedExchanges().get(0).getMessage();
    }

    /** The message has exactly the given webhook headers, with these values. */
    private static void assertHeaders(Message message, Map<String, Object> expected) {
        for (String name : ALL_HEADERS) {
            assertEquals(expected.get(name), message.getHeader(name), name);
        }
    }

    private static Map<String, Object> common(String field, long time, String eventId) {
        return Map.of(InstagramConstants.FIELD, field, InstagramConstants.ACCOUNT_ID, ACCOUNT,
                InstagramConstants.EVENT_TIME, time, InstagramConstants.EVENT_ID, eventId);
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> result = new java.util.HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            result.put((String) pairs[i], pairs[i + 1]);
        }
        return result;
    }

    @Test
    void messageHeadersFeedTheProducer() throws Exception {
        Message message = deliverOne(messaging(Payloads.textMessage("mid.1", "Hello")));
        MessageEvent event = assertInstanceOf(MessageEvent.class, message.getBody());
        assertEquals("Hello", event.getText());
        assertHeaders(message, with(common("messages", TS, "mid.1"), InstagramConstants.SENDER_ID, USER,
                InstagramConstants.TEXT, "Hello", InstagramConstants.MESSAGE_ID, "mid.1",
                InstagramConstants.IS_ECHO, false));
        assertInstanceOf(Long.class, message.getHeader(InstagramConstants.EVENT_TIME));
        assertInstanceOf(Boolean.class, message.getHeader(InstagramConstants.IS_ECHO));
    }

    @Test
    void messageWithAttachmentOnlyHasNoText() throws Exception {
        Message message = deliverOne(messaging(item(TS, "message",
                "{\"mid\":\"mid.2\",\"attachments\":[{\"type\":\"image\",\"payload\":{\"url\":\"https://cdn/x\"}}]}")));
        assertHeaders(message, with(common("messages", TS, "mid.2"), InstagramConstants.SENDER_ID, USER,
                InstagramConstants.MESSAGE_ID, "mid.2", InstagramConstants.IS_ECHO, false));
    }

    @Test
    void commentHeaders() throws Exception {
        Message message = deliverOne(Payloads.changes(1785412106, Payloads.comment("comments", "c1", "u1", "Nice")));
        CommentEvent event = assertInstanceOf(CommentEvent.class, message.getBody());
        assertEquals("c1", event.getCommentId());
        assertHeaders(message, with(common("comments", 1785412106000L, "comments:c1"),
                InstagramConstants.SENDER_ID, "u1", InstagramConstants.SENDER_USERNAME, "someone",
                InstagramConstants.TEXT, "Nice", InstagramConstants.COMMENT_ID, "c1",
                InstagramConstants.MEDIA_ID, "1790000000001", InstagramConstants.IS_ECHO, false));
    }

    @Test
    void liveCommentHeaders() throws Exception {
        Message message = deliverOne(Payloads.changes(1785412106,
                "{\"field\":\"live_comments\",\"value\":{\"id\":\"lc1\",\"text\":\"Live!\"}}"));
        assertHeaders(message, with(common("live_comments", 1785412106000L, "live_comments:lc1"),
                InstagramConstants.TEXT, "Live!", InstagramConstants.COMMENT_ID, "lc1",
                InstagramConstants.IS_ECHO, false));
    }

    @Test
    void reactionHeaders() throws Exception {
        Message message = deliverOne(messaging(item(TS, "reaction",
                "{\"mid\":\"mid.3\",\"action\":\"react\",\"reaction\":\"love\",\"emoji\":\"\\u2764\\ufe0f\"}")));
        assertInstanceOf(ReactionEvent.class, message.getBody());
        assertHeaders(message, with(common("message_reactions", TS, "message_reactions:mid.3:react:" + TS),
                InstagramConstants.SENDER_ID, USER, InstagramConstants.MESSAGE_ID, "mid.3"));
    }

    @Test
    void seenHeaders() throws Exception {
        Message message = deliverOne(messaging(item(TS, "read", "{\"mid\":\"mid.4\"}")));
        assertInstanceOf(SeenEvent.class, message.getBody());
        assertHeaders(message, with(common("messaging_seen", TS, "messaging_seen:mid.4:" + TS),
                InstagramConstants.SENDER_ID, USER, InstagramConstants.MESSAGE_ID, "mid.4"));
    }

    @Test
    void postbackHeaders() throws Exception {
        Message message = deliverOne(messaging(item(TS, "postback",
                "{\"mid\":\"mid.5\",\"title\":\"Yes\",\"payload\":\"YES\"}")));
        assertInstanceOf(PostbackEvent.class, message.getBody());
        assertHeaders(message, with(common("messaging_postbacks", TS, "messaging_postbacks:mid.5:" + TS),
                InstagramConstants.SENDER_ID, USER, InstagramConstants.MESSAGE_ID, "mid.5"));
    }

    @Test
    void referralHeaders() throws Exception {
        Message message = deliverOne(messaging(item(TS, "referral",
                "{\"ref\":\"promo\",\"source\":\"SHORTLINK\",\"type\":\"OPEN_THREAD\"}")));
        assertInstanceOf(ReferralEvent.class, message.getBody());
        assertHeaders(message, with(common("messaging_referral", TS, "messaging_referral:" + USER + ":" + TS),
                InstagramConstants.SENDER_ID, USER));
    }

    @Test
    void optinHeaders() throws Exception {
        Message message = deliverOne(messaging(item(TS, "optin",
                "{\"type\":\"notification_messages\",\"payload\":\"p\"}")));
        assertInstanceOf(OptinEvent.class, message.getBody());
        assertHeaders(message, with(common("messaging_optins", TS, "messaging_optins:" + USER + ":" + TS),
                InstagramConstants.SENDER_ID, USER));
    }

    @Test
    void editHeaders() throws Exception {
        Message message = deliverOne(messaging(item(TS, "message_edit",
                "{\"mid\":\"mid.6\",\"text\":\"edited\",\"num_edit\":1}")));
        assertInstanceOf(MessageEditEvent.class, message.getBody());
        assertHeaders(message, with(common("message_edit", TS, "message_edit:mid.6:1"),
                InstagramConstants.SENDER_ID, USER, InstagramConstants.MESSAGE_ID, "mid.6",
                InstagramConstants.TEXT, "edited"));
    }

    @Test
    void genericChangeCarriesTheRawValue() throws Exception {
        Message message = deliverOne(Payloads.changes(1785412106,
                "{\"field\":\"story_insights\",\"value\":{\"media_id\":\"1\",\"impressions\":44}}"));
        GenericChangeEvent event = assertInstanceOf(GenericChangeEvent.class, message.getBody());
        assertEquals("{\"media_id\":\"1\",\"impressions\":44}", event.getRawJson());
        String eventId = message.getHeader(InstagramConstants.EVENT_ID, String.class);
        assertTrue(eventId.matches("story_insights:" + ACCOUNT + ":1785412106:[0-9a-f]{64}"), eventId);
        assertHeaders(message, common("story_insights", 1785412106000L, eventId));
    }

    @Test
    void unknownMessagingItem() throws Exception {
        Message message = deliverOne(messaging(item(TS, "pass_thread_control", "{\"new_owner_app_id\":\"1\"}")));
        UnknownMessagingEvent event = assertInstanceOf(UnknownMessagingEvent.class, message.getBody());
        assertEquals("1", event.getItem().get("pass_thread_control").get("new_owner_app_id").asText());
        assertHeaders(message, with(common("pass_thread_control", TS, "pass_thread_control:" + USER + ":" + TS),
                InstagramConstants.SENDER_ID, USER));
    }

    @Test
    void fixturesOverHttp() throws Exception {
        Message unsupported = deliverOne(Payloads.fixture("message-unsupported-attachment.json"));
        MessageEvent message = assertInstanceOf(MessageEvent.class, unsupported.getBody());
        assertEquals("unsupported_type", message.getMessage().getAttachments().get(0).getType());
        assertHeaders(unsupported, with(common("messages", 1785412105944L, message.getMid()),
                InstagramConstants.ACCOUNT_ID, ACCOUNT, InstagramConstants.SENDER_ID, "5614879045272581",
                InstagramConstants.MESSAGE_ID, message.getMid(), InstagramConstants.IS_ECHO, false));
        events.reset();

        Message seen = deliverOne(Payloads.fixture("messaging-seen.json"));
        assertHeaders(seen, with(common("messaging_seen", 1785412105944L,
                "messaging_seen:mid.seen.fixture:1785412105944"), InstagramConstants.ACCOUNT_ID, ACCOUNT,
                InstagramConstants.SENDER_ID, "5614879045272581", InstagramConstants.MESSAGE_ID, "mid.seen.fixture"));
        events.reset();

        Message comment = deliverOne(Payloads.fixture("comment-reply.json"));
        CommentEvent reply = assertInstanceOf(CommentEvent.class, comment.getBody());
        assertEquals("17890000000000001", reply.getParentId());
        assertHeaders(comment, with(common("comments", 1785412106000L, "comments:17890000000000099"),
                InstagramConstants.ACCOUNT_ID, ACCOUNT, InstagramConstants.SENDER_ID, "6677889900112233",
                InstagramConstants.SENDER_USERNAME, "shopper_anna", InstagramConstants.TEXT,
                "Is the blue one back in stock?", InstagramConstants.COMMENT_ID, "17890000000000099",
                InstagramConstants.MEDIA_ID, "17900000000000042", InstagramConstants.PARENT_COMMENT_ID,
                "17890000000000001", InstagramConstants.IS_ECHO, false));
        events.reset();

        Message live = deliverOne(Payloads.fixture("live-comment.json"));
        assertHeaders(live, with(common("live_comments", 1785412106000L, "live_comments:17890000000000777"),
                InstagramConstants.ACCOUNT_ID, ACCOUNT, InstagramConstants.TEXT, "Hello from the live!",
                InstagramConstants.COMMENT_ID, "17890000000000777", InstagramConstants.IS_ECHO, false));
        events.reset();

        // a container status is not a webhook payload
        assertEquals(400, server.postSigned(Payloads.fixture("container-status.json")).statusCode());
        assertEquals(0, events.getReceivedCounter());
    }

    @Test
    void oneExchangePerEventInTheOrderOfTheRequest() throws Exception {
        String json = "[" + messaging(Payloads.textMessage("o1", "one"), Payloads.textMessage("o2", "two"),
                item(TS, "read", "{\"mid\":\"o2\"}"))
                      + "," + Payloads.changes(1785412106, Payloads.comment("comments", "o3", "u", "three"),
                              Payloads.comment("comments", "o4", "u", "four"))
                      + "]";
        assertEquals(200, server.postSigned(json).statusCode());
        assertEquals(List.of("o1", "o2", "messaging_seen:o2:" + TS, "comments:o3", "comments:o4"),
                events.getReceivedExchanges().stream()
                        .map(e -> e.getMessage().getHeader(InstagramConstants.EVENT_ID, String.class)).toList());
    }

    @Test
    void bodiesConvertToJsonAndToAMap() throws Exception {
        Message message = deliverOne(messaging(Payloads.textMessage("conv.1", "caf\\u00e9")));
        String json = message.getBody(String.class);
        assertTrue(json.contains("\"event_id\":\"conv.1\""), json);
        assertTrue(json.contains("\"text\":\"caf\u00e9\""), json);
        Map<?, ?> map = message.getBody(Map.class);
        assertEquals("messages", map.get("field"));
        assertEquals(ACCOUNT, map.get("account_id"));
        assertEquals(TS, ((Number) map.get("time")).longValue());
        assertEquals("conv.1", ((Map<?, ?>) map.get("message")).get("mid"));
        assertEquals(USER, ((Map<?, ?>) map.get("sender")).get("id"));
        byte[] bytes = message.getBody(byte[].class);
        assertEquals(json, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void echoesAndOwnCommentsAreAcknowledgedButNotRouted() throws Exception {
        HttpResponse<String> response = server.postSigned(messaging(Payloads.echo("echo.1", "sent by me"),
                Payloads.textMessage("user.1", "from a user")));
        assertEquals(200, response.statusCode());
        assertEquals(1, events.getReceivedCounter());
        assertEquals("user.1", events.getReceivedExchanges().get(0).getMessage().getHeader(InstagramConstants.EVENT_ID));
        events.reset();
        response = server.postSigned(Payloads.changes(1785412106, Payloads.comment("comments", "own.1", ACCOUNT, "me")));
        assertEquals(200, response.statusCode());
        assertEquals(0, events.getReceivedCounter());
    }

    @Test
    void emptyEntryListIsAcknowledged() throws Exception {
        assertEquals(200, server.postSigned("{\"object\":\"instagram\",\"entry\":[]}").statusCode());
        assertEquals(0, events.getReceivedCounter());
    }

    @Test
    void exchangeComesFromTheWebhookEndpoint() throws Exception {
        deliverOne(messaging(Payloads.textMessage("from.1", "x")));
        Exchange exchange = events.getReceivedExchanges().get(0);
        assertTrue(exchange.getFromEndpoint() instanceof InstagramWebhookEndpoint);
        assertFalse(exchange.getFromEndpoint().toString().contains(WebhookServer.SECRET));
        assertFalse(exchange.getFromEndpoint().toString().contains(WebhookServer.TOKEN));
        assertNull(exchange.getMessage().getHeader(org.apache.camel.Exchange.HTTP_METHOD));
        assertNull(exchange.getMessage().getHeader("X-Hub-Signature-256"));
    }
}

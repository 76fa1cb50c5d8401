package io.github.camelinstagram;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelinstagram.error.InstagramMessagingWindowClosedException;
import io.github.camelinstagram.error.InstagramPrivateReplyAlreadySentException;
import io.github.camelinstagram.error.InstagramUserNotFoundException;
import io.github.camelinstagram.model.Conversation;
import io.github.camelinstagram.model.Message;
import io.github.camelinstagram.model.MessageResponse;
import io.github.camelinstagram.model.OutgoingMessage;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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
 * The exact JSON of every message the producer sends, the fallback to the sender, validation before anything is sent,
 * the typed messaging errors, and the conversation reads.
 */
class MessagingWireTest extends WireMockTestSupport {

    private static final String MESSAGES = "/v25.0/" + ACCOUNT + "/messages";
    private static final String USER = "5614879045272581";

    @Override
    protected void configure(InstagramConfiguration configuration) {
        configuration.setAccountId(ACCOUNT);
    }

    private static void stubSend() {
        stub(post(urlPathEqualTo(MESSAGES)).willReturn(json(
                "{\"recipient_id\":\"" + USER + "\",\"message_id\":\"aWdfZAG1mid\"}")));
    }

    private static void assertSent(String json) {
        wireMock.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(equalToJson(json))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    private static Exchange ok(Exchange exchange) {
        assertNull(exchange.getException(), () -> String.valueOf(exchange.getException()));
        return exchange;
    }

    @Test
    void textToTheRecipient() {
        stubSend();

        Exchange exchange = ok(send("instagram:sendMessage", "Hello 👋", InstagramConstants.RECIPIENT_ID, USER,
                InstagramConstants.SENDER_ID, "someone-else"));

        assertSent("{\"recipient\":{\"id\":\"" + USER + "\"},\"message\":{\"text\":\"Hello 👋\"}}");
        assertEquals("aWdfZAG1mid", exchange.getMessage().getHeader(InstagramConstants.ID));
        assertEquals(USER, exchange.getMessage().getBody(MessageResponse.class).getRecipientId());
        assertTokenNeverInUrl();
    }

    @Test
    void withoutRecipientTheSenderIsAnswered() {
        stubSend();

        ok(send("instagram:sendMessage", "Thanks for your message", InstagramConstants.SENDER_ID, USER));

        assertSent("{\"recipient\":{\"id\":\"" + USER + "\"},\"message\":{\"text\":\"Thanks for your message\"}}");
    }

    static Stream<Arguments> attachments() {
        return Stream.of(
                Arguments.of("image", "https://cdn.example/a.jpg",
                        "{\"attachment\":{\"type\":\"image\",\"payload\":{\"url\":\"https://cdn.example/a.jpg\"}}}"),
                Arguments.of("audio", "https://cdn.example/a.m4a",
                        "{\"attachment\":{\"type\":\"audio\",\"payload\":{\"url\":\"https://cdn.example/a.m4a\"}}}"),
                Arguments.of("VIDEO", "https://cdn.example/a.mp4",
                        "{\"attachment\":{\"type\":\"video\",\"payload\":{\"url\":\"https://cdn.example/a.mp4\"}}}"),
                Arguments.of("file", "https://cdn.example/a.pdf",
                        "{\"attachment\":{\"type\":\"file\",\"payload\":{\"url\":\"https://cdn.example/a.pdf\"}}}"),
                Arguments.of("like_heart", null, "{\"attachment\":{\"type\":\"like_heart\"}}"),
                Arguments.of("MEDIA_SHARE", "17895695668004550",
                        "{\"attachment\":{\"type\":\"MEDIA_SHARE\",\"payload\":{\"id\":\"17895695668004550\"}}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attachments")
    void attachmentFromHeaders(String type, String url, String message) {
        stubSend();

        ok(send("instagram:sendMessage", null, InstagramConstants.RECIPIENT_ID, USER,
                InstagramConstants.ATTACHMENT_TYPE, type, InstagramConstants.ATTACHMENT_URL, url));

        assertSent("{\"recipient\":{\"id\":\"" + USER + "\"},\"message\":" + message + "}");
    }

    @Test
    void quickRepliesFromAnOutgoingMessage() {
        stubSend();
        OutgoingMessage question = OutgoingMessage.text("Which size?").quickReply("Small", "SIZE_S")
                .quickReply("Large", "SIZE_L");

        ok(send("instagram:sendMessage", question, InstagramConstants.SENDER_ID, USER));

        assertSent("{\"recipient\":{\"id\":\"" + USER + "\"},\"message\":{\"text\":\"Which size?\",\"quick_replies\":["
                   + "{\"content_type\":\"text\",\"title\":\"Small\",\"payload\":\"SIZE_S\"},"
                   + "{\"content_type\":\"text\",\"title\":\"Large\",\"payload\":\"SIZE_L\"}]}}");
    }

    @Test
    void humanAgentTagFromTheHeaderOrTheMessage() {
        stubSend();

        ok(send("instagram:sendMessage", "An agent will follow up", InstagramConstants.RECIPIENT_ID, USER,
                InstagramConstants.MESSAGING_TAG, "HUMAN_AGENT"));
        ok(send("instagram:sendMessage", OutgoingMessage.text("Second").humanAgent().to("777")));

        assertSent("{\"recipient\":{\"id\":\"" + USER + "\"},\"messaging_type\":\"MESSAGE_TAG\",\"tag\":\"HUMAN_AGENT\","
                   + "\"message\":{\"text\":\"An agent will follow up\"}}");
        assertSent("{\"recipient\":{\"id\":\"777\"},\"messaging_type\":\"MESSAGE_TAG\",\"tag\":\"HUMAN_AGENT\","
                   + "\"message\":{\"text\":\"Second\"}}");
    }

    @Test
    void textAndAttachmentGoAsTwoMessagesAttachmentFirst() {
        stubSend();

        ok(send("instagram:sendMessage", "Here is your receipt", InstagramConstants.RECIPIENT_ID, USER,
                InstagramConstants.ATTACHMENT_TYPE, "file", InstagramConstants.ATTACHMENT_URL,
                "https://cdn.example/r.pdf"));

        List<LoggedRequest> sent = wireMock.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)));
        assertEquals(2, sent.size());
        List<String> bodies = sent.stream().sorted((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()))
                .map(LoggedRequest::getBodyAsString).toList();
        assertTrue(bodies.get(0).contains("\"attachment\""), bodies.get(0));
        assertTrue(bodies.get(1).contains("Here is your receipt"), bodies.get(1));
    }

    @Test
    void privateReplyToAComment() {
        stubSend();

        ok(send("instagram:privateReply", "We sent you the details", InstagramConstants.COMMENT_ID, "17858893269000001"));

        assertSent("{\"recipient\":{\"comment_id\":\"17858893269000001\"},"
                   + "\"message\":{\"text\":\"We sent you the details\"}}");
    }

    @Test
    void reactUnreactAndSenderActions() {
        stub(post(urlPathEqualTo(MESSAGES)).willReturn(json("{\"recipient_id\":\"" + USER + "\"}")));

        ok(send("instagram:react", null, InstagramConstants.SENDER_ID, USER, InstagramConstants.MESSAGE_ID, "m1"));
        ok(send("instagram:react", null, InstagramConstants.RECIPIENT_ID, USER, InstagramConstants.MESSAGE_ID, "m2",
                InstagramConstants.REACTION, "wow"));
        ok(send("instagram:unreact", null, InstagramConstants.RECIPIENT_ID, USER, InstagramConstants.MESSAGE_ID, "m1"));
        Exchange typing = ok(send("instagram:sendAction", null, InstagramConstants.SENDER_ID, USER,
                InstagramConstants.SENDER_ACTION, "typing_on"));
        ok(send("instagram:sendAction", null, InstagramConstants.SENDER_ID, USER, InstagramConstants.SENDER_ACTION,
                "mark_seen"));

        String to = "{\"recipient\":{\"id\":\"" + USER + "\"},";
        assertSent(to + "\"sender_action\":\"react\",\"payload\":{\"message_id\":\"m1\",\"reaction\":\"love\"}}");
        assertSent(to + "\"sender_action\":\"react\",\"payload\":{\"message_id\":\"m2\",\"reaction\":\"wow\"}}");
        assertSent(to + "\"sender_action\":\"unreact\",\"payload\":{\"message_id\":\"m1\"}}");
        assertSent(to + "\"sender_action\":\"typing_on\"}");
        assertSent(to + "\"sender_action\":\"mark_seen\"}");
        assertNull(typing.getMessage().getHeader(InstagramConstants.ID), "an action creates nothing");
    }

    @Test
    void listConversationsForOneUserWithPaging() {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT + "/conversations")).willReturn(json(
                "{\"data\":[{\"id\":\"aWdfZAGc1\",\"updated_time\":\"2026-11-29T10:00:00+0000\"}],"
                + "\"paging\":{\"cursors\":{\"after\":\"NEXT\"},\"next\":\"https://graph/next\"}}")));

        Exchange exchange = ok(send("instagram:listConversations", null, InstagramConstants.RECIPIENT_ID, USER,
                InstagramConstants.CURSOR, "C1"));

        Conversation conversation = (Conversation) exchange.getMessage().getBody(List.class).get(0);
        assertEquals("aWdfZAGc1", conversation.getId());
        assertEquals("NEXT", exchange.getMessage().getHeader(InstagramConstants.NEXT_CURSOR));
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT + "/conversations"))
                .withQueryParam("platform", equalTo("instagram")).withQueryParam("user_id", equalTo(USER))
                .withQueryParam("after", equalTo("C1")).withQueryParam("fields", absent()));
    }

    @Test
    void listMessagesAndGetMessage() {
        stub(get(urlPathEqualTo("/v25.0/aWdfZAGc1")).willReturn(json(
                "{\"messages\":{\"data\":[{\"id\":\"mid2\",\"created_time\":\"2026-11-29T10:00:00+0000\"},"
                + "{\"id\":\"mid1\",\"created_time\":\"2026-11-29T09:00:00+0000\"}]},\"id\":\"aWdfZAGc1\"}")));
        stub(get(urlPathEqualTo("/v25.0/mid2")).willReturn(json(
                "{\"id\":\"mid2\",\"created_time\":\"2022-07-12T19:11:07+0000\",\"from\":{\"username\":\"fan\","
                + "\"id\":\"" + USER + "\"},\"to\":{\"data\":[{\"username\":\"shop\",\"id\":\"" + ACCOUNT + "\"}]},"
                + "\"message\":\"Hi\"}")));

        List<?> messages = ok(send("instagram:listMessages", null, InstagramConstants.CONVERSATION_ID, "aWdfZAGc1"))
                .getMessage().getBody(List.class);
        Message message = ok(send("instagram:getMessage", null, InstagramConstants.MESSAGE_ID, "mid2"))
                .getMessage().getBody(Message.class);

        assertEquals(2, messages.size());
        assertEquals("mid2", ((Message) messages.get(0)).getId());
        assertEquals("Hi", message.getMessage());
        assertEquals("fan", message.getFrom().getUsername());
        assertEquals(ACCOUNT, message.getTo().getData().get(0).getId());
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/aWdfZAGc1")).withQueryParam("fields",
                equalTo("messages")));
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/mid2")).withQueryParam("fields",
                equalTo("id,created_time,from,to,message")));
    }

    static Stream<Arguments> invalidMessages() {
        String tooLong = "€".repeat(334);
        OutgoingMessage fourteen = OutgoingMessage.text("Pick one");
        for (int i = 0; i < 14; i++) {
            fourteen.quickReply("Option " + i, "P" + i);
        }
        return Stream.of(
                Arguments.of("sendMessage", "hi", new Object[0], "No recipient"),
                Arguments.of("sendMessage", null, new Object[] { InstagramConstants.RECIPIENT_ID, USER },
                        "No message content"),
                Arguments.of("sendMessage", "  ", new Object[] { InstagramConstants.RECIPIENT_ID, USER },
                        "No message content"),
                Arguments.of("sendMessage", tooLong, new Object[] { InstagramConstants.RECIPIENT_ID, USER },
                        "1002 UTF-8 bytes"),
                Arguments.of("sendMessage", fourteen, new Object[] { InstagramConstants.RECIPIENT_ID, USER },
                        "14 quick replies"),
                Arguments.of("sendMessage", OutgoingMessage.text("Size?").quickReply("A title that is far too long",
                        "X"), new Object[] { InstagramConstants.RECIPIENT_ID, USER }, "longer than 20 characters"),
                Arguments.of("sendMessage", null, new Object[] { InstagramConstants.RECIPIENT_ID, USER,
                        InstagramConstants.ATTACHMENT_TYPE, "sticker" }, "Unknown attachment type 'sticker'"),
                Arguments.of("sendMessage", null, new Object[] { InstagramConstants.RECIPIENT_ID, USER,
                        InstagramConstants.ATTACHMENT_TYPE, "image" }, "public http(s) URL"),
                Arguments.of("sendMessage", null, new Object[] { InstagramConstants.RECIPIENT_ID, USER,
                        InstagramConstants.ATTACHMENT_TYPE, "MEDIA_SHARE" }, "id of the account's own post"),
                Arguments.of("sendMessage", Map.of("text", "hi"), new Object[] { InstagramConstants.RECIPIENT_ID, USER },
                        "set the text as the body first"),
                Arguments.of("privateReply", "hi", new Object[0], InstagramConstants.COMMENT_ID),
                Arguments.of("privateReply", tooLong, new Object[] { InstagramConstants.COMMENT_ID, "c1" },
                        "1002 UTF-8 bytes"),
                Arguments.of("react", null, new Object[] { InstagramConstants.MESSAGE_ID, "m1" },
                        InstagramConstants.RECIPIENT_ID),
                Arguments.of("react", null, new Object[] { InstagramConstants.RECIPIENT_ID, USER },
                        InstagramConstants.MESSAGE_ID),
                Arguments.of("sendAction", null, new Object[] { InstagramConstants.RECIPIENT_ID, USER,
                        InstagramConstants.SENDER_ACTION, "dance" }, "Unknown sender action 'dance'"),
                Arguments.of("listMessages", null, new Object[0], InstagramConstants.CONVERSATION_ID),
                Arguments.of("getMessage", null, new Object[0], InstagramConstants.MESSAGE_ID));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("invalidMessages")
    void invalidMessagesAreRefusedBeforeSending(String operation, Object body, Object[] headers, String says) {
        Exchange exchange = send("instagram:" + operation, body, headers);

        IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, exchange.getException());
        assertTrue(error.getMessage().contains(says), error.getMessage());
        assertEquals(0, requestCount(), "nothing may be sent");
    }

    @Test
    void windowClosedIsTypedAndPointsToHumanAgent() {
        stub(post(urlPathEqualTo(MESSAGES)).willReturn(graphError(400, 10, 2534022,
                "This message is sent outside of allowed window.")));

        Exchange exchange = send("instagram:sendMessage", "Late answer", InstagramConstants.RECIPIENT_ID, USER);

        InstagramMessagingWindowClosedException error = assertInstanceOf(InstagramMessagingWindowClosedException.class,
                exchange.getException());
        assertTrue(error.getMessage().contains("HUMAN_AGENT"), error.getMessage());
        assertEquals(1, requestCount(), "not retried");
    }

    @Test
    void privateReplyAlreadySentAndUserNotFoundAreTyped() {
        stub(post(urlPathEqualTo(MESSAGES)).withRequestBody(equalToJson("{\"recipient\":{\"comment_id\":\"c1\"}}",
                true, true)).willReturn(graphError(400, 10, 2534025, "Reply already sent")));
        stub(post(urlPathEqualTo(MESSAGES)).withRequestBody(equalToJson("{\"recipient\":{\"id\":\"ghost\"}}", true,
                true)).willReturn(graphError(400, 100, 2534014, "No matching user found")));

        Exchange reply = send("instagram:privateReply", "again", InstagramConstants.COMMENT_ID, "c1");
        Exchange message = send("instagram:sendMessage", "hello", InstagramConstants.RECIPIENT_ID, "ghost");

        assertInstanceOf(InstagramPrivateReplyAlreadySentException.class, reply.getException());
        assertInstanceOf(InstagramUserNotFoundException.class, message.getException());
    }

    @Test
    void webhookStyleRouteAnswersTheSenderWithoutGlue() throws Exception {
        stubSend();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:event").setBody(simple("Thanks ${header.CamelInstagramSenderUsername}!"))
                        .to("instagram:sendMessage");
            }
        });

        template.send("direct:event", exchange -> {
            exchange.getMessage().setHeader(InstagramConstants.SENDER_ID, USER);
            exchange.getMessage().setHeader(InstagramConstants.SENDER_USERNAME, "fan");
            exchange.getMessage().setHeader(InstagramConstants.FIELD, "messages");
            exchange.getMessage().setBody(Map.of("event", "typed event from the webhook"));
        });

        assertSent("{\"recipient\":{\"id\":\"" + USER + "\"},\"message\":{\"text\":\"Thanks fan!\"}}");
    }
}

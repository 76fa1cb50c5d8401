package io.github.camelinstagram;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.camelinstagram.error.InstagramContainerException;
import io.github.camelinstagram.error.InstagramMessagingWindowClosedException;
import io.github.camelinstagram.error.InstagramPermissionException;
import io.github.camelinstagram.error.InstagramPrivateReplyAlreadySentException;
import io.github.camelinstagram.error.InstagramTokenExpiredException;
import io.github.camelinstagram.model.Comment;
import io.github.camelinstagram.model.Conversation;
import io.github.camelinstagram.model.IdResponse;
import io.github.camelinstagram.model.InstagramAccount;
import io.github.camelinstagram.model.InstagramUser;
import io.github.camelinstagram.model.Media;
import io.github.camelinstagram.model.Message;
import io.github.camelinstagram.model.MessageResponse;
import io.github.camelinstagram.model.PublishedMedia;
import io.github.camelinstagram.model.PublishingLimit;
import io.github.camelinstagram.model.SuccessResponse;
import io.github.camelinstagram.sandbox.faults.FaultRule;
import io.github.camelinstagram.sandbox.junit.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fidelity: the operations the WireMock tests check against stubbed answers, run against the local sandbox, whose
 * answers come from its own state and rules. Both must agree: the same typed bodies, output headers, paging and error
 * families, so that a route tested on the sandbox behaves the same on the real service.
 */
class SandboxFidelityTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.create()
            .configure(builder -> builder.videoProcessingTime(Duration.ofMillis(300)));

    private static final String ANNA = "7000000000000101";
    private static final String BEN = "7000000000000102";
    private static final String CARLA = "7000000000000103";

    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void startCamel() {
        context = new DefaultCamelContext();
        InstagramComponent component = new InstagramComponent();
        component.getConfiguration().setBaseUrl(SANDBOX.baseUrl());
        component.getConfiguration().setOauthBaseUrl(SANDBOX.baseUrl());
        component.getConfiguration().setUploadBaseUrl(SANDBOX.baseUrl());
        component.getConfiguration().setAccessToken(SANDBOX.accessToken());
        component.getConfiguration().setAppSecret(SANDBOX.appSecret());
        component.getConfiguration().setRetryDelay(20);
        component.getConfiguration().setPollInitialDelay(50);
        component.setAutoRefreshToken(false);
        context.addComponent("instagram", component);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    private Exchange send(String operation, Object body, Object... headerPairs) {
        Map<String, Object> headers = new HashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put((String) headerPairs[i], headerPairs[i + 1]);
        }
        return template.send("instagram:" + operation, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(headers);
        });
    }

    private <T> T ok(Exchange exchange, Class<T> type) {
        assertNull(exchange.getException(), () -> "failed: " + exchange.getException());
        return assertInstanceOf(type, exchange.getMessage().getBody());
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> okList(Exchange exchange, Class<T> type) {
        List<?> list = ok(exchange, List.class);
        list.forEach(item -> assertInstanceOf(type, item));
        return (List<T>) list;
    }

    @Test
    void profileResolvesTheAccountThroughMeAndReportsUsage() {
        Exchange exchange = send("getProfile", null);

        InstagramAccount account = ok(exchange, InstagramAccount.class);
        assertEquals("sandbox_shop", account.getUsername());
        assertEquals(SANDBOX.accountId(), account.getUserId());
        assertNotNull(exchange.getMessage().getHeader(InstagramConstants.RATE_LIMIT_USAGE));
    }

    @Test
    void listMediaPagesToTheLastPage() {
        List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 20; page++) {
            String after = cursor;
            Exchange exchange = template.send("instagram:listMedia?pageSize=1",
                    e -> e.getMessage().setHeader(InstagramConstants.CURSOR, after));
            List<Media> media = okList(exchange, Media.class);
            assertEquals(1, media.size());
            ids.add(media.get(0).getId());
            cursor = exchange.getMessage().getHeader(InstagramConstants.NEXT_CURSOR, String.class);
            if (cursor == null) {
                break;
            }
        }
        assertNull(cursor, "the last page has no next cursor");
        assertTrue(ids.size() >= 3, "the seed has at least an image, a carousel and a reel: " + ids);
        assertEquals(ids.size(), ids.stream().distinct().count(), "no media twice: " + ids);
    }

    @Test
    void carouselMediaHasItsChildren() {
        Media carousel = okList(send("listMedia", null), Media.class).stream()
                .filter(m -> "CAROUSEL_ALBUM".equals(m.getMediaType())).findFirst().orElseThrow();

        Media read = ok(send("getMedia", null, InstagramConstants.MEDIA_ID, carousel.getId()), Media.class);

        assertEquals(2, read.getChildren().getData().size());
    }

    @Test
    void commentModerationLifecycle() {
        String media = okList(send("listMedia", null), Media.class).get(0).getId();

        String comment = ok(send("postComment", "Thanks everyone!", InstagramConstants.MEDIA_ID, media),
                IdResponse.class).getId();
        Exchange replied = send("reply", "And welcome!", InstagramConstants.COMMENT_ID, comment);
        String reply = ok(replied, IdResponse.class).getId();
        assertEquals(reply, replied.getMessage().getHeader(InstagramConstants.ID));

        assertEquals("Thanks everyone!", ok(send("getComment", null, InstagramConstants.COMMENT_ID, comment),
                Comment.class).getText());
        assertTrue(okList(send("listComments", null, InstagramConstants.MEDIA_ID, media), Comment.class).stream()
                .anyMatch(c -> c.getId().equals(comment)));
        assertEquals(List.of(reply), okList(send("listReplies", null, InstagramConstants.COMMENT_ID, comment),
                Comment.class).stream().map(Comment::getId).toList());

        InstagramApiException replyToReply = assertInstanceOf(InstagramApiException.class,
                send("reply", "nested", InstagramConstants.COMMENT_ID, reply).getException());
        assertEquals(100, replyToReply.getCode());

        ok(send("hideComment", null, InstagramConstants.COMMENT_ID, comment), SuccessResponse.class);
        assertTrue(ok(send("getComment", null, InstagramConstants.COMMENT_ID, comment), Comment.class).getHidden());
        ok(send("unhideComment", null, InstagramConstants.COMMENT_ID, comment), SuccessResponse.class);
        assertFalse(ok(send("getComment", null, InstagramConstants.COMMENT_ID, comment), Comment.class).getHidden());

        ok(send("deleteComment", null, InstagramConstants.COMMENT_ID, reply), SuccessResponse.class);
        assertInstanceOf(InstagramApiException.class, send("getComment", null, InstagramConstants.COMMENT_ID, reply)
                .getException());

        ok(send("disableComments", null, InstagramConstants.MEDIA_ID, media), SuccessResponse.class);
        assertFalse(ok(send("getMedia", null, InstagramConstants.MEDIA_ID, media), Media.class).getCommentEnabled());
        ok(send("enableComments", null, InstagramConstants.MEDIA_ID, media), SuccessResponse.class);
        assertTrue(ok(send("getMedia", null, InstagramConstants.MEDIA_ID, media), Media.class).getCommentEnabled());
    }

    @Test
    void messagingWindowsAndPrivateReplies() {
        Exchange toAnna = send("sendMessage", "Hello Anna", InstagramConstants.RECIPIENT_ID, ANNA);
        assertNotNull(ok(toAnna, MessageResponse.class).getMessageId());
        assertEquals(ANNA, toAnna.getMessage().getBody(MessageResponse.class).getRecipientId());

        assertInstanceOf(InstagramMessagingWindowClosedException.class,
                send("sendMessage", "Hello Ben", InstagramConstants.RECIPIENT_ID, BEN).getException(),
                "Ben wrote more than 24 hours ago");
        ok(send("sendMessage", "An agent here", InstagramConstants.RECIPIENT_ID, BEN,
                InstagramConstants.MESSAGING_TAG, "HUMAN_AGENT"), MessageResponse.class);

        String media = okList(send("listMedia", null), Media.class).get(0).getId();
        String followerComment = okList(send("listComments", null, InstagramConstants.MEDIA_ID, media), Comment.class)
                .stream().filter(c -> c.getFrom() != null && !SANDBOX.accountId().equals(c.getFrom().getId()))
                .findFirst().orElseThrow().getId();
        ok(send("privateReply", "Details in DM", InstagramConstants.COMMENT_ID, followerComment),
                MessageResponse.class);
        assertInstanceOf(InstagramPrivateReplyAlreadySentException.class,
                send("privateReply", "Again", InstagramConstants.COMMENT_ID, followerComment).getException());
    }

    @Test
    void conversationsMessagesReactionsAndProfiles() {
        Conversation conversation = okList(send("listConversations", null, InstagramConstants.RECIPIENT_ID, ANNA),
                Conversation.class).get(0);
        List<Message> messages = okList(template.send("instagram:listMessages?fields=messages{id,created_time,from,"
                                                      + "to,message}",
                e -> e.getMessage().setHeader(InstagramConstants.CONVERSATION_ID, conversation.getId())),
                Message.class);
        assertFalse(messages.isEmpty());
        Message latest = ok(send("getMessage", null, InstagramConstants.MESSAGE_ID, messages.get(0).getId()),
                Message.class);
        assertEquals(messages.get(0).getId(), latest.getId());
        assertNotNull(latest.getCreatedTime());

        ok(send("react", null, InstagramConstants.SENDER_ID, ANNA, InstagramConstants.MESSAGE_ID, latest.getId()),
                MessageResponse.class);
        ok(send("sendAction", null, InstagramConstants.SENDER_ID, ANNA, InstagramConstants.SENDER_ACTION,
                "typing_on"), MessageResponse.class);

        assertEquals("anna.follower", ok(send("getUserProfile", null, InstagramConstants.SENDER_ID, ANNA),
                InstagramUser.class).getUsername());
        assertInstanceOf(InstagramPermissionException.class,
                send("getUserProfile", null, InstagramConstants.RECIPIENT_ID, CARLA).getException(),
                "Carla never messaged the account");
        ok(send("subscribeWebhooks", null), SuccessResponse.class);
    }

    @Test
    void publishingFlowAndContainerErrors() {
        Exchange published = send("publish", "Autumn is here", InstagramConstants.IMAGE_URL,
                "https://cdn.example.com/autumn.jpg");
        PublishedMedia media = ok(published, PublishedMedia.class);
        assertEquals(media.getId(), published.getMessage().getHeader(InstagramConstants.ID));
        assertEquals("Autumn is here", ok(send("getMedia", null, InstagramConstants.MEDIA_ID, media.getId()),
                Media.class).getCaption());

        Exchange reel = send("publish", null, InstagramConstants.MEDIA_TYPE, "REELS", InstagramConstants.VIDEO_URL,
                "https://cdn.example.com/reel.mp4");
        assertNotEquals(media.getId(), ok(reel, PublishedMedia.class).getId());

        InstagramContainerException failed = assertInstanceOf(InstagramContainerException.class,
                send("publish", null, InstagramConstants.IMAGE_URL, "https://cdn.example.com/fail.jpg").getException());
        assertEquals(2207052, failed.getSubcode());

        assertNotNull(ok(send("getPublishingLimit", null), PublishingLimit.class));
    }

    @Test
    void throttlingAndTransientFaultsAreRetriedLikeOnWireMock() {
        SANDBOX.server().faults().add(FaultRule.throttle(4, 0).times(1));
        ok(send("getProfile", null), InstagramAccount.class);

        SANDBOX.server().faults().add(FaultRule.error(503).times(1));
        ok(send("getProfile", null), InstagramAccount.class);
    }

    @Test
    void expiredTokenIsTheTypedExpiredError() {
        ok(send("getProfile", null), InstagramAccount.class);
        SANDBOX.server().advanceClock(Duration.ofDays(61));

        InstagramTokenExpiredException expired = assertInstanceOf(InstagramTokenExpiredException.class,
                send("getProfile", null, InstagramConstants.ACCESS_TOKEN, SANDBOX.accessToken()).getException());
        assertEquals(463, expired.getSubcode());
    }
}

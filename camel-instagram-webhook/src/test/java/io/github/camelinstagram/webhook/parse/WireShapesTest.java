package io.github.camelinstagram.webhook.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.github.camelinstagram.webhook.event.CommentEvent;
import io.github.camelinstagram.webhook.event.MessageEvent;
import io.github.camelinstagram.webhook.event.SeenEvent;
import io.github.camelinstagram.webhook.event.WebhookEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Payloads in the shapes Meta sends (src/test/resources/fixtures: an unsupported attachment, a seen receipt, a reply
 * to a comment, a live comment) parse into the expected events; a container status is not a webhook payload.
 */
class WireShapesTest {

    private final WebhookPayloadParser parser = new WebhookPayloadParser();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = WireShapesTest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("no fixture " + name + " in src/test/resources/fixtures");
            }
            return in.readAllBytes();
        }
    }

    @Test
    void unsupportedAttachment() throws Exception {
        List<WebhookEvent> events = parser.parse(fixture("message-unsupported-attachment.json"));
        MessageEvent event = assertInstanceOf(MessageEvent.class, events.get(0));
        assertEquals(1, events.size());
        assertEquals("17841400000000001", event.getAccountId());
        assertEquals("5614879045272581", event.getSenderId());
        assertEquals(1785412105944L, event.getTime());
        assertTrue(event.getEventId().startsWith("aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3"));
        assertEquals(event.getMid(), event.getEventId());
        assertEquals("unsupported_type", event.getMessage().getAttachments().get(0).getType());
        assertTrue(event.getMessage().getAttachments().get(0).getPayload().getUrl()
                .startsWith("https://lookaside.fbsbx.com/ig_messaging_cdn/"));
        assertNull(event.getText());
        assertFalse(event.isEcho());
    }

    @Test
    void seen() throws Exception {
        SeenEvent event = assertInstanceOf(SeenEvent.class,
                parser.parse(fixture("messaging-seen.json")).get(0));
        assertEquals("messaging_seen", event.getField());
        assertEquals("mid.seen.fixture", event.getMid());
        assertEquals("messaging_seen:mid.seen.fixture:1785412105944", event.getEventId());
        assertEquals(1785412105944L, event.getTime());
    }

    @Test
    void commentReply() throws Exception {
        CommentEvent event = assertInstanceOf(CommentEvent.class,
                parser.parse(fixture("comment-reply.json")).get(0));
        assertEquals("comments", event.getField());
        assertEquals("17841400000000001", event.getAccountId());
        assertEquals("comments:17890000000000099", event.getEventId());
        assertEquals(1785412106000L, event.getTime());
        assertEquals("Is the blue one back in stock?", event.getText());
        assertEquals("6677889900112233", event.getFrom().getId());
        assertEquals("shopper_anna", event.getFrom().getUsername());
        assertEquals("17890000000000001", event.getParentId());
        assertEquals("17900000000000042", event.getMedia().getId());
        assertEquals("REELS", event.getMedia().getMediaProductType());
        assertFalse(event.isSelfAuthored());
    }

    @Test
    void liveComment() throws Exception {
        CommentEvent event = assertInstanceOf(CommentEvent.class,
                parser.parse(fixture("live-comment.json")).get(0));
        assertEquals("live_comments", event.getField());
        assertEquals("live_comments:17890000000000777", event.getEventId());
        assertNull(event.getFrom());
        assertNull(event.getMedia());
    }

    @Test
    void aContainerStatusIsNotAWebhookPayload() {
        assertThrows(MalformedPayloadException.class,
                () -> parser.parse(fixture("container-status.json")));
    }
}

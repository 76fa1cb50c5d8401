package io.github.camelinstagram.webhook.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 * The payloads other Instagram clients test with (shared/fixtures/peer) parse into the expected events.
 */
class PeerFixturesTest {

    private final WebhookPayloadParser parser = new WebhookPayloadParser();

    static byte[] fixture(String name) throws IOException {
        Path path = Paths.get("..", "..", "shared", "fixtures", "peer", name);
        if (!Files.exists(path)) {
            path = Paths.get("..", "shared", "fixtures", "peer", name);
        }
        return Files.readAllBytes(path);
    }

    @Test
    void unsupportedAttachment() throws Exception {
        List<WebhookEvent> events = parser.parse(fixture("restfb-messaging-attachment-unsupported.json"));
        MessageEvent event = assertInstanceOf(MessageEvent.class, events.get(0));
        assertEquals(1, events.size());
        assertEquals("17841452691600098", event.getAccountId());
        assertEquals("5614879045272581", event.getSenderId());
        assertEquals(1668022333735L, event.getTime());
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
                parser.parse(fixture("restfb-messaging-seen.json")).get(0));
        assertEquals("messaging_seen", event.getField());
        assertEquals("MESSAGE-ID", event.getMid());
        assertEquals("messaging_seen:MESSAGE-ID:1668022333735", event.getEventId());
        assertEquals(1668022333735L, event.getTime());
    }

    @Test
    void commentReply2021() throws Exception {
        CommentEvent event = assertInstanceOf(CommentEvent.class,
                parser.parse(fixture("restfb-wh-comments-2021.json")).get(0));
        assertEquals("comments", event.getField());
        assertEquals("0", event.getAccountId());
        assertEquals("comments:123456789", event.getEventId());
        assertEquals(1519399307000L, event.getTime());
        assertEquals("This is an example.", event.getText());
        assertEquals("1234536447", event.getFrom().getId());
        assertEquals("testuser", event.getFrom().getUsername());
        assertEquals("987654321", event.getParentId());
        assertEquals("76543987", event.getMedia().getId());
        assertEquals("FEED", event.getMedia().getMediaProductType());
        assertFalse(event.isSelfAuthored());
    }

    @Test
    void liveComment() throws Exception {
        CommentEvent event = assertInstanceOf(CommentEvent.class,
                parser.parse(fixture("restfb-wh-livecomments.json")).get(0));
        assertEquals("live_comments", event.getField());
        assertEquals("live_comments:123456789", event.getEventId());
        assertNull(event.getFrom());
        assertNull(event.getMedia());
    }

    @Test
    void aContainerStatusIsNotAWebhookPayload() {
        assertThrows(MalformedPayloadException.class,
                () -> parser.parse(fixture("python-facebook-container_info.json")));
    }
}

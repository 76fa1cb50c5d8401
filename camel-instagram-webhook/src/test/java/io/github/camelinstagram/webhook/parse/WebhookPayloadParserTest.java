package io.github.camelinstagram.webhook.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelinstagram.webhook.event.Attachment;
import io.github.camelinstagram.webhook.event.CommentEvent;
import io.github.camelinstagram.webhook.event.GenericChangeEvent;
import io.github.camelinstagram.webhook.event.InstagramMessage;
import io.github.camelinstagram.webhook.event.MessageEditEvent;
import io.github.camelinstagram.webhook.event.MessageEvent;
import io.github.camelinstagram.webhook.event.OptinEvent;
import io.github.camelinstagram.webhook.event.PostbackEvent;
import io.github.camelinstagram.webhook.event.ReactionEvent;
import io.github.camelinstagram.webhook.event.ReferralEvent;
import io.github.camelinstagram.webhook.event.SeenEvent;
import io.github.camelinstagram.webhook.event.UnknownMessagingEvent;
import io.github.camelinstagram.webhook.event.WebhookEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookPayloadParserTest {

    private static final String ACCOUNT = "17841400000000001";
    private static final String USER = "5614879045272581";

    private final WebhookPayloadParser parser = new WebhookPayloadParser();

    private List<WebhookEvent> parse(String json) throws MalformedPayloadException {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String messaging(String... items) {
        return "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + ACCOUNT + "\",\"time\":1569262486134,"
               + "\"messaging\":[" + String.join(",", items) + "]}]}";
    }

    private static String item(String key, String part) {
        return "{\"sender\":{\"id\":\"" + USER + "\"},\"recipient\":{\"id\":\"" + ACCOUNT + "\"},"
               + "\"timestamp\":1569262485349,\"" + key + "\":" + part + "}";
    }

    private <T extends WebhookEvent> T single(String json, Class<T> type) throws MalformedPayloadException {
        List<WebhookEvent> events = parse(json);
        assertEquals(1, events.size());
        return assertInstanceOf(type, events.get(0));
    }

    @Test
    void textMessage() throws Exception {
        MessageEvent event = single(messaging(item("message", "{\"mid\":\"m1\",\"text\":\"Hi\"}")), MessageEvent.class);
        assertEquals("messages", event.getField());
        assertEquals(ACCOUNT, event.getAccountId());
        assertEquals(USER, event.getSenderId());
        assertEquals(ACCOUNT, event.getRecipientId());
        assertEquals(1569262485349L, event.getTimestamp());
        assertEquals(1569262485349L, event.getTime());
        assertEquals("m1", event.getEventId());
        assertEquals("Hi", event.getText());
        assertFalse(event.isEcho());
    }

    @Test
    void messageWithEveryAttachmentType() throws Exception {
        String[] types = { "image", "video", "audio", "file", "share", "story_mention", "ig_reel", "reel", "ig_post",
                           "unsupported_type", "a_type_meta_adds_later" };
        StringBuilder attachments = new StringBuilder();
        for (String type : types) {
            attachments.append(attachments.length() > 0 ? "," : "")
                    .append("{\"type\":\"").append(type).append("\",\"payload\":{\"url\":\"https://cdn/")
                    .append(type).append("\",\"title\":\"t\",\"reel_video_id\":\"r1\",\"ig_post_media_id\":1790,")
                    .append("\"sticker_id\":369239263222822,\"unknown\":{\"x\":[1,2]}}}");
        }
        MessageEvent event = single(messaging(item("message", "{\"mid\":\"m2\",\"attachments\":[" + attachments
                                                             + "]}")),
                MessageEvent.class);
        List<Attachment> list = event.getMessage().getAttachments();
        assertEquals(types.length, list.size());
        for (int i = 0; i < types.length; i++) {
            assertEquals(types[i], list.get(i).getType());
            assertEquals("https://cdn/" + types[i], list.get(i).getPayload().getUrl());
        }
        assertEquals("r1", list.get(0).getPayload().getReelVideoId());
        assertEquals("1790", list.get(0).getPayload().getIgPostMediaId());
        assertEquals("369239263222822", list.get(0).getPayload().getStickerId());
        assertNull(event.getText());
    }

    @Test
    void echoDeletedUnsupportedQuickReplyReplyToAndReferral() throws Exception {
        InstagramMessage echo = single(messaging(item("message", "{\"mid\":\"e\",\"text\":\"x\",\"is_echo\":true}")),
                MessageEvent.class).getMessage();
        assertTrue(echo.isEcho());
        assertTrue(single(messaging(item("message", "{\"mid\":\"d\",\"is_deleted\":true}")), MessageEvent.class)
                .getMessage().isDeleted());
        assertTrue(single(messaging(item("message", "{\"mid\":\"u\",\"is_unsupported\":true}")), MessageEvent.class)
                .getMessage().isUnsupported());
        InstagramMessage quick = single(messaging(item("message",
                "{\"mid\":\"q\",\"text\":\"Red\",\"quick_reply\":{\"payload\":\"COLOR_RED\"}}")), MessageEvent.class)
                .getMessage();
        assertEquals("COLOR_RED", quick.getQuickReply().getPayload());
        InstagramMessage reply = single(messaging(item("message",
                "{\"mid\":\"r\",\"text\":\"yes\",\"reply_to\":{\"mid\":\"m0\"}}")), MessageEvent.class).getMessage();
        assertEquals("m0", reply.getReplyTo().getMid());
        InstagramMessage story = single(messaging(item("message",
                "{\"mid\":\"s\",\"text\":\"nice\",\"reply_to\":{\"story\":{\"url\":\"https://cdn/s\",\"id\":\"179\"}}}")),
                MessageEvent.class).getMessage();
        assertEquals("179", story.getReplyTo().getStory().getId());
        assertEquals("https://cdn/s", story.getReplyTo().getStory().getUrl());
        InstagramMessage referred = single(messaging(item("message",
                "{\"mid\":\"f\",\"text\":\"hello\",\"referral\":{\"ref\":\"r\",\"source\":\"ADS\",\"type\":\"OPEN_THREAD\","
                                                                          + "\"ad_id\":\"23\",\"ads_context_data\":{\"ad_title\":\"Sale\",\"photo_url\":\"https://p\"}}}")),
                MessageEvent.class).getMessage();
        assertEquals("ADS", referred.getReferral().getSource());
        assertEquals("23", referred.getReferral().getAdId());
        assertEquals("Sale", referred.getReferral().getAdsContextData().get("ad_title"));
    }

    @Test
    void reactionSeenPostbackReferralOptinAndEdit() throws Exception {
        ReactionEvent reaction = single(messaging(item("reaction",
                "{\"mid\":\"m1\",\"action\":\"react\",\"reaction\":\"love\",\"emoji\":\"\\u2764\\ufe0f\"}")),
                ReactionEvent.class);
        assertEquals("message_reactions", reaction.getField());
        assertEquals("message_reactions:m1:react:1569262485349", reaction.getEventId());
        assertEquals("\u2764\ufe0f", reaction.getReaction().getEmoji());
        assertEquals("m1", reaction.getMid());
        ReactionEvent unreact = single(messaging(item("reaction", "{\"mid\":\"m1\",\"action\":\"unreact\"}")),
                ReactionEvent.class);
        assertEquals("message_reactions:m1:unreact:1569262485349", unreact.getEventId());

        SeenEvent seen = single(messaging(item("read", "{\"mid\":\"m9\"}")), SeenEvent.class);
        assertEquals("messaging_seen", seen.getField());
        assertEquals("messaging_seen:m9:1569262485349", seen.getEventId());
        assertEquals("m9", seen.getMid());

        PostbackEvent postback = single(messaging(item("postback",
                "{\"mid\":\"m3\",\"title\":\"Start\",\"payload\":\"GET_STARTED\"}")), PostbackEvent.class);
        assertEquals("messaging_postbacks", postback.getField());
        assertEquals("messaging_postbacks:m3:1569262485349", postback.getEventId());
        assertEquals("GET_STARTED", postback.getPostback().getPayload());

        ReferralEvent referral = single(messaging(item("referral",
                "{\"ref\":\"promo\",\"source\":\"SHORTLINK\",\"type\":\"OPEN_THREAD\"}")), ReferralEvent.class);
        assertEquals("messaging_referral", referral.getField());
        assertEquals("messaging_referral:" + USER + ":1569262485349", referral.getEventId());
        assertEquals("promo", referral.getReferral().getRef());

        OptinEvent optin = single(messaging(item("optin",
                "{\"type\":\"notification_messages\",\"payload\":\"p\",\"notification_messages_token\":\"tok\","
                                                       + "\"notification_messages_frequency\":\"DAILY\",\"token_expiry_timestamp\":1700000000000}")),
                OptinEvent.class);
        assertEquals("messaging_optins", optin.getField());
        assertEquals("messaging_optins:" + USER + ":1569262485349", optin.getEventId());
        assertEquals("tok", optin.getOptin().getToken());
        assertEquals(1700000000000L, optin.getOptin().getTokenExpiryTimestamp());

        MessageEditEvent edit = single(messaging(item("message_edit",
                "{\"mid\":\"m4\",\"text\":\"fixed\",\"num_edit\":2}")), MessageEditEvent.class);
        assertEquals("message_edit", edit.getField());
        assertEquals("message_edit:m4:2", edit.getEventId());
        assertEquals("fixed", edit.getText());
    }

    @Test
    void unknownMessagingItemTakesItsFirstOtherKey() throws Exception {
        UnknownMessagingEvent event = single(messaging(
                "{\"sender\":{\"id\":\"" + USER + "\"},\"timestamp\":1569262485349,\"recipient\":{\"id\":\"1\"},"
                + "\"handover\":{\"x\":1},\"later\":true}"),
                UnknownMessagingEvent.class);
        assertEquals("handover", event.getField());
        assertEquals("handover:" + USER + ":1569262485349", event.getEventId());
        assertEquals(1, event.getItem().get("handover").get("x").asInt());
    }

    @Test
    void commentReplyAndLiveComment() throws Exception {
        String json = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + ACCOUNT + "\",\"time\":1785412106,"
                      + "\"changes\":[{\"field\":\"comments\",\"value\":{\"id\":\"c1\",\"from\":{\"id\":\"u1\","
                      + "\"username\":\"ann\"},\"text\":\"Nice\",\"media\":{\"id\":\"m1\",\"media_product_type\":\"REELS\"},"
                      + "\"parent_id\":\"c0\"}},{\"field\":\"live_comments\",\"value\":{\"id\":\"c2\",\"text\":\"Live\","
                      + "\"from\":{\"id\":\"" + ACCOUNT + "\",\"username\":\"me\"}}}]}]}";
        List<WebhookEvent> events = parse(json);
        assertEquals(2, events.size());
        CommentEvent reply = assertInstanceOf(CommentEvent.class, events.get(0));
        assertEquals("comments", reply.getField());
        assertEquals("comments:c1", reply.getEventId());
        assertEquals(1785412106000L, reply.getTime());
        assertEquals("u1", reply.getFrom().getId());
        assertEquals("ann", reply.getFrom().getUsername());
        assertEquals("m1", reply.getMedia().getId());
        assertEquals("REELS", reply.getMedia().getMediaProductType());
        assertEquals("c0", reply.getParentId());
        assertTrue(reply.isReply());
        assertFalse(reply.isSelfAuthored());
        CommentEvent live = assertInstanceOf(CommentEvent.class, events.get(1));
        assertEquals("live_comments", live.getField());
        assertEquals("live_comments:c2", live.getEventId());
        assertTrue(live.isSelfAuthored());
        assertTrue(live.isOwnEvent());
    }

    @Test
    void genericChangeKeyHashesTheValueAsADefaultObjectMapperWritesIt() throws Exception {
        String value = "{ \"media_id\" : \"17887498072083520\", \"impressions\": 444, \"reach\" : 44.5,"
                       + " \"list\": [1, {\"b\": null}], \"text\": \"caf\\u00e9\" }";
        String json = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + ACCOUNT + "\",\"time\":1785412106,"
                      + "\"changes\":[{\"field\":\"story_insights\",\"value\":" + value + "}]}]}";
        GenericChangeEvent event = single(json, GenericChangeEvent.class);
        assertEquals("story_insights", event.getField());
        ObjectMapper plain = new ObjectMapper();
        byte[] written = plain.writeValueAsBytes(plain.readTree(value));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(written));
        assertEquals("story_insights:" + ACCOUNT + ":1785412106:" + sha, event.getEventId());
        assertEquals(1785412106000L, event.getTime());
        assertEquals(444, event.getValue().get("impressions").asInt());
        assertEquals("{\"media_id\":\"17887498072083520\",\"impressions\":444,\"reach\":44.5,\"list\":[1,{\"b\":null}],"
                     + "\"text\":\"caf\u00e9\"}",
                event.getRawJson());
    }

    @Test
    void bothEntryShapesInOneRequestKeepTheirOrder() throws Exception {
        String json = "{\"object\":\"instagram\",\"entry\":["
                      + "{\"id\":\"" + ACCOUNT + "\",\"time\":1569262486134,\"messaging\":["
                      + item("message", "{\"mid\":\"a\",\"text\":\"1\"}") + ","
                      + item("message", "{\"mid\":\"b\",\"text\":\"2\"}") + "]},"
                      + "{\"id\":\"" + ACCOUNT + "\",\"time\":1785412106,\"changes\":["
                      + "{\"field\":\"comments\",\"value\":{\"id\":\"c\",\"text\":\"3\"}}]},"
                      + "{\"id\":\"" + ACCOUNT + "\",\"time\":1569262486134,\"messaging\":["
                      + item("read", "{\"mid\":\"b\"}") + "]}]}";
        List<WebhookEvent> events = parse(json);
        assertEquals(List.of("a", "b", "comments:c", "messaging_seen:b:1569262485349"),
                events.stream().map(WebhookEvent::getEventId).toList());
    }

    @Test
    void jsonArrayWrapperIsAccepted() throws Exception {
        String json = "[" + messaging(item("message", "{\"mid\":\"a\",\"text\":\"1\"}")) + ","
                      + messaging(item("message", "{\"mid\":\"b\",\"text\":\"2\"}")) + "]";
        assertEquals(List.of("a", "b"), parse(json).stream().map(WebhookEvent::getEventId).toList());
    }

    @Test
    void unknownFieldsAreIgnoredAndIdsMayBeNumbers() throws Exception {
        String json = "{\"object\":\"instagram\",\"new_top\":{\"x\":[1,2,3]},\"entry\":[{\"id\":17841400000000001,"
                      + "\"time\":1569262486134,\"standby\":[{\"a\":1}],\"messaging\":[{\"sender\":{\"id\":42,\"x\":1},"
                      + "\"timestamp\":1569262485349,\"message\":{\"mid\":\"m\",\"text\":\"t\",\"brand_new\":{\"deep\":[[[]]]}},"
                      + "\"extra\":\"y\"}]}]}";
        MessageEvent event = single(json, MessageEvent.class);
        assertEquals("17841400000000001", event.getAccountId());
        assertEquals("42", event.getSenderId());
        assertNull(event.getRecipient());
    }

    @Test
    void timeIsNormalisedToEpochMilliseconds() throws Exception {
        String seconds = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1519399307,"
                         + "\"changes\":[{\"field\":\"comments\",\"value\":{\"id\":\"c\"}}]}]}";
        assertEquals(1519399307000L, parse(seconds).get(0).getTime());
        String millis = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1519399307123,"
                        + "\"changes\":[{\"field\":\"comments\",\"value\":{\"id\":\"c\"}}]}]}";
        assertEquals(1519399307123L, parse(millis).get(0).getTime());
        String noTimestamp = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1569262486134,"
                             + "\"messaging\":[{\"sender\":{\"id\":\"u\"},\"read\":{\"mid\":\"m\"}}]}]}";
        WebhookEvent seen = parse(noTimestamp).get(0);
        assertEquals(1569262486134L, seen.getTime());
        assertEquals("messaging_seen:m:1569262486134", seen.getEventId());
    }

    @Test
    void emptyEntryListHasNoEvents() throws Exception {
        assertTrue(parse("{\"object\":\"instagram\",\"entry\":[]}").isEmpty());
        assertTrue(parse("{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1}]}").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "not json",
            "{\"object\":\"instagram\",\"entry\":[]",
            "{\"object\":\"instagram\",\"entry\":[]} trailing",
            "{\"object\":\"instagram\",\"entry\":[]}{}",
            "[]",
            "[1]",
            "42",
            "\"instagram\"",
            "null",
            "{\"object\":\"page\",\"entry\":[]}",
            "{\"object\":\"Instagram\",\"entry\":[]}",
            "{\"object\":[\"instagram\"],\"entry\":[]}",
            "{\"entry\":[]}",
            "{\"object\":\"instagram\"}",
            "{\"object\":\"instagram\",\"entry\":{}}",
            "{\"object\":\"instagram\",\"entry\":[1]}",
            "{\"object\":\"instagram\",\"entry\":[{\"time\":1,\"messaging\":[]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":{},\"time\":1}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":\"1\"}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1.5}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":-1}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":99999999999999999999999}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1e400}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"comments\",\"value\":{\"id\":\"c\"}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"changes\":{}}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"changes\":[\"x\"]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"changes\":[{\"value\":{}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"changes\":[{\"field\":7}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"changes\":[{\"field\":\"comments\",\"value\":\"x\"}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"changes\":[{\"field\":\"comments\",\"value\":{\"text\":\"no id\"}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"changes\":[{\"field\":\"comments\",\"value\":{\"id\":\"c\",\"text\":{}}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"changes\":[{\"field\":\"comments\",\"value\":{\"id\":\"c\",\"from\":\"u\"}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":{}}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[[]]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"message\":{\"mid\":\"m\"}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":\"u\",\"message\":{\"mid\":\"m\"}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":true},\"message\":{\"mid\":\"m\"}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"messaging\":[{\"sender\":{\"id\":\"u\"},\"message\":{\"mid\":\"m\"}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u\"},\"timestamp\":\"1\",\"message\":{\"mid\":\"m\"}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u\"},\"message\":\"m\"}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u\"},\"message\":{\"text\":\"no mid\"}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u\"},\"message\":{\"mid\":\"m\",\"text\":1}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u\"},\"message\":{\"mid\":\"m\",\"is_echo\":\"true\"}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u\"},\"message\":{\"mid\":\"m\",\"attachments\":{}}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u\"},\"message\":{\"mid\":\"m\",\"attachments\":[\"x\"]}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u\"},\"message\":{\"mid\":\"m\",\"attachments\":[{\"payload\":[]}]}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u\"},\"reaction\":{\"action\":\"react\"}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u\"},\"message_edit\":{\"mid\":\"m\",\"num_edit\":\"1\"}}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u\"},\"read\":[]}]}]}",
            "{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u\"},\"timestamp\":5}]}]}" })
    void malformedPayloadsAreRefusedWhole(String json) {
        assertThrows(MalformedPayloadException.class, () -> parse(json), json);
    }

    @Test
    void invalidUtf8AndDeepNestingAreRefused() {
        byte[] invalid = ("{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"u\"},"
                          + "\"message\":{\"mid\":\"m\",\"text\":\"XX\"}}]}]}").getBytes(StandardCharsets.UTF_8);
        int at = new String(invalid, StandardCharsets.UTF_8).indexOf("XX");
        invalid[at] = (byte) 0xC3;
        invalid[at + 1] = (byte) 0x28;
        assertThrows(MalformedPayloadException.class, () -> parser.parse(invalid));
        String deep = "{\"object\":\"instagram\",\"entry\":[],\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThrows(MalformedPayloadException.class, () -> parse(deep));
        assertThrows(MalformedPayloadException.class, () -> parser.parse(null));
    }
}

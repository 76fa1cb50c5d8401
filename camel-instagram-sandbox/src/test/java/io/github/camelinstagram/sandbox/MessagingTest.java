package io.github.camelinstagram.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.junit.SandboxExtension;
import io.github.camelinstagram.sandbox.state.DefaultSeed;
import io.github.camelinstagram.sandbox.state.RateLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MessagingTest {

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.create()
            .configure(b -> b.rateLimits(new RateLimits(100, 10, 2, 2)));

    private Http http() {
        return new Http(sandbox.baseUrl());
    }

    private Http.Answer send(String json) {
        return http().postJson("/v25.0/" + sandbox.accountId() + "/messages", sandbox.accessToken(), json);
    }

    private static String text(String recipient, String text) {
        return "{\"recipient\":{\"id\":\"" + recipient + "\"},\"message\":{\"text\":\"" + text + "\"}}";
    }

    @Test
    void aMessageWithinTheWindowIsSentAndReadBack() {
        Http.Answer sent = http().postJson("/v25.0/me/messages", sandbox.accessToken(),
                text(DefaultSeed.ANNA, "It ships tomorrow"));
        assertEquals(200, sent.status(), sent.text());
        assertEquals(DefaultSeed.ANNA, sent.json().path("recipient_id").asText());
        String mid = sent.json().path("message_id").asText();
        JsonNode message = http().get("/v25.0/" + mid + "?fields=id,created_time,from,to,message",
                sandbox.accessToken()).json();
        assertEquals("It ships tomorrow", message.path("message").asText());
        assertEquals("sandbox_shop", message.path("from").path("username").asText());
        assertEquals(DefaultSeed.ANNA, message.path("to").path("data").get(0).path("id").asText());
    }

    @Test
    void theStandardWindowClosesAfterADayAndHumanAgentAfterAWeek() {
        Http.Answer closed = send(text(DefaultSeed.BEN, "Yes we do"));
        assertEquals(400, closed.status());
        assertEquals(10, closed.error().path("code").asInt());
        assertEquals(2534022, closed.error().path("error_subcode").asInt());
        String humanAgent = "{\"recipient\":{\"id\":\"" + DefaultSeed.BEN + "\"},\"message\":{\"text\":\"Yes\"},"
                            + "\"messaging_type\":\"MESSAGE_TAG\",\"tag\":\"HUMAN_AGENT\"}";
        assertEquals(200, send(humanAgent).status());
        sandbox.server().advanceClock(Duration.ofDays(4).plusMinutes(1));
        assertEquals(2534022, send(humanAgent).error().path("error_subcode").asInt());
        assertEquals(2534022, send(text(DefaultSeed.ANNA, "late")).error().path("error_subcode").asInt());
        String noThread = send(text(DefaultSeed.CARLA, "hello")).error().path("error_subcode").asText();
        assertEquals("2534022", noThread, "Carla never wrote: no window is open");
    }

    @Test
    void aFollowerMessageReopensTheWindow() {
        assertEquals(200, http().control("POST", "/accounts/" + sandbox.accountId() + "/simulate/message",
                "{\"from\":\"" + DefaultSeed.BEN + "\",\"text\":\"Still there?\"}").status());
        assertEquals(200, send(text(DefaultSeed.BEN, "Yes!")).status());
    }

    @Test
    void unknownRecipientsLongTextsAndBadQuickRepliesAreRefused() {
        Http.Answer unknown = send(text("1234", "hi"));
        assertEquals(100, unknown.error().path("code").asInt());
        assertEquals(2534014, unknown.error().path("error_subcode").asInt());
        Http.Answer tooLong = send(text(DefaultSeed.ANNA, "\u00e9".repeat(501)));
        assertEquals(100, tooLong.error().path("code").asInt());
        assertTrue(tooLong.error().path("message").asText().contains("1000"));
        assertEquals(200, send(text(DefaultSeed.ANNA, "\u00e9".repeat(500))).status());
        StringBuilder replies = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            replies.append(i == 0 ? "" : ",").append("{\"content_type\":\"text\",\"title\":\"t").append(i)
                    .append("\",\"payload\":\"p\"}");
        }
        Http.Answer tooMany = send("{\"recipient\":{\"id\":\"" + DefaultSeed.ANNA + "\"},\"message\":{\"text\":\"?\","
                                   + "\"quick_replies\":[" + replies + "]}}");
        assertEquals(100, tooMany.error().path("code").asInt());
    }

    @Test
    void attachmentsStickersSharesAndSenderActionsAreAccepted() {
        String recipient = "{\"recipient\":{\"id\":\"" + DefaultSeed.ANNA + "\"},";
        assertEquals(200, send(recipient + "\"message\":{\"attachment\":{\"type\":\"image\",\"payload\":{\"url\":"
                               + "\"https://cdn.example.com/a.jpg\"}}}}").status());
        assertEquals(200, send(recipient + "\"message\":{\"attachment\":{\"type\":\"like_heart\"}}}").status());
        String post = http().get("/v25.0/me/media", sandbox.accessToken()).json().path("data").get(0).path("id")
                .asText();
        assertEquals(200, send(recipient + "\"message\":{\"attachment\":{\"type\":\"MEDIA_SHARE\",\"payload\":"
                               + "{\"id\":\"" + post + "\"}}}}").status());
        Http.Answer typing = send(recipient + "\"sender_action\":\"typing_on\"}");
        assertEquals(200, typing.status());
        assertTrue(typing.json().has("recipient_id") && !typing.json().has("message_id"));
        String annaMid = sandbox.server().sandbox().conversation(sandbox.accountId(), DefaultSeed.ANNA).orElseThrow()
                .messages().get(0).mid();
        assertEquals(200, send(recipient + "\"sender_action\":\"react\",\"payload\":{\"message_id\":\"" + annaMid
                               + "\",\"reaction\":\"love\"}}").status());
        assertEquals(100, send(recipient + "\"sender_action\":\"dance\"}").error().path("code").asInt());
    }

    @Test
    void aCommentGetsOnePrivateReplyWithinAWeek() {
        String commentId = sandbox.server().sandbox().atomically(() -> sandbox.server().sandbox()
                .topLevelComments(sandbox.server().sandbox().mediaOf(sandbox.accountId(), false).get(2).id())
                .get(0).id());
        String privateReply = "{\"recipient\":{\"comment_id\":\"" + commentId + "\"},\"message\":{\"text\":\"DM'd"
                              + " you the price\"}}";
        Http.Answer first = send(privateReply);
        assertEquals(200, first.status(), first.text());
        assertEquals(DefaultSeed.BEN, first.json().path("recipient_id").asText());
        Http.Answer second = send(privateReply);
        assertEquals(10, second.error().path("code").asInt());
        assertEquals(2534025, second.error().path("error_subcode").asInt());
        String annaComment = sandbox.server().sandbox().atomically(() -> sandbox.server().sandbox()
                .topLevelComments(sandbox.server().sandbox().mediaOf(sandbox.accountId(), false).get(2).id())
                .get(2).id());
        sandbox.server().advanceClock(Duration.ofDays(6));
        Http.Answer late = send("{\"recipient\":{\"comment_id\":\"" + annaComment + "\"},\"message\":{\"text\":"
                                + "\"late\"}}");
        assertEquals(2534022, late.error().path("error_subcode").asInt());
    }

    @Test
    void conversationsListAndFilterAndShowTheirMessages() {
        JsonNode all = http().get("/v25.0/me/conversations?platform=instagram", sandbox.accessToken()).json();
        assertEquals(2, all.path("data").size());
        assertTrue(all.path("data").get(0).has("updated_time"));
        sandbox.server().advanceClock(Duration.ofSeconds(1));
        JsonNode ben = http().get("/v25.0/me/conversations?platform=instagram&user_id=" + DefaultSeed.BEN,
                sandbox.accessToken()).json().path("data");
        assertEquals(1, ben.size());
        sandbox.server().advanceClock(Duration.ofSeconds(1));
        JsonNode thread = http().get("/v25.0/" + ben.get(0).path("id").asText() + "?fields=messages",
                sandbox.accessToken()).json();
        assertEquals(1, thread.path("messages").path("data").size());
        assertTrue(thread.path("messages").path("data").get(0).has("created_time"));
        assertEquals(100, http().get("/v25.0/me/conversations", sandbox.accessToken()).error().path("code").asInt());
    }

    @Test
    void theConversationsApiAnswers613BeyondItsRate() {
        String path = "/v25.0/me/conversations?platform=instagram";
        assertEquals(200, http().get(path, sandbox.accessToken()).status());
        assertEquals(200, http().get(path, sandbox.accessToken()).status());
        Http.Answer third = http().get(path, sandbox.accessToken());
        assertEquals(613, third.error().path("code").asInt());
        assertTrue(third.error().path("is_transient").asBoolean());
        sandbox.server().advanceClock(Duration.ofSeconds(1));
        assertEquals(200, http().get(path, sandbox.accessToken()).status());
    }

    @Test
    void audioAndVideoHaveTheirOwnSmallerSendRate() {
        String video = "{\"recipient\":{\"id\":\"" + DefaultSeed.ANNA + "\"},\"message\":{\"attachment\":"
                       + "{\"type\":\"video\",\"payload\":{\"url\":\"https://cdn.example.com/v.mp4\"}}}}";
        for (int i = 0; i < 10; i++) {
            assertEquals(200, send(video).status());
        }
        assertEquals(613, send(video).error().path("code").asInt());
        assertEquals(200, send(text(DefaultSeed.ANNA, "text still goes")).status());
    }

    @Test
    void privateRepliesAreLimitedPerHour() {
        var state = sandbox.server().sandbox();
        java.util.List<String> comments = state.atomically(() -> state.topLevelComments(
                state.mediaOf(sandbox.accountId(), false).get(2).id()).stream()
                .filter(c -> !c.authorId().equals(sandbox.accountId())).map(c -> c.id()).toList());
        for (int i = 0; i < 2; i++) {
            assertEquals(200, send("{\"recipient\":{\"comment_id\":\"" + comments.get(i) + "\"},\"message\":"
                                   + "{\"text\":\"hi\"}}").status());
        }
        Http.Answer third = send("{\"recipient\":{\"comment_id\":\"" + comments.get(2) + "\"},\"message\":"
                                 + "{\"text\":\"hi\"}}");
        assertEquals(613, third.error().path("code").asInt());
        assertTrue(Integer.parseInt(third.header("X-Business-Use-Case-Usage").replaceAll(".*regain_access\":(\\d+).*",
                "$1")) > 0);
    }
}

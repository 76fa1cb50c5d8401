package io.github.camelinstagram.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.junit.SandboxExtension;
import io.github.camelinstagram.sandbox.state.DefaultSeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CommentsTest {

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.create();

    private String toteId;

    private Http http() {
        return new Http(sandbox.baseUrl());
    }

    private Http.Answer get(String path) {
        return http().get(path, sandbox.accessToken());
    }

    private Http.Answer post(String path, Map<String, String> form) {
        return http().postForm(path, sandbox.accessToken(), form);
    }

    @BeforeEach
    void findTheTote() {
        for (JsonNode media : get("/v25.0/me/media?fields=id,caption").json().path("data")) {
            if (media.path("caption").asText().startsWith("New in")) {
                toteId = media.path("id").asText();
            }
        }
    }

    @Test
    void topLevelCommentsComeNewestFirstWithHiddenOnesMarked() {
        JsonNode data = get("/v25.0/" + toteId + "/comments?fields=id,text,timestamp,hidden,from{id,username},"
                            + "like_count").json().path("data");
        assertEquals(3, data.size());
        assertEquals("How much is shipping to Canada?", data.get(0).path("text").asText());
        assertFalse(data.get(0).path("hidden").asBoolean());
        assertEquals("Follow me for free followers!!!", data.get(1).path("text").asText());
        assertTrue(data.get(1).path("hidden").asBoolean());
        assertEquals("ben_buyer", data.get(1).path("from").path("username").asText());
        assertTrue(data.get(0).path("timestamp").asText().compareTo(data.get(2).path("timestamp").asText()) > 0);
        JsonNode defaults = get("/v25.0/" + toteId + "/comments").json().path("data").get(0);
        assertEquals(List.of("timestamp", "text", "id"), fieldNames(defaults));
    }

    @Test
    void commentsArePagedAtMostFiftyAtATime() {
        for (int i = 0; i < 55; i++) {
            assertEquals(200, post("/v25.0/" + toteId + "/comments", Map.of("message", "note " + i)).status());
        }
        Http.Answer first = get("/v25.0/" + toteId + "/comments?limit=100");
        assertEquals(50, first.json().path("data").size());
        assertEquals("note 54", first.json().path("data").get(0).path("text").asText());
        String after = first.json().path("paging").path("cursors").path("after").asText();
        Http.Answer second = get("/v25.0/" + toteId + "/comments?limit=100&after=" + after);
        assertEquals(8, second.json().path("data").size());
        assertFalse(second.json().path("paging").has("next"));
        assertTrue(second.json().path("paging").has("previous"));
    }

    @Test
    void repliesGoOnlyToTopLevelComments() {
        String commentId = newest("How much is shipping to Canada?");
        Http.Answer reply = post("/v25.0/" + commentId + "/replies", Map.of("message", "About 12 CAD"));
        assertEquals(200, reply.status(), reply.text());
        String replyId = reply.json().path("id").asText();
        JsonNode replies = get("/v25.0/" + commentId + "/replies?fields=id,text,username,parent_id").json()
                .path("data");
        assertEquals(1, replies.size());
        assertEquals("sandbox_shop", replies.get(0).path("username").asText());
        assertEquals(commentId, replies.get(0).path("parent_id").asText());
        Http.Answer nested = post("/v25.0/" + replyId + "/replies", Map.of("message", "again"));
        assertEquals(100, nested.error().path("code").asInt());
        assertTrue(nested.error().path("message").asText().contains("top-level"));
        JsonNode comment = get("/v25.0/" + commentId + "?fields=id,text,media{id,media_product_type},replies{text}")
                .json();
        assertEquals(toteId, comment.path("media").path("id").asText());
        assertEquals("FEED", comment.path("media").path("media_product_type").asText());
        assertEquals("About 12 CAD", comment.path("replies").path("data").get(0).path("text").asText());
    }

    @Test
    void commentsAreHiddenUnhiddenAndDeleted() {
        String commentId = newest("How much is shipping to Canada?");
        assertTrue(post("/v25.0/" + commentId, Map.of("hide", "true")).json().path("success").asBoolean());
        assertTrue(get("/v25.0/" + commentId + "?fields=hidden").json().path("hidden").asBoolean());
        assertTrue(post("/v25.0/" + commentId, Map.of("hide", "false")).json().path("success").asBoolean());
        assertFalse(get("/v25.0/" + commentId + "?fields=hidden").json().path("hidden").asBoolean());
        assertTrue(http().delete("/v25.0/" + commentId, sandbox.accessToken()).json().path("success").asBoolean());
        assertEquals(33, get("/v25.0/" + commentId).error().path("error_subcode").asInt());
        assertEquals(100, http().delete("/v25.0/" + commentId, sandbox.accessToken()).error().path("code").asInt());
        assertEquals(3, get("/v25.0/" + toteId + "?fields=comments_count").json().path("comments_count").asInt());
    }

    @Test
    void mentionsAreAnsweredOnTheMentioningMedia() {
        JsonNode tagged = get("/v25.0/me/tags").json().path("data").get(0);
        String mediaId = tagged.path("id").asText();
        String mentionId = get("/v25.0/" + mediaId + "/comments").json().path("data").get(0).path("id").asText();
        Http.Answer reply = post("/v25.0/me/mentions", Map.of("media_id", mediaId, "comment_id", mentionId,
                "message", "Yes, in red too!"));
        assertEquals(200, reply.status(), reply.text());
        assertEquals(mentionId, get("/v25.0/" + reply.json().path("id").asText() + "?fields=parent_id").json()
                .path("parent_id").asText());
        Http.Answer caption = post("/v25.0/me/mentions", Map.of("media_id", mediaId, "message", "Thanks Carla!"));
        assertEquals(200, caption.status(), caption.text());
        Http.Answer notMentioning = post("/v25.0/me/mentions", Map.of("media_id", toteId, "comment_id",
                newest("How much is shipping to Canada?"), "message", "x"));
        assertEquals(100, notMentioning.error().path("code").asInt());
    }

    @Test
    void commentsOfOtherAccountsAreInvisible() {
        String creatorToken = sandbox.server().sandbox().tokensOf(DefaultSeed.CREATOR_ID).get(0).value();
        String commentId = newest("How much is shipping to Canada?");
        assertEquals(33, http().get("/v25.0/" + toteId, creatorToken).error().path("error_subcode").asInt());
        assertEquals(33, http().get("/v25.0/" + commentId, creatorToken).error().path("error_subcode").asInt());
        assertEquals(33, http().delete("/v25.0/" + commentId, creatorToken).error().path("error_subcode").asInt());
        assertEquals(200, get("/v25.0/" + commentId).status(), "still there for its owner");
    }

    private String newest(String text) {
        for (JsonNode comment : get("/v25.0/" + toteId + "/comments").json().path("data")) {
            if (comment.path("text").asText().equals(text)) {
                return comment.path("id").asText();
            }
        }
        throw new AssertionError("No comment " + text);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package io.github.camelinstagram.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.junit.SandboxExtension;
import io.github.camelinstagram.sandbox.state.DefaultSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ControlApiTest {

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.create();

    private Http http() {
        return new Http(sandbox.baseUrl());
    }

    private Http.Answer simulate(String action, String json) {
        return http().control("POST", "/accounts/" + sandbox.accountId() + "/simulate/" + action, json);
    }

    @Test
    void accountsAndInfoShowTheSeed() {
        JsonNode accounts = http().control("GET", "/accounts", null).json();
        assertEquals(2, accounts.size());
        assertEquals("sandbox_shop", accounts.get(0).path("username").asText());
        assertEquals(sandbox.accessToken(), accounts.get(0).path("tokens").get(0).path("accessToken").asText());
        JsonNode info = http().control("GET", "/info", null).json();
        assertEquals(sandbox.baseUrl(), info.path("baseUrl").asText());
        assertEquals(sandbox.appId(), info.path("appId").asText());
        assertEquals(3, http().control("GET", "/followers", null).json().size());
    }

    @Test
    void theMediaViewMarksHiddenCommentsAndIncludesMentions() {
        JsonNode media = http().control("GET", "/accounts/" + sandbox.accountId() + "/media", null).json();
        assertEquals(4, media.size(), "three own posts and Carla's post that tags the shop");
        JsonNode tote = media.get(2);
        assertTrue(tote.path("comments").get(1).path("hidden").asBoolean());
        assertEquals(1, tote.path("comments").get(2).path("replies").size());
        assertEquals("carla.creates", media.get(3).path("owner").asText());
    }

    @Test
    void simulationsAreValidated() {
        assertEquals(404, simulate("comment", "{\"from\":\"nobody\",\"mediaId\":\"1\",\"text\":\"x\"}").status());
        assertEquals(400, simulate("message", "{\"from\":\"" + DefaultSeed.ANNA + "\"}").status());
        assertEquals(409, simulate("read", "{\"from\":\"" + DefaultSeed.CARLA + "\"}").status());
        assertEquals(404, http().control("GET", "/accounts/123/media", null).status());
        assertEquals(404, http().control("GET", "/nothing", null).status());
        assertEquals(400, http().control("POST", "/clock/advance", "{\"duration\":\"soon\"}").status());
        assertEquals(400, http().control("POST", "/clock/advance", "not json").status());
    }

    @Test
    void aReplyToAReplyIsRefusedAsInTheApp() {
        JsonNode tote = http().control("GET", "/accounts/" + sandbox.accountId() + "/media", null).json().get(2);
        String reply = tote.path("comments").get(2).path("replies").get(0).path("id").asText();
        Http.Answer refused = simulate("comment", "{\"from\":\"" + DefaultSeed.BEN + "\",\"mediaId\":\""
                                                  + tote.path("id").asText() + "\",\"parentId\":\"" + reply
                                                  + "\",\"text\":\"x\"}");
        assertEquals(409, refused.status());
    }

    @Test
    void theClockAdvancesAndResetRestoresEverything() {
        long before = http().control("GET", "/clock", null).json().path("offsetSeconds").asLong();
        assertEquals(0, before);
        JsonNode advanced = http().control("POST", "/clock/advance", "{\"duration\":\"PT25H\"}").json();
        assertEquals(25 * 3600, advanced.path("offsetSeconds").asLong());
        assertEquals(200, simulate("mention", "{\"from\":\"" + DefaultSeed.ANNA + "\",\"text\":\"look\"}").status());
        assertEquals(200, http().control("POST", "/reset", null).status());
        assertEquals(0, http().control("GET", "/clock", null).json().path("offsetSeconds").asLong());
        assertEquals(4, http().control("GET", "/accounts/" + sandbox.accountId() + "/media", null).json().size());
        assertEquals(200, http().get("/v25.0/me", sandbox.accessToken()).status(), "the same token after reset");
    }

    @Test
    void followerEditsAndReferralsAreRecorded() {
        String mid = simulate("message", "{\"from\":\"" + DefaultSeed.CARLA + "\",\"text\":\"helo\"}").json()
                .path("mid").asText();
        assertEquals(1, simulate("edit", "{\"from\":\"" + DefaultSeed.CARLA + "\",\"mid\":\"" + mid
                                         + "\",\"text\":\"hello\"}").json().path("numEdit").asInt());
        assertEquals(200, simulate("referral", "{\"from\":\"" + DefaultSeed.CARLA + "\",\"ref\":\"summer\"}")
                .status());
        JsonNode threads = http().control("GET", "/accounts/" + sandbox.accountId() + "/conversations", null).json();
        JsonNode carla = threads.get(0);
        assertEquals(DefaultSeed.CARLA, carla.path("participant").path("id").asText());
        assertEquals("hello", carla.path("messages").get(0).path("text").asText());
        assertTrue(carla.path("windowOpen").asBoolean());
    }
}

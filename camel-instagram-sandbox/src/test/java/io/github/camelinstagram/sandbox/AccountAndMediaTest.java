package io.github.camelinstagram.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.junit.SandboxExtension;
import io.github.camelinstagram.sandbox.state.DefaultSeed;
import io.github.camelinstagram.sandbox.support.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountAndMediaTest {

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.create();

    private Http http() {
        return new Http(sandbox.baseUrl());
    }

    private Http.Answer get(String path) {
        return http().get(path, sandbox.accessToken());
    }

    @Test
    void theProfileAnswersTheRequestedFieldsWithUsageHeaders() {
        Http.Answer answer = get("/v25.0/" + sandbox.accountId() + "?fields=user_id,username,name,account_type,"
                                 + "profile_picture_url,followers_count,follows_count,media_count");
        assertEquals(200, answer.status());
        JsonNode profile = answer.json();
        assertEquals("BUSINESS", profile.path("account_type").asText());
        assertEquals(3, profile.path("media_count").asInt());
        assertTrue(profile.has("id"));
        JsonNode appUsage = Json.parse(answer.header("X-App-Usage"));
        assertTrue(appUsage.has("call_count") && appUsage.has("total_time") && appUsage.has("total_cputime"));
        JsonNode business = Json.parse(answer.header("X-Business-Use-Case-Usage"));
        assertEquals("instagram", business.path(sandbox.accountId()).get(0).path("type").asText());
        assertEquals(0, business.path(sandbox.accountId()).get(0).path("estimated_time_to_regain_access").asInt());
        assertNotNull(answer.header("x-fb-trace-id"));
    }

    @Test
    void unknownFieldsIdsPathsAndOtherAccountsAreRefused() {
        Http.Answer field = get("/v25.0/me?fields=user_id,favourite_colour");
        assertEquals(100, field.error().path("code").asInt());
        assertTrue(field.error().path("message").asText().contains("(favourite_colour)"));
        Http.Answer id = get("/v25.0/12345");
        assertEquals(100, id.error().path("code").asInt());
        assertEquals(33, id.error().path("error_subcode").asInt());
        assertEquals("GraphMethodException", id.error().path("type").asText());
        assertEquals(33, get("/v25.0/" + DefaultSeed.CREATOR_ID).error().path("error_subcode").asInt());
        assertEquals(2500, get("/v25.0/me/media/extra").error().path("code").asInt());
        assertEquals(100, get("/v25.0/me/favourites").error().path("code").asInt());
    }

    @Test
    void mediaArePagedWithCursorsAndNextOnlyWhenMoreRemain() {
        List<String> ids = new ArrayList<>();
        String path = "/v25.0/me/media?fields=id,caption,media_type,media_product_type,permalink,timestamp&limit=2";
        Http.Answer first = get(path);
        first.json().path("data").forEach(m -> ids.add(m.path("id").asText()));
        JsonNode paging = first.json().path("paging");
        assertTrue(paging.has("next"));
        assertFalse(paging.path("next").asText().contains("access_token"), "the token came as a header");
        Http.Answer second = get(path + "&after=" + paging.path("cursors").path("after").asText());
        second.json().path("data").forEach(m -> ids.add(m.path("id").asText()));
        assertFalse(second.json().path("paging").has("next"));
        assertEquals(3, ids.size());
        assertEquals(3, ids.stream().distinct().count());
        JsonNode newest = first.json().path("data").get(0);
        assertEquals("VIDEO", newest.path("media_type").asText());
        assertEquals("REELS", newest.path("media_product_type").asText());
        assertTrue(newest.path("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000"));
        assertEquals(100, get(path + "&after=bogus").error().path("code").asInt());
    }

    @Test
    void aCarouselHasChildrenAndTaggedMediaAreListed() {
        JsonNode media = get("/v25.0/me/media?fields=id,media_type").json().path("data");
        String album = null;
        for (JsonNode item : media) {
            if (item.path("media_type").asText().equals("CAROUSEL_ALBUM")) {
                album = item.path("id").asText();
            }
        }
        JsonNode detail = get("/v25.0/" + album + "?fields=id,children{id,media_type,media_url}").json();
        assertEquals(2, detail.path("children").path("data").size());
        assertEquals(2, get("/v25.0/" + album + "/children").json().path("data").size());
        JsonNode tags = get("/v25.0/me/tags?fields=id,caption,username").json().path("data");
        assertEquals(1, tags.size());
        assertEquals("carla.creates", tags.get(0).path("username").asText());
    }

    @Test
    void commentsAreEnabledAndDisabledOnOwnMedia() {
        String mediaId = get("/v25.0/me/media").json().path("data").get(0).path("id").asText();
        Http.Answer disabled = http().postForm("/v25.0/" + mediaId, sandbox.accessToken(),
                Map.of("comment_enabled", "false"));
        assertEquals(true, disabled.json().path("success").asBoolean());
        assertFalse(get("/v25.0/" + mediaId + "?fields=is_comment_enabled").json().path("is_comment_enabled")
                .asBoolean());
        Http.Answer refused = http().postForm("/v25.0/" + mediaId + "/comments", sandbox.accessToken(),
                Map.of("message", "hello"));
        assertEquals(100, refused.error().path("code").asInt());
        assertEquals(true, http().postForm("/v25.0/" + mediaId, sandbox.accessToken(),
                Map.of("comment_enabled", "true")).json().path("success").asBoolean());
        assertEquals(200, http().postForm("/v25.0/" + mediaId + "/comments", sandbox.accessToken(),
                Map.of("message", "hello")).status());
    }

    @Test
    void userProfilesNeedTheUsersConsent() {
        Http.Answer anna = get("/v25.0/" + DefaultSeed.ANNA + "?fields=name,username,profile_pic,follower_count,"
                               + "is_user_follow_business,is_business_follow_user,is_verified_user");
        assertEquals(200, anna.status());
        assertEquals("anna.follower", anna.json().path("username").asText());
        assertTrue(anna.json().path("is_user_follow_business").asBoolean());
        Http.Answer carla = get("/v25.0/" + DefaultSeed.CARLA + "?fields=name");
        assertEquals(230, carla.error().path("code").asInt());
    }

    @Test
    void subscribedAppsAreSetReadAndValidated() {
        Http.Answer subscribed = http().postForm("/v25.0/me/subscribed_apps?subscribed_fields=comments,messages",
                sandbox.accessToken(), Map.of());
        assertTrue(subscribed.json().path("success").asBoolean());
        JsonNode list = get("/v25.0/me/subscribed_apps").json().path("data").get(0);
        assertEquals("[\"comments\",\"messages\"]", list.path("subscribed_fields").toString());
        assertEquals(sandbox.appId(), list.path("id").asText());
        Http.Answer unknown = http().postForm("/v25.0/me/subscribed_apps?subscribed_fields=comments,feed",
                sandbox.accessToken(), Map.of());
        assertEquals(100, unknown.error().path("code").asInt());
        assertTrue(unknown.error().path("message").asText().contains("subscribed_fields[1]"));
    }
}

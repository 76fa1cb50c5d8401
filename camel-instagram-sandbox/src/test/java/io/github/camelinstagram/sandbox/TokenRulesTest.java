package io.github.camelinstagram.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.junit.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenRulesTest {

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.create();

    private Http http() {
        return new Http(sandbox.baseUrl());
    }

    private String shortLivedToken(String scopes) {
        return http().control("POST", "/tokens", "{\"kind\":\"short\",\"scopes\":[\"" + scopes + "\"]}").json()
                .path("accessToken").asText();
    }

    @Test
    void theSeededTokenReadsTheAccountWithTheHeaderOrTheParameterAndAnyVersion() {
        Http.Answer withHeader = http().get("/v25.0/me?fields=user_id,username", sandbox.accessToken());
        assertEquals(200, withHeader.status());
        assertEquals(sandbox.accountId(), withHeader.json().path("user_id").asText());
        assertEquals("sandbox_shop", withHeader.json().path("username").asText());
        assertNotEquals(sandbox.accountId(), withHeader.json().path("id").asText(), "id is the app-scoped id");
        assertTrue(sandbox.accessToken().startsWith("IGAA"));

        Http.Answer withParameter = http().get("/me?fields=user_id&access_token=" + sandbox.accessToken(), null);
        assertEquals(200, withParameter.status());
        Http.Answer otherVersion = http().get("/v21.0/me?fields=user_id", sandbox.accessToken());
        assertEquals(sandbox.accountId(), otherVersion.json().path("user_id").asText());
    }

    @Test
    void garbageAndMissingTokensAreRefused() {
        Http.Answer garbage = http().get("/v25.0/me", "not-a-token");
        assertEquals(400, garbage.status());
        assertEquals(190, garbage.error().path("code").asInt());
        assertFalse(garbage.error().has("error_subcode"));
        assertEquals("Invalid OAuth access token - Cannot parse access token",
                garbage.error().path("message").asText());
        assertEquals("OAuthException", garbage.error().path("type").asText());
        assertFalse(garbage.error().path("is_transient").asBoolean());
        assertFalse(garbage.error().path("fbtrace_id").asText().isEmpty());
        assertTrue(garbage.header("WWW-Authenticate").startsWith("OAuth"));

        Http.Answer missing = http().get("/v25.0/me", null);
        assertEquals(104, missing.error().path("code").asInt());
    }

    @Test
    void aShortLivedTokenIsExchangedOnceForALongLivedOneOfSixtyDays() {
        String shortLived = shortLivedToken("instagram_business_basic,instagram_business_manage_messages");
        Http.Answer exchanged = http().get("/access_token?grant_type=ig_exchange_token&client_secret="
                                           + sandbox.appSecret() + "&access_token=" + shortLived, null);
        assertEquals(200, exchanged.status(), exchanged.text());
        JsonNode grant = exchanged.json();
        assertEquals("bearer", grant.path("token_type").asText());
        assertEquals(Duration.ofDays(60).toSeconds(), grant.path("expires_in").asLong());
        String longLived = grant.path("access_token").asText();
        assertTrue(longLived.startsWith("IGAA"));
        assertEquals(200, http().get("/me?fields=user_id", longLived).status());
        assertTrue(exchanged.header("X-App-Usage").contains("call_count"));
    }

    @Test
    void theExchangeNeedsTheAppSecretAndALiveShortLivedToken() {
        String shortLived = shortLivedToken("instagram_business_basic");
        Http.Answer wrongSecret = http().get("/access_token?grant_type=ig_exchange_token&client_secret=wrong"
                                             + "&access_token=" + shortLived, null);
        assertEquals(101, wrongSecret.error().path("code").asInt());

        Http.Answer longLived = http().get("/access_token?grant_type=ig_exchange_token&client_secret="
                                           + sandbox.appSecret() + "&access_token=" + sandbox.accessToken(), null);
        assertEquals(100, longLived.error().path("code").asInt());

        sandbox.server().advanceClock(Duration.ofMinutes(61));
        Http.Answer expired = http().get("/access_token?grant_type=ig_exchange_token&client_secret="
                                         + sandbox.appSecret() + "&access_token=" + shortLived, null);
        assertEquals(190, expired.error().path("code").asInt());
        assertEquals(463, expired.error().path("error_subcode").asInt());
        assertEquals(463, http().get("/me", shortLived).error().path("error_subcode").asInt());
    }

    @Test
    void aLongLivedTokenIsRefreshedOnlyOnceItIsADayOld() {
        String refreshUrl = "/refresh_access_token?grant_type=ig_refresh_token&access_token=" + sandbox.accessToken();
        Http.Answer tooYoung = http().get(refreshUrl, null);
        assertEquals(400, tooYoung.status());
        assertEquals(100, tooYoung.error().path("code").asInt());
        assertTrue(tooYoung.error().path("message").asText().contains("24 hours"));

        sandbox.server().advanceClock(Duration.ofHours(25));
        Http.Answer refreshed = http().get(refreshUrl, null);
        assertEquals(200, refreshed.status(), refreshed.text());
        assertEquals(Duration.ofDays(60).toSeconds(), refreshed.json().path("expires_in").asLong());
        String fresh = refreshed.json().path("access_token").asText();

        sandbox.server().advanceClock(Duration.ofDays(59).plusHours(23));
        Http.Answer oldExpired = http().get("/me", sandbox.accessToken());
        assertEquals(463, oldExpired.error().path("error_subcode").asInt(), "never refreshed: dead after 60 days");
        assertTrue(oldExpired.error().path("message").asText().startsWith("Error validating access token: Session"
                                                                           + " has expired on"));
        assertEquals(200, http().get("/me", fresh).status(), "valid 60 days from its refresh");
        Http.Answer refreshExpired = http().get(refreshUrl, null);
        assertEquals(463, refreshExpired.error().path("error_subcode").asInt());
    }

    @Test
    void refreshNeedsTheBasicScopeAndALongLivedToken() {
        String messagingOnly = http().control("POST", "/tokens",
                "{\"kind\":\"long\",\"scopes\":[\"instagram_business_manage_messages\"]}").json().path("accessToken")
                .asText();
        sandbox.server().advanceClock(Duration.ofHours(25));
        Http.Answer noBasic = http().get("/refresh_access_token?grant_type=ig_refresh_token&access_token="
                                         + messagingOnly, null);
        assertEquals(200, noBasic.error().path("code").asInt());
        Http.Answer wrongGrant = http().get("/refresh_access_token?grant_type=ig_exchange_token&access_token="
                                            + sandbox.accessToken(), null);
        assertEquals(100, wrongGrant.error().path("code").asInt());
    }

    @Test
    void anInvalidatedTokenAnswersItsSubcode() {
        String token = http().control("POST", "/tokens", "{\"kind\":\"long\"}").json().path("accessToken").asText();
        assertEquals(200, http().control("POST", "/tokens/invalidate",
                "{\"accessToken\":\"" + token + "\",\"subcode\":460}").status());
        Http.Answer answer = http().get("/me", token);
        assertEquals(190, answer.error().path("code").asInt());
        assertEquals(460, answer.error().path("error_subcode").asInt());
    }

    @Test
    void missingScopesAnswerPermissionErrors() {
        String basicOnly = shortLivedToken("instagram_business_basic");
        Http.Answer messaging = http().postJson("/v25.0/me/messages", basicOnly,
                "{\"recipient\":{\"id\":\"7000000000000101\"},\"message\":{\"text\":\"hi\"}}");
        assertEquals(10, messaging.error().path("code").asInt());
        assertTrue(messaging.error().path("message").asText().contains("instagram_business_manage_messages"));
        Http.Answer publishing = http().get("/v25.0/me/content_publishing_limit", basicOnly);
        assertEquals(200, publishing.error().path("code").asInt());
        Http.Answer comments = http().get("/v25.0/me/tags", basicOnly);
        assertEquals(200, comments.error().path("code").asInt());
    }
}

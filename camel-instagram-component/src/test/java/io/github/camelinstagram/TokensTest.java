package io.github.camelinstagram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelinstagram.error.InstagramTokenExpiredException;
import io.github.camelinstagram.model.InstagramAccount;
import io.github.camelinstagram.model.InstagramLogin;
import io.github.camelinstagram.tokens.MutableClock;
import io.github.camelinstagram.tokens.StoredToken;
import io.github.camelinstagram.tokens.TokenStatus;
import io.github.camelinstagram.tokens.TokenStore;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Business Login, long-lived tokens and their automatic refresh, with a clock the tests move by hand.
 */
class TokensTest extends WireMockTestSupport {

    static final String APP_SECRET = "appSecretValue123456";
    static final String SHORT_TOKEN = "IGAAshortLivedToken111111";
    static final String LONG_TOKEN = "IGAAlongLivedToken22222222";
    static final String REFRESHED_TOKEN = "IGAArefreshedToken3333333";

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));

    @Override
    protected void configure(InstagramConfiguration configuration) {
        configuration.setAppId("990001");
        configuration.setAppSecret(APP_SECRET);
        configuration.setRedirectUri("https://shop.example/ig/callback");
        configuration.setOauthBaseUrl(wireMock.baseUrl());
        configuration.setAccountId(ACCOUNT);
        configuration.setMaxRetries(0);
    }

    @Override
    protected void configureComponent(InstagramComponent component) {
        component.setClock(clock);
        component.setAutoRefreshToken(false);
        component.setTokenRefreshRetryDelay(50);
    }

    private InstagramComponent component() {
        return context.getComponent("instagram", InstagramComponent.class);
    }

    private TokenStore store() {
        return component().getTokenStore();
    }

    static void stubLongLivedExchange() {
        stub(get(urlPathEqualTo("/access_token")).willReturn(json(
                "{\"access_token\":\"" + LONG_TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
    }

    static void stubRefresh(String newToken) {
        stub(get(urlPathEqualTo("/refresh_access_token")).willReturn(json(
                "{\"access_token\":\"" + newToken + "\",\"token_type\":\"bearer\",\"expires_in\":5184000}")));
    }

    @Test
    void authorizationUrlCarriesAppRedirectScopesAndState() {
        Exchange exchange = send("instagram:authorizationUrl?scopes=instagram_business_basic,"
                                 + "instagram_business_manage_comments", null, InstagramConstants.STATE, "csrf 42");

        assertNull(exchange.getException());
        assertEquals("https://www.instagram.com/oauth/authorize?client_id=990001"
                     + "&redirect_uri=https%3A%2F%2Fshop.example%2Fig%2Fcallback&response_type=code"
                     + "&scope=instagram_business_basic%2Cinstagram_business_manage_comments&state=csrf+42",
                exchange.getMessage().getBody(String.class));
        assertEquals(0, requestCount());
    }

    @Test
    void retiredScopeNamesAreRefusedWithTheirNewName() {
        Exchange exchange = send("instagram:authorizationUrl?scopes=business_basic,business_manage_messages", null);

        IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, exchange.getException());
        assertTrue(error.getMessage().contains("use instagram_business_basic"), error.getMessage());
    }

    @Test
    void authorizationUrlWithoutAppIdNamesTheOption() {
        Exchange exchange = send("instagram:authorizationUrl?appId=", null);

        assertTrue(exchange.getException().getMessage().contains("appId"), exchange.getException().getMessage());
    }

    @Test
    void exchangeCodeWithTheDocumentedShapeStoresALongLivedToken() {
        stub(post(urlPathEqualTo("/oauth/access_token")).willReturn(json(
                "{\"data\":[{\"access_token\":\"" + SHORT_TOKEN + "\",\"user_id\":\"17841400000000777\","
                + "\"permissions\":\"instagram_business_basic,instagram_business_manage_messages\"}]}")));
        stubLongLivedExchange();

        Exchange exchange = send("instagram:exchangeCode", "AQBx-code#_");

        assertNull(exchange.getException());
        InstagramLogin login = exchange.getMessage().getBody(InstagramLogin.class);
        assertEquals(ACCOUNT, login.getAccountId(), "stored under the user_id of /me, not the code exchange's id");
        assertEquals(List.of("instagram_business_basic", "instagram_business_manage_messages"),
                login.getPermissions());
        assertEquals(ACCOUNT, exchange.getMessage().getHeader(InstagramConstants.ACCOUNT_ID));
        assertTrue(store().find("17841400000000777").isEmpty());
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/me"))
                .withHeader("Authorization", equalTo("Bearer " + LONG_TOKEN)));
        StoredToken stored = store().find(ACCOUNT).orElseThrow();
        assertEquals(LONG_TOKEN, stored.accessToken());
        assertEquals(clock.instant().plusSeconds(5183944), stored.expiresAt());
        assertFalse(login.toString().contains(LONG_TOKEN));
        wireMock.verify(postRequestedFor(urlPathEqualTo("/oauth/access_token"))
                .withFormParam("client_id", equalTo("990001")).withFormParam("client_secret", equalTo(APP_SECRET))
                .withFormParam("grant_type", equalTo("authorization_code"))
                .withFormParam("redirect_uri", equalTo("https://shop.example/ig/callback"))
                .withFormParam("code", equalTo("AQBx-code")).withHeader("Authorization", absent()));
        wireMock.verify(getRequestedFor(urlPathEqualTo("/access_token"))
                .withQueryParam("grant_type", equalTo("ig_exchange_token"))
                .withQueryParam("client_secret", equalTo(APP_SECRET))
                .withQueryParam("access_token", equalTo(SHORT_TOKEN)).withHeader("Authorization", absent()));
    }

    @Test
    void exchangeCodeWithTheFlatShapeAndANumericUserId() {
        stub(post(urlPathEqualTo("/oauth/access_token")).willReturn(json(
                "{\"access_token\":\"" + SHORT_TOKEN + "\",\"user_id\":17841400000000888,"
                + "\"permissions\":[\"instagram_business_basic\",\"instagram_business_manage_comments\"]}")));
        stubLongLivedExchange();

        Exchange exchange = send("instagram:exchangeCode", "code-2");

        assertNull(exchange.getException());
        assertEquals(ACCOUNT, exchange.getMessage().getHeader(InstagramConstants.ACCOUNT_ID));
        assertEquals(List.of("instagram_business_basic", "instagram_business_manage_comments"),
                exchange.getMessage().getBody(InstagramLogin.class).getPermissions());
        assertEquals(LONG_TOKEN, store().find(ACCOUNT).orElseThrow().accessToken());
    }

    @Test
    void usedCodeGivesTheOauthHostErrorAndStoresNothing() {
        stub(post(urlPathEqualTo("/oauth/access_token")).willReturn(aResponse().withStatus(400).withBody(
                "{\"error_type\":\"OAuthException\",\"code\":400,"
                + "\"error_message\":\"Matching code was not found or was already used\"}")));

        Exchange exchange = send("instagram:exchangeCode", "used-code");

        InstagramApiException error = assertInstanceOf(InstagramApiException.class, exchange.getException());
        assertEquals(400, error.getCode());
        assertEquals("Matching code was not found or was already used", error.getApiMessage());
        assertTrue(error.getMessage().contains("POST /oauth/access_token"), error.getMessage());
        assertFalse(error.getMessage().contains(APP_SECRET));
        assertTrue(store().findAll().isEmpty());
        wireMock.verify(0, getRequestedFor(urlPathEqualTo("/access_token")));
    }

    @Test
    void expiredShortLivedTokenCannotBeExchanged() {
        stub(get(urlPathEqualTo("/access_token")).willReturn(graphError(400, 190, 463,
                "Error validating access token: Session has expired")));

        Exchange exchange = send("instagram:exchangeToken", SHORT_TOKEN);

        InstagramTokenExpiredException error = assertInstanceOf(InstagramTokenExpiredException.class,
                exchange.getException());
        assertTrue(error.getMessage().contains("log the account in again"), error.getMessage());
        assertFalse(error.getMessage().contains(SHORT_TOKEN) || error.getMessage().contains(APP_SECRET));
    }

    @Test
    void exchangeTokenFindsTheAccountAndStoresTheToken() {
        stubLongLivedExchange();

        Exchange exchange = send("instagram:exchangeToken", SHORT_TOKEN);

        assertNull(exchange.getException());
        assertEquals(ACCOUNT, exchange.getMessage().getHeader(InstagramConstants.ACCOUNT_ID));
        assertEquals(LONG_TOKEN, store().find(ACCOUNT).orElseThrow().accessToken());
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/me"))
                .withHeader("Authorization", equalTo("Bearer " + LONG_TOKEN)));
    }

    @Test
    void refreshTokenOperationStoresTheNewTokenAndLaterCallsUseIt() {
        stubRefresh(REFRESHED_TOKEN);
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(json("{\"username\":\"shop\"}")));

        Exchange refreshed = send("instagram:refreshToken", null);
        Exchange profile = send("instagram:getProfile", null);

        assertNull(refreshed.getException());
        assertEquals(clock.instant().plusSeconds(5184000).toString(),
                refreshed.getMessage().getBody(InstagramLogin.class).getExpiresAt());
        assertEquals("shop", profile.getMessage().getBody(InstagramAccount.class).getUsername());
        wireMock.verify(getRequestedFor(urlPathEqualTo("/refresh_access_token"))
                .withQueryParam("grant_type", equalTo("ig_refresh_token"))
                .withQueryParam("access_token", equalTo(TOKEN)).withHeader("Authorization", absent()));
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT))
                .withHeader("Authorization", equalTo("Bearer " + REFRESHED_TOKEN)));
    }

    @Test
    void concurrentRefreshesOfOneAccountMakeOneCall() {
        store().save(StoredToken.issued(ACCOUNT, LONG_TOKEN, clock.instant(), Duration.ofDays(60)));
        stub(get(urlPathEqualTo("/refresh_access_token")).willReturn(json(
                "{\"access_token\":\"" + REFRESHED_TOKEN + "\",\"expires_in\":5184000}").withFixedDelay(400)));

        List<CompletableFuture<Exchange>> exchanges = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            exchanges.add(template.asyncSend("instagram:refreshToken", e -> { }));
        }
        exchanges.add(component().getTokenServices().refresher().refresh(ACCOUNT).thenApply(token -> null));
        CompletableFuture.allOf(exchanges.toArray(CompletableFuture[]::new)).join();

        assertEquals(1, wireMock.findAll(getRequestedFor(urlPathEqualTo("/refresh_access_token"))).size());
        exchanges.subList(0, 8).forEach(f -> assertNull(f.join().getException()));
        assertEquals(REFRESHED_TOKEN, store().find(ACCOUNT).orElseThrow().accessToken());
    }

    @Test
    void refreshHappensWhenDueAndNotBefore() {
        store().save(StoredToken.issued(ACCOUNT, LONG_TOKEN, clock.instant(), Duration.ofDays(60)));
        stubRefresh(REFRESHED_TOKEN);
        var refresher = component().getTokenServices().refresher();

        clock.advance(Duration.ofHours(23));
        refresher.refreshDueTokens().join();
        clock.advance(Duration.ofDays(29));
        refresher.refreshDueTokens().join();
        assertEquals(0, wireMock.findAll(getRequestedFor(urlPathEqualTo("/refresh_access_token"))).size(),
                "30 days 23 hours... not yet: 29 days and 1 hour left is not under 30 days");

        clock.advance(Duration.ofHours(2));
        refresher.refreshDueTokens().join();

        assertEquals(1, wireMock.findAll(getRequestedFor(urlPathEqualTo("/refresh_access_token"))).size());
        StoredToken refreshed = store().find(ACCOUNT).orElseThrow();
        assertEquals(REFRESHED_TOKEN, refreshed.accessToken());
        assertEquals(clock.instant(), refreshed.issuedAt());
    }

    @Test
    void configuredTokenOfUnknownAgeIsRefreshedOnceItIsOldEnough() {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(json("{\"username\":\"shop\"}")));
        stubRefresh(REFRESHED_TOKEN);
        send("instagram:getProfile", null);
        var refresher = component().getTokenServices().refresher();

        refresher.refreshDueTokens().join();
        assertEquals(0, wireMock.findAll(getRequestedFor(urlPathEqualTo("/refresh_access_token"))).size());

        clock.advance(Duration.ofHours(24));
        refresher.refreshDueTokens().join();

        assertEquals(REFRESHED_TOKEN, store().find(ACCOUNT).orElseThrow().accessToken());
    }

    @Test
    void failedRefreshIsRetriedWithBackoffAndReported() {
        store().save(StoredToken.issued(ACCOUNT, LONG_TOKEN, clock.instant().minus(Duration.ofDays(40)),
                Duration.ofDays(60)));
        stub(get(urlPathEqualTo("/refresh_access_token")).inScenario("refresh").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(graphError(400, 100, 0, "Temporary problem")).willSetStateTo("ok"));
        stub(get(urlPathEqualTo("/refresh_access_token")).inScenario("refresh").whenScenarioStateIs("ok")
                .willReturn(json("{\"access_token\":\"" + REFRESHED_TOKEN + "\",\"expires_in\":5184000}")));
        var refresher = component().getTokenServices().refresher();

        refresher.refreshDueTokens().join();

        assertEquals(1, refresher.failures().get(ACCOUNT).attempts());
        HealthCheck.Result health = component().getHealthCheck().call();
        assertEquals(HealthCheck.State.UP, health.getState(), "a failed refresh of a live token is not yet DOWN");
        assertEquals(1, health.getDetails().get("account." + ACCOUNT + ".refreshFailures"));
        clock.advance(Duration.ofSeconds(1));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> REFRESHED_TOKEN.equals(store().find(ACCOUNT).orElseThrow().accessToken()));
        assertTrue(refresher.failures().isEmpty());
    }

    @Test
    void expiredTokenIsMarkedReportedDownAndFailsFast() {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(graphError(400, 190, 463,
                "Error validating access token: Session has expired")));

        Exchange first = send("instagram:getProfile", null);
        Exchange second = send("instagram:getProfile", null);

        assertInstanceOf(InstagramTokenExpiredException.class, first.getException());
        InstagramTokenExpiredException fast = assertInstanceOf(InstagramTokenExpiredException.class,
                second.getException());
        assertTrue(fast.getMessage().contains("not sent"), fast.getMessage());
        assertTrue(fast.getMessage().contains("log the account in again"), fast.getMessage());
        assertEquals(1, wireMock.findAll(getRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT))).size());
        assertEquals(TokenStatus.EXPIRED, store().find(ACCOUNT).orElseThrow().status());
        HealthCheck.Result health = component().getHealthCheck().call();
        assertEquals(HealthCheck.State.DOWN, health.getState());
        assertTrue(health.getMessage().orElse("").contains(ACCOUNT));
        assertFalse(health.getDetails().toString().contains(TOKEN));
    }

    @Test
    void healthCheckShowsTheExpiryHorizonAndNoToken() {
        store().save(StoredToken.issued(ACCOUNT, LONG_TOKEN, clock.instant(), Duration.ofDays(45)));

        HealthCheck.Result health = component().getHealthCheck().call();

        assertEquals(HealthCheck.State.UP, health.getState());
        Map<String, Object> details = health.getDetails();
        assertEquals(45L, details.get("account." + ACCOUNT + ".daysLeft"));
        assertEquals(clock.instant().plus(Duration.ofDays(45)).toString(), details.get("nearestExpiry"));
        assertFalse(details.toString().contains(LONG_TOKEN));
    }

    @Test
    void newlyConfiguredTokenReplacesADeadStoredOne() {
        store().save(StoredToken.issued(ACCOUNT, LONG_TOKEN, clock.instant(), Duration.ofDays(60))
                .withStatus(TokenStatus.INVALID));
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(json("{\"username\":\"shop\"}")));

        Exchange exchange = send("instagram:getProfile", null);

        assertNull(exchange.getException());
        assertEquals(TOKEN, store().find(ACCOUNT).orElseThrow().accessToken(), "the operator logged in again");
        assertEquals(TokenStatus.ACTIVE, store().find(ACCOUNT).orElseThrow().status());
    }

    @Test
    void refreshFinishingAfterANewLoginKeepsTheNewToken() {
        store().save(StoredToken.issued(ACCOUNT, LONG_TOKEN, clock.instant(), Duration.ofDays(60)));
        stub(get(urlPathEqualTo("/refresh_access_token")).willReturn(json(
                "{\"access_token\":\"" + REFRESHED_TOKEN + "\",\"expires_in\":5184000}").withFixedDelay(300)));

        CompletableFuture<StoredToken> refresh = component().getTokenServices().refresher().refresh(ACCOUNT);
        store().save(StoredToken.issued(ACCOUNT, "IGAAbrandNewLoginToken999", clock.instant(), Duration.ofDays(60)));

        assertEquals("IGAAbrandNewLoginToken999", refresh.join().accessToken());
        assertEquals("IGAAbrandNewLoginToken999", store().find(ACCOUNT).orElseThrow().accessToken());
    }

    @Test
    void refreshOfAHeaderTokenIsNotStored() {
        stubRefresh(REFRESHED_TOKEN);

        Exchange exchange = send("instagram:refreshToken", null, InstagramConstants.ACCESS_TOKEN, LONG_TOKEN);

        assertNull(exchange.getException());
        assertEquals(REFRESHED_TOKEN, exchange.getMessage().getBody(InstagramLogin.class).getAccessToken());
        assertTrue(store().findAll().stream().noneMatch(t -> t.accessToken().equals(REFRESHED_TOKEN)),
                "a header token is for its exchange only");
    }

    @Test
    void tokenWithALineBreakIsRefusedWithoutQuotingIt() {
        Exchange exchange = send("instagram:getProfile", null, InstagramConstants.ACCESS_TOKEN, "IGAAwith\nbreak");

        IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, exchange.getException());
        assertTrue(error.getMessage().contains("whitespace or control characters"), error.getMessage());
        assertFalse(error.getMessage().contains("IGAAwith"));
        assertEquals(0, requestCount());
    }

    @Test
    void tokenPastItsExpiryIsDownWithoutACall() {
        store().save(StoredToken.issued(ACCOUNT, TOKEN, clock.instant(), Duration.ofDays(1)));
        clock.advance(Duration.ofDays(2));

        Exchange exchange = send("instagram:getProfile", null);

        assertInstanceOf(InstagramTokenExpiredException.class, exchange.getException());
        assertEquals(0, requestCount());
        assertEquals(HealthCheck.State.DOWN, component().getHealthCheck().call().getState());
    }

}

package io.github.camelinstagram;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.github.camelinstagram.tokens.MutableClock;
import io.github.camelinstagram.tokens.StoredToken;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A token refreshed on the schedule by one CamelContext is the one a second CamelContext, started later on the same
 * token store file, uses: a restart never brings back the old token.
 */
class TokenRestartTest extends WireMockTestSupport {

    private static final String OLD_TOKEN = "IGAAoldConfiguredToken000";
    private static final String REFRESHED = "IGAArefreshedBySchedule111";

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));

    @Test
    void scheduledRefreshSurvivesARestart() throws Exception {
        Path file = folder.resolve("tokens.json");
        stub(get(urlPathEqualTo("/refresh_access_token")).willReturn(json(
                "{\"access_token\":\"" + REFRESHED + "\",\"token_type\":\"bearer\",\"expires_in\":5184000}")));
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(json("{\"username\":\"shop\"}")));

        try (CamelContext first = startContext(file)) {
            InstagramComponent component = first.getComponent("instagram", InstagramComponent.class);
            component.getTokenStore().save(StoredToken.issued(ACCOUNT, OLD_TOKEN,
                    clock.instant().minus(Duration.ofDays(35)), Duration.ofDays(60)));
            await().atMost(Duration.ofSeconds(5)).until(
                    () -> REFRESHED.equals(component.getTokenStore().find(ACCOUNT).orElseThrow().accessToken()));
        }

        try (CamelContext second = startContext(file)) {
            Exchange exchange = second.createProducerTemplate().send("instagram:getProfile", e -> { });

            assertNull(exchange.getException());
            wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT))
                    .withHeader("Authorization", equalTo("Bearer " + REFRESHED)));
            assertEquals(0, wireMock.findAll(getRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT))
                    .withHeader("Authorization", equalTo("Bearer " + OLD_TOKEN))).size());
        }
    }

    private CamelContext startContext(Path file) {
        CamelContext camel = new DefaultCamelContext();
        InstagramComponent component = new InstagramComponent();
        component.getConfiguration().setBaseUrl(wireMock.baseUrl());
        component.getConfiguration().setAccountId(ACCOUNT);
        component.getConfiguration().setAccessToken(OLD_TOKEN);
        component.setTokenStoreFile(file.toString());
        component.setTokenRefreshInterval(50);
        component.setClock(clock);
        camel.addComponent("instagram", component);
        camel.start();
        return camel;
    }
}

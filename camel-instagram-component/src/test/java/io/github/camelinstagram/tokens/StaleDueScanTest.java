package io.github.camelinstagram.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.github.camelinstagram.InstagramComponent;
import io.github.camelinstagram.InstagramConfiguration;
import io.github.camelinstagram.WireMockTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With a store shared by several instances, the refresh schedule of one instance can find a token due that another
 * instance refreshes a moment later. The token the schedule found due is then no longer in the store: it is not
 * refreshed again (the refreshed one is not due).
 */
class StaleDueScanTest extends WireMockTestSupport {

    private final InMemoryTokenStore rows = new InMemoryTokenStore();
    private final StoredToken seenDue = new StoredToken(ACCOUNT, "old-token", Instant.now().minus(Duration.ofDays(2)),
            Instant.now().plus(Duration.ofDays(10)), TokenStatus.ACTIVE);

    @Override
    protected void configure(InstagramConfiguration configuration) {
        configuration.setAccountId(ACCOUNT);
    }

    @Override
    protected void configureComponent(InstagramComponent component) {
        component.setAutoRefreshToken(false);
        rows.save(seenDue);
        component.setTokenStore(new TokenStore() {
            @Override
            public Optional<StoredToken> find(String accountId) {
                return rows.find(accountId);
            }

            @Override
            public void save(StoredToken token) {
                rows.save(token);
            }

            @Override
            public StoredToken saveIfAbsent(StoredToken token) {
                return rows.saveIfAbsent(token);
            }

            /** What the schedule read before the other instance's refresh landed. */
            @Override
            public Collection<StoredToken> findAll() {
                return List.of(seenDue);
            }

            @Override
            public void delete(String accountId) {
                rows.delete(accountId);
            }
        });
    }

    @Test
    void aTokenRefreshedElsewhereSinceTheScanIsNotRefreshedAgain() {
        stub(get(urlPathEqualTo("/refresh_access_token")).willReturn(json(
                "{\"access_token\":\"second-refresh\",\"token_type\":\"bearer\",\"expires_in\":5184000}")));
        // the other instance's refresh lands between this instance's scan and its refresh
        rows.save(StoredToken.issued(ACCOUNT, "refreshed-elsewhere", Instant.now(), Duration.ofDays(60)));

        context.getComponent("instagram", InstagramComponent.class).getTokenServices().refresher().refreshDueTokens()
                .join();

        wireMock.verify(0, getRequestedFor(urlPathEqualTo("/refresh_access_token")));
        assertEquals("refreshed-elsewhere", rows.find(ACCOUNT).orElseThrow().accessToken());
    }
}

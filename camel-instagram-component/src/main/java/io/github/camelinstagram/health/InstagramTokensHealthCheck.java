package io.github.camelinstagram.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.github.camelinstagram.tokens.StoredToken;
import io.github.camelinstagram.tokens.TokenRefresher;
import io.github.camelinstagram.tokens.TokenStore;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of the {@code instagram} component's tokens: DOWN when a stored token is expired or invalid (the account
 * must log in again), UP otherwise. Details give, per account, the status and the expiry horizon, and the refresh
 * failures waiting for a retry; never anything of the token itself.
 */
public final class InstagramTokensHealthCheck implements HealthCheck {

    public static final String ID = "instagram-tokens";

    private final TokenStore store;
    private final TokenRefresher refresher;
    private final Clock clock;
    private volatile boolean enabled = true;

    public InstagramTokensHealthCheck(TokenStore store, TokenRefresher refresher, Clock clock) {
        this.store = store;
        this.refresher = refresher;
        this.clock = clock;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder result = HealthCheckResultBuilder.on(this);
        Instant now = clock.instant();
        List<StoredToken> tokens = new ArrayList<>(store.findAll());
        tokens.sort(Comparator.comparing(StoredToken::accountId));
        List<String> unusable = new ArrayList<>();
        Instant nearestExpiry = null;
        for (StoredToken token : tokens) {
            String prefix = "account." + token.accountId() + ".";
            result.detail(prefix + "status", token.isUsable(now) ? token.status().name() : "EXPIRED_OR_INVALID");
            if (token.expiresAt() != null) {
                result.detail(prefix + "expiresAt", token.expiresAt().toString());
                result.detail(prefix + "daysLeft", Math.max(0, Duration.between(now, token.expiresAt()).toDays()));
                nearestExpiry = nearestExpiry == null || token.expiresAt().isBefore(nearestExpiry)
                        ? token.expiresAt() : nearestExpiry;
            } else {
                result.detail(prefix + "expiresAt", "unknown until the first refresh");
            }
            if (!token.isUsable(now)) {
                unusable.add(token.accountId());
            }
        }
        if (refresher != null) {
            refresher.failures().forEach((account, failure) -> {
                result.detail("account." + account + ".refreshFailures", failure.attempts());
                result.detail("account." + account + ".nextRefreshAttempt", failure.nextAttempt().toString());
            });
        }
        result.detail("accounts", tokens.size());
        if (nearestExpiry != null) {
            result.detail("nearestExpiry", nearestExpiry.toString());
        }
        if (unusable.isEmpty()) {
            return result.up().build();
        }
        return result.down().message("Instagram token expired or invalid for account(s) " + unusable
                                     + ": log in again (Business Login, operation exchangeCode)").build();
    }
}

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
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of an {@code instagram} component's tokens, registered among Camel's producer health checks (turned on
 * with {@code camel.health.producersEnabled=true}, and per component with {@code healthCheckProducerEnabled}). Its id
 * names the component: {@code producer:instagram-tokens}, or {@code producer:<name>-tokens} for a component registered
 * under another name.
 * <p>
 * One account whose token expired does not make the application unready while others can still be served: the check
 * is DOWN only when the store holds tokens and none of them is usable. Details count the accounts by state and give,
 * per account (for at most {@value #LISTED} accounts, those that need attention first), its state, expiry horizon and
 * failed refreshes; never anything of a token itself.
 */
public final class InstagramTokensHealthCheck extends AbstractHealthCheck {

    /** How many account ids a detail lists at most, so that a store of thousands of accounts stays readable. */
    static final int LISTED = 50;

    private final TokenStore store;
    private final TokenRefresher refresher;
    private final Clock clock;

    public InstagramTokensHealthCheck(String componentName, TokenStore store, TokenRefresher refresher, Clock clock) {
        super("camel", "producer:" + componentName + "-tokens");
        this.store = store;
        this.refresher = refresher;
        this.clock = clock;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Instant now = clock.instant();
        Map<String, TokenRefresher.RefreshFailure> failures = refresher == null ? Map.of() : refresher.failures();
        List<StoredToken> tokens = new ArrayList<>(store.findAll());
        // the accounts that need attention first, then the nearest expiries
        tokens.sort(Comparator.comparing((StoredToken t) -> t.isUsable(now))
                .thenComparing(t -> !failures.containsKey(t.accountId()))
                .thenComparing(t -> t.expiresAt() == null ? Instant.MAX : t.expiresAt())
                .thenComparing(StoredToken::accountId));
        List<String> unusable = new ArrayList<>();
        Instant nearestExpiry = null;
        for (int i = 0; i < tokens.size(); i++) {
            StoredToken token = tokens.get(i);
            boolean usable = token.isUsable(now);
            if (!usable) {
                unusable.add(token.accountId());
            } else if (token.expiresAt() != null && (nearestExpiry == null || token.expiresAt().isBefore(nearestExpiry))) {
                nearestExpiry = token.expiresAt();
            }
            if (i < LISTED) {
                accountDetails(builder, token, usable, failures.get(token.accountId()), now);
            }
        }
        builder.detail("accounts", tokens.size());
        builder.detail("accounts.usable", tokens.size() - unusable.size());
        builder.detail("accounts.unusable", unusable.size());
        builder.detail("refresh.failing", failures.size());
        if (tokens.size() > LISTED) {
            builder.detail("accounts.detailed", LISTED + " of " + tokens.size() + ", those needing attention first");
        }
        if (nearestExpiry != null) {
            builder.detail("nearestExpiry", nearestExpiry.toString());
        }
        if (!tokens.isEmpty() && unusable.size() == tokens.size()) {
            builder.message("No Instagram account can be served: the token of every stored account is expired or"
                            + " invalid (" + listed(unusable) + "); log them in again (Business Login, operation"
                            + " exchangeCode)");
            builder.down();
            return;
        }
        if (!unusable.isEmpty()) {
            builder.message(unusable.size() + " of " + tokens.size() + " Instagram accounts must log in again ("
                            + listed(unusable) + "); the others are served");
        }
        builder.up();
    }

    private static void accountDetails(HealthCheckResultBuilder builder, StoredToken token, boolean usable,
                                       TokenRefresher.RefreshFailure failure, Instant now) {
        String prefix = "account." + token.accountId() + ".";
        builder.detail(prefix + "status", usable ? token.status().name() : "EXPIRED_OR_INVALID");
        if (token.expiresAt() != null) {
            builder.detail(prefix + "expiresAt", token.expiresAt().toString());
            builder.detail(prefix + "daysLeft", Math.max(0, Duration.between(now, token.expiresAt()).toDays()));
        } else {
            builder.detail(prefix + "expiresAt", "unknown until the first refresh");
        }
        if (failure != null) {
            builder.detail(prefix + "refreshFailures", failure.attempts());
            builder.detail(prefix + "nextRefreshAttempt", failure.nextAttempt().toString());
        }
    }

    private static String listed(List<String> accounts) {
        List<String> sorted = new ArrayList<>(accounts);
        sorted.sort(null);
        String shown = String.join(",", sorted.subList(0, Math.min(LISTED, sorted.size())));
        return sorted.size() > LISTED ? shown + ",... (" + (sorted.size() - LISTED) + " more)" : shown;
    }
}

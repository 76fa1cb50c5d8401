package io.github.camelinstagram.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelinstagram.api.GraphClient;
import io.github.camelinstagram.error.InstagramInvalidTokenException;
import io.github.camelinstagram.error.InstagramTokenExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the stored long-lived tokens alive. A token is due for refresh once it is at least {@code minAge} old (the API
 * refuses younger ones) and has less than {@code window} left, or its expiry is unknown. Due tokens are looked for
 * every {@code checkInterval} on a scheduler, never on a route's thread. A failed refresh is retried with a doubling
 * delay and reported in the log and the health check; a token the API reports expired or invalid is marked so and no
 * longer refreshed. Two refreshes of the same account never run at once: a second request joins the first, and with a
 * store shared by several instances only the instance whose {@link TokenStore#claimRefresh claim} succeeds refreshes;
 * the others go on with the token the store holds.
 */
public final class TokenRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(TokenRefresher.class);

    /**
     * How long a refresh claimed in a shared store stays this instance's when it is neither saved nor ended (the
     * instance died): longer than a refresh call with its retries takes.
     */
    static final Duration CLAIM = Duration.ofMinutes(5);

    private final TokenStore store;
    private final InstagramLoginClient login;
    private final GraphClient client;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration minAge;
    private final Duration window;
    private final Duration retryDelay;
    private final Duration checkInterval;
    private final Map<String, CompletableFuture<StoredToken>> inFlight = new ConcurrentHashMap<>();
    private final Map<String, RefreshFailure> failures = new ConcurrentHashMap<>();
    private ScheduledFuture<?> schedule;

    public TokenRefresher(TokenStore store, InstagramLoginClient login, GraphClient client,
                          ScheduledExecutorService scheduler, Clock clock, Duration minAge, Duration window,
                          Duration retryDelay, Duration checkInterval) {
        this.store = store;
        this.login = login;
        this.client = client;
        this.scheduler = scheduler;
        this.clock = clock;
        this.minAge = minAge;
        this.window = window;
        this.retryDelay = retryDelay;
        this.checkInterval = checkInterval;
    }

    /** Looks for due tokens now and then every {@code checkInterval}. */
    public synchronized void start() {
        if (schedule == null) {
            schedule = scheduler.scheduleWithFixedDelay(this::refreshDueTokens, 0, checkInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
    }

    /** Whether the token should be refreshed now. */
    public boolean isDue(StoredToken token) {
        Instant now = clock.instant();
        if (token.status() != TokenStatus.ACTIVE || Duration.between(token.issuedAt(), now).compareTo(minAge) < 0) {
            return false;
        }
        return token.expiresAt() == null || Duration.between(now, token.expiresAt()).compareTo(window) < 0;
    }

    /**
     * Refreshes every token that is due and not waiting for a retry.
     *
     * @return completes when every refresh started here has ended, successfully or not
     */
    public CompletableFuture<Void> refreshDueTokens() {
        List<CompletableFuture<?>> attempts = new ArrayList<>();
        try {
            Instant now = clock.instant();
            for (StoredToken token : store.findAll()) {
                RefreshFailure failure = failures.get(token.accountId());
                if (isDue(token) && (failure == null || !failure.nextAttempt().isAfter(now))) {
                    attempts.add(refresh(token.accountId(), client, token.accessToken())
                            .handle((refreshed, error) -> null));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot look for Instagram tokens to refresh: {}", e.getMessage());
        }
        return CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new));
    }

    /**
     * Refreshes the stored token of the account now. A refresh already running for the account is joined, not
     * repeated.
     */
    public CompletableFuture<StoredToken> refresh(String accountId) {
        return refresh(accountId, client);
    }

    /**
     * Refreshes the stored token of the account now, through the given client (an endpoint's, with its host and
     * timeouts). A refresh already running for the account is joined, not repeated.
     */
    public CompletableFuture<StoredToken> refresh(String accountId, GraphClient through) {
        return refresh(accountId, through, null);
    }

    /**
     * @param seenDue the token the schedule found due, or null to refresh whatever token the store holds: a token that
     *                has changed since the schedule read it was refreshed or replaced already (by another instance
     *                sharing the store) and is not refreshed again
     */
    private CompletableFuture<StoredToken> refresh(String accountId, GraphClient through, String seenDue) {
        CompletableFuture<StoredToken> running = inFlight.get(accountId);
        if (running != null) {
            return running;
        }
        CompletableFuture<StoredToken> mine = new CompletableFuture<>();
        running = inFlight.putIfAbsent(accountId, mine);
        if (running != null) {
            return running;
        }
        try {
            StoredToken current = store.find(accountId).orElseThrow(() -> new IllegalArgumentException(
                    "No token stored for Instagram account " + accountId + " to refresh"));
            String expected = seenDue != null ? seenDue : current.accessToken();
            if (!expected.equals(current.accessToken()) || !store.claimRefresh(accountId, expected, CLAIM)) {
                // another instance sharing the store refreshes it, or has done so since the token was read
                inFlight.remove(accountId, mine);
                LOG.debug("The token of Instagram account {} is refreshed by another instance", accountId);
                mine.complete(store.find(accountId).orElse(current));
                return mine;
            }
            login.refresh(through, current.accessToken(), accountId).whenComplete((grant, error) -> {
                inFlight.remove(accountId, mine);
                try {
                    if (error != null) {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        store.endRefresh(accountId);
                        onFailure(current, cause);
                        mine.completeExceptionally(cause);
                    } else {
                        mine.complete(onSuccess(current, grant));
                    }
                } catch (RuntimeException storeFailure) {
                    mine.completeExceptionally(storeFailure);
                }
            });
        } catch (RuntimeException e) {
            inFlight.remove(accountId, mine);
            mine.completeExceptionally(e);
        }
        return mine;
    }

    /** Refresh failures waiting for their next attempt, by account. */
    public Map<String, RefreshFailure> failures() {
        return Map.copyOf(failures);
    }

    private StoredToken onSuccess(StoredToken current, InstagramLoginClient.TokenGrant grant) {
        String accountId = current.accountId();
        StoredToken fresh = StoredToken.issued(accountId, grant.accessToken(), clock.instant(), grant.expiresIn());
        StoredToken stored = store.find(accountId).orElse(null);
        if (stored != null && !stored.accessToken().equals(current.accessToken())) {
            // a newer token (a new login) arrived while this refresh ran: it wins
            store.endRefresh(accountId);
            failures.remove(accountId);
            return stored;
        }
        store.save(fresh);
        failures.remove(accountId);
        LOG.info("Refreshed the token of Instagram account {}: valid until {}", accountId, fresh.expiresAt());
        return fresh;
    }

    private void onFailure(StoredToken token, Throwable error) {
        String accountId = token.accountId();
        if (error instanceof InstagramTokenExpiredException || error instanceof InstagramInvalidTokenException) {
            TokenStatus status = error instanceof InstagramTokenExpiredException ? TokenStatus.EXPIRED
                    : TokenStatus.INVALID;
            store.find(accountId).filter(stored -> stored.accessToken().equals(token.accessToken()))
                    .ifPresent(stored -> store.save(stored.withStatus(status)));
            failures.remove(accountId);
            LOG.error("The token of Instagram account {} is {} and cannot be refreshed: the account must log in again"
                      + " (Business Login, operation exchangeCode). {}",
                    accountId, status.name().toLowerCase(), error.getMessage());
            return;
        }
        RefreshFailure previous = failures.get(accountId);
        int attempt = previous == null ? 1 : previous.attempts() + 1;
        long delayMillis = Math.min(retryDelay.toMillis() << Math.min(attempt - 1, 20), checkInterval.toMillis());
        Duration delay = Duration.ofMillis(Math.max(1, delayMillis));
        failures.put(accountId, new RefreshFailure(attempt, clock.instant().plus(delay), error.getMessage()));
        LOG.warn("Refreshing the token of Instagram account {} failed (attempt {}), next attempt in {}: {}", accountId,
                attempt, delay, error.getMessage());
        try {
            scheduler.schedule(this::refreshDueTokens, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException stopped) {
            LOG.debug("Refresh retry not scheduled: {}", stopped.getMessage());
        }
    }

    /**
     * A refresh that failed and waits for its next attempt.
     *
     * @param attempts    failed attempts in a row
     * @param nextAttempt when the next attempt is made
     * @param lastError   the message of the last failure (never holds a token)
     */
    public record RefreshFailure(int attempts, Instant nextAttempt, String lastError) {
    }
}

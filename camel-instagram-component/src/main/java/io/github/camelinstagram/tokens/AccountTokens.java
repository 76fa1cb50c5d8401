package io.github.camelinstagram.tokens;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import io.github.camelinstagram.InstagramApiException;
import io.github.camelinstagram.InstagramApiException.ApiError;
import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.api.GraphClient;
import io.github.camelinstagram.error.InstagramInvalidTokenException;
import io.github.camelinstagram.error.InstagramTokenExpiredException;

/**
 * Chooses the token and account of an exchange:
 * <ol>
 * <li>a token in the header {@code CamelInstagramAccessToken} is used as it is, for this exchange only, with the
 * account of the header {@code CamelInstagramAccountId}, the {@code accountId} option, or its {@code /me};</li>
 * <li>otherwise the account of the header, else of the option, else of the configured token's {@code /me}, selects
 * the token in the store; the configured {@code accessToken} seeds the store for its account the first time.</li>
 * </ol>
 * A stored token known to be expired or invalid fails the exchange at once, without a call.
 */
public final class AccountTokens {

    private final TokenStore store;
    private final AccountIdResolver resolver;
    private final Clock clock;

    public AccountTokens(TokenStore store, AccountIdResolver resolver, Clock clock) {
        this.store = store;
        this.resolver = resolver;
        this.clock = clock;
    }

    public TokenStore store() {
        return store;
    }

    /**
     * @throws IllegalArgumentException when no token can be found for the exchange, before anything is sent
     */
    /**
     * @param host          the Graph host, whose {@code /me} tells the account of a token
     * @param optionToken   the {@code accessToken} option, or null
     * @param optionAccount the {@code accountId} option, or null
     * @param headerToken   the header {@code CamelInstagramAccessToken}, or null
     * @param headerAccount the header {@code CamelInstagramAccountId}, or null
     */
    public CompletableFuture<Credentials> credentials(GraphClient client, String host, String optionToken,
                                                      String optionAccount, String headerToken, String headerAccount) {
        String configToken = checkedToken(blankToNull(optionToken), "accessToken option");
        String configAccount = blankToNull(optionAccount);
        checkedToken(headerToken, "header " + InstagramConstants.ACCESS_TOKEN);
        if (headerToken != null) {
            String account = headerAccount != null ? headerAccount : configAccount;
            CompletableFuture<String> resolved = account != null ? CompletableFuture.completedFuture(account)
                    : resolver.resolve(client, host, headerToken);
            return resolved.thenApply(id -> new Credentials(id, headerToken, false));
        }
        if (headerAccount != null) {
            if (configAccount == null && configToken != null && store.find(headerAccount).isEmpty()) {
                // a webhook event names its account; the configured token seeds the store if it acts as that account
                return resolver.resolve(client, host, configToken).thenApply(
                        account -> fromStore(headerAccount, account.equals(headerAccount) ? configToken : null));
            }
            String seed = headerAccount.equals(configAccount) ? configToken : null;
            return CompletableFuture.completedFuture(fromStore(headerAccount, seed));
        }
        if (configAccount != null) {
            return CompletableFuture.completedFuture(fromStore(configAccount, configToken));
        }
        if (configToken != null) {
            return resolver.resolve(client, host, configToken)
                    .thenApply(account -> fromStore(account, configToken));
        }
        throw new IllegalArgumentException("No access token: set the accessToken option on the instagram component or"
                                           + " endpoint, log an account in with exchangeCode and name it in the header "
                                           + InstagramConstants.ACCOUNT_ID + ", or send a token in the header "
                                           + InstagramConstants.ACCESS_TOKEN);
    }

    /** Marks a stored token expired or invalid when a call with it was refused for that reason. */
    public void reportFailure(Credentials credentials, Throwable error) {
        if (!credentials.fromStore()) {
            return;
        }
        TokenStatus status = error instanceof InstagramTokenExpiredException ? TokenStatus.EXPIRED
                : error instanceof InstagramInvalidTokenException ? TokenStatus.INVALID : null;
        if (status != null) {
            store.find(credentials.accountId()).filter(t -> t.accessToken().equals(credentials.token()))
                    .ifPresent(t -> store.save(t.withStatus(status)));
        }
    }

    private Credentials fromStore(String account, String seed) {
        StoredToken token = store.find(account).orElse(null);
        if (token == null) {
            if (seed == null) {
                throw new IllegalArgumentException("No token for Instagram account " + account + " in the token store:"
                                                   + " log the account in with exchangeCode, configure its"
                                                   + " accessToken, or send a token in the header "
                                                   + InstagramConstants.ACCESS_TOKEN);
            }
            token = store.saveIfAbsent(StoredToken.configured(account, seed, clock.instant()));
        }
        Instant now = clock.instant();
        if (!token.isUsable(now) && seed != null && !seed.equals(token.accessToken())) {
            // the stored token is dead and a new one was configured: the operator logged the account in again
            token = StoredToken.configured(account, seed, now);
            store.save(token);
        }
        if (!token.isUsable(now)) {
            throw unusable(token, now);
        }
        return new Credentials(account, token.accessToken(), true);
    }

    private static InstagramApiException unusable(StoredToken token, Instant now) {
        String context = "token of account " + token.accountId();
        if (token.status() == TokenStatus.INVALID) {
            return new InstagramInvalidTokenException(new ApiError(0, 190, 0, "OAuthException",
                    "not sent: the API reported this token invalid", null, false, context));
        }
        String when = token.expiresAt() != null && !token.expiresAt().isAfter(now)
                ? "it expired at " + token.expiresAt() : "the API reported it expired";
        return new InstagramTokenExpiredException(new ApiError(0, 190, 463, "OAuthException", "not sent: " + when,
                null, false, context));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A token with whitespace or control characters inside would be refused by the HTTP client, quoting it. */
    private static String checkedToken(String token, String where) {
        if (token != null && token.chars().anyMatch(c -> c <= ' ' || c == 127)) {
            throw new IllegalArgumentException("The access token of the " + where + " contains whitespace or control"
                                               + " characters: copy it again without line breaks or spaces");
        }
        return token;
    }
}

package io.github.camelinstagram.tokens;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * Where long-lived tokens are kept, one per professional account (IG_ID). The component reads the token of an account
 * before each call and writes it back after every refresh, so an implementation backed by a shared database lets
 * several instances use and refresh the same tokens. Implementations must be thread-safe, and must never log tokens.
 */
public interface TokenStore {

    /** The token of the account, if the store has one. */
    Optional<StoredToken> find(String accountId);

    /** Stores the token, replacing any token of the same account. */
    void save(StoredToken token);

    /**
     * Stores the token unless the store already has one for its account.
     *
     * @return the token the store holds for the account afterwards
     */
    StoredToken saveIfAbsent(StoredToken token);

    /** Every stored token, for the refresh schedule and the health check. */
    Collection<StoredToken> findAll();

    /** Forgets the token of the account. */
    void delete(String accountId);

    /**
     * Claims the refresh of the account's token for this instance, for at most {@code lease}, provided the store still
     * holds {@code currentToken} for it. A store that several instances share lets one claim succeed at a time, so that
     * a due token is refreshed once in total; a claim that is not ended (the instance died) lapses after the lease. The
     * claim ends with {@link #save(StoredToken)} of the refreshed token or with {@link #endRefresh(String)}.
     *
     * @return whether this instance refreshes the token now; false when another one is refreshing it, or the token has
     *         changed since it was read (then it was refreshed already, or replaced by a new login)
     */
    default boolean claimRefresh(String accountId, String currentToken, Duration lease) {
        return true;
    }

    /** Ends a refresh claimed with {@link #claimRefresh} that did not save a new token. */
    default void endRefresh(String accountId) {
    }
}

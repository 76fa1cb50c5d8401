package io.github.camelinstagram.tokens;

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
}

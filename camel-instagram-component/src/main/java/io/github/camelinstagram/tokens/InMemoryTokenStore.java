package io.github.camelinstagram.tokens;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens kept in memory only: the default. Refreshed tokens are lost on restart; use {@link FileTokenStore} (option
 * {@code tokenStoreFile}) or a shared store to keep them.
 */
public class InMemoryTokenStore implements TokenStore {

    private final Map<String, StoredToken> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredToken> find(String accountId) {
        return Optional.ofNullable(tokens.get(accountId));
    }

    @Override
    public void save(StoredToken token) {
        tokens.put(token.accountId(), token);
    }

    @Override
    public StoredToken saveIfAbsent(StoredToken token) {
        StoredToken existing = tokens.putIfAbsent(token.accountId(), token);
        return existing != null ? existing : token;
    }

    @Override
    public Collection<StoredToken> findAll() {
        return List.copyOf(tokens.values());
    }

    @Override
    public void delete(String accountId) {
        tokens.remove(accountId);
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore{accounts=" + tokens.size() + "}";
    }
}

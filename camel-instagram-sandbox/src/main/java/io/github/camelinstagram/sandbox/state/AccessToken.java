package io.github.camelinstagram.sandbox.state;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An Instagram User access token ({@code IGAA...}) of one account: its kind, when it was issued (a refresh issues a
 * new token), when it expires, its granted scopes, and the 190 subcode it answers once invalidated (password changed,
 * logged out...). Mutated only under the {@link Sandbox} lock.
 */
public final class AccessToken {

    private final String value;
    private final String accountId;
    private final TokenKind kind;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final Set<Scope> scopes;
    private Integer invalidatedSubcode;

    public AccessToken(String value, String accountId, TokenKind kind, Instant issuedAt, Set<Scope> scopes) {
        this.value = value;
        this.accountId = accountId;
        this.kind = kind;
        this.issuedAt = issuedAt;
        this.expiresAt = issuedAt.plus(kind.lifetime());
        this.scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
    }

    public String value() {
        return value;
    }

    public String accountId() {
        return accountId;
    }

    public TokenKind kind() {
        return kind;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Set<Scope> scopes() {
        return scopes;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The 190 subcode this token answers since it was invalidated, or null while it is valid. */
    public Integer invalidatedSubcode() {
        return invalidatedSubcode;
    }

    public void invalidate(int subcode) {
        this.invalidatedSubcode = subcode;
    }

    @Override
    public String toString() {
        return "AccessToken{account=" + accountId + ", kind=" + kind + ", expiresAt=" + expiresAt + ", value=***}";
    }
}

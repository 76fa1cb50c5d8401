package io.github.camelinstagram.sandbox.state;

import java.time.Instant;
import java.util.Set;

/**
 * A code handed out by the authorization window: valid one hour, usable once, bound to the redirect URI it was
 * issued for and to the account that allowed the app.
 */
public final class AuthorizationCode {

    private final String value;
    private final String accountId;
    private final String redirectUri;
    private final Set<Scope> scopes;
    private final Instant expiresAt;
    private boolean used;

    public AuthorizationCode(String value, String accountId, String redirectUri, Set<Scope> scopes,
                             Instant expiresAt) {
        this.value = value;
        this.accountId = accountId;
        this.redirectUri = redirectUri;
        this.scopes = Set.copyOf(scopes);
        this.expiresAt = expiresAt;
    }

    public String value() {
        return value;
    }

    public String accountId() {
        return accountId;
    }

    public String redirectUri() {
        return redirectUri;
    }

    public Set<Scope> scopes() {
        return scopes;
    }

    public boolean isUsable(Instant now) {
        return !used && now.isBefore(expiresAt);
    }

    public void markUsed() {
        used = true;
    }
}

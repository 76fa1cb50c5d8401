package io.github.camelinstagram.tokens;

import java.time.Duration;
import java.time.Instant;

/**
 * A long-lived token as the {@link TokenStore} keeps it. {@link #toString()} never shows the token.
 *
 * @param accountId   the professional account (IG_ID) the token acts as
 * @param accessToken the token itself
 * @param issuedAt    when it was issued or last refreshed (for a configured token: when it was first seen)
 * @param expiresAt   when it expires; null when unknown (a configured token that was never refreshed)
 * @param status      what is known of its validity
 */
public record StoredToken(String accountId, String accessToken, Instant issuedAt, Instant expiresAt,
        TokenStatus status) {

    public StoredToken {
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("A stored token needs the account id it acts as");
        }
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("A stored token needs the token of account " + accountId);
        }
        if (issuedAt == null) {
            throw new IllegalArgumentException("A stored token needs its issue time (account " + accountId + ")");
        }
        if (status == null) {
            status = TokenStatus.ACTIVE;
        }
    }

    /** A token first seen now, of unknown expiry: the token configured on the component or endpoint. */
    public static StoredToken configured(String accountId, String accessToken, Instant now) {
        return new StoredToken(accountId, accessToken, now, null, TokenStatus.ACTIVE);
    }

    /** A token the API has just issued, valid for the given time. */
    public static StoredToken issued(String accountId, String accessToken, Instant now, Duration validity) {
        return new StoredToken(accountId, accessToken, now, now.plus(validity), TokenStatus.ACTIVE);
    }

    public StoredToken withStatus(TokenStatus newStatus) {
        return new StoredToken(accountId, accessToken, issuedAt, expiresAt, newStatus);
    }

    /** Whether the token is known to be usable at the given time. */
    public boolean isUsable(Instant now) {
        return status == TokenStatus.ACTIVE && (expiresAt == null || expiresAt.isAfter(now));
    }

    @Override
    public String toString() {
        return "StoredToken{accountId=" + accountId + ", issuedAt=" + issuedAt + ", expiresAt="
               + (expiresAt == null ? "unknown" : expiresAt) + ", status=" + status + ", accessToken=***}";
    }
}

package io.github.camelinstagram.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The result of exchangeCode, exchangeToken and refreshToken: the account now logged in and its long-lived token,
 * which is also in the token store. The token is left out of {@link #toString()} and of JSON, so that logging or
 * answering with this object never leaks it; {@link #getAccessToken()} gives it to code that must keep it elsewhere.
 */
public class InstagramLogin {

    @JsonProperty("account_id")
    private String accountId;
    @JsonProperty("permissions")
    private List<String> permissions;
    @JsonProperty("expires_at")
    private String expiresAt;
    @JsonIgnore
    private String accessToken;

    public InstagramLogin() {
    }

    public InstagramLogin(String accountId, List<String> permissions, Instant expiresAt, String accessToken) {
        this.accountId = accountId;
        this.permissions = permissions;
        this.expiresAt = expiresAt == null ? null : expiresAt.toString();
        this.accessToken = accessToken;
    }

    /** The professional account (IG_ID) the token acts as. */
    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    /** The scopes granted, when the API said (the code exchange does). */
    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    /** When the long-lived token expires, ISO-8601. */
    public String getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(String expiresAt) {
        this.expiresAt = expiresAt;
    }

    /** The long-lived token. Never logged by the component. */
    @JsonIgnore
    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    @Override
    public String toString() {
        return "InstagramLogin{accountId=" + accountId + ", permissions=" + permissions + ", expiresAt=" + expiresAt
               + ", accessToken=***}";
    }
}

package io.github.camelinstagram.sandbox.state;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An Instagram professional account: {@code user_id} (the IG_ID used in paths and in webhook {@code entry.id}), the
 * app-scoped {@code id} that {@code /me} answers, its profile, and the webhook fields it subscribed the app to with
 * {@code POST /me/subscribed_apps}. Mutated only under the {@link Sandbox} lock.
 */
public final class Account {

    private final String userId;
    private final String appScopedId;
    private final String username;
    private final String name;
    private final String accountType;
    private final String profilePictureUrl;
    private final int followersCount;
    private final int followsCount;
    private final Set<String> subscribedFields = new LinkedHashSet<>();

    public Account(String userId, String appScopedId, String username, String name, String accountType,
                   String profilePictureUrl, int followersCount, int followsCount) {
        this.userId = userId;
        this.appScopedId = appScopedId;
        this.username = username;
        this.name = name;
        this.accountType = accountType;
        this.profilePictureUrl = profilePictureUrl;
        this.followersCount = followersCount;
        this.followsCount = followsCount;
    }

    public String userId() {
        return userId;
    }

    public String appScopedId() {
        return appScopedId;
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    /** {@code BUSINESS} or {@code MEDIA_CREATOR}. */
    public String accountType() {
        return accountType;
    }

    public String profilePictureUrl() {
        return profilePictureUrl;
    }

    public int followersCount() {
        return followersCount;
    }

    public int followsCount() {
        return followsCount;
    }

    public Set<String> subscribedFields() {
        return Collections.unmodifiableSet(subscribedFields);
    }

    public void subscribe(Set<String> fields) {
        subscribedFields.clear();
        subscribedFields.addAll(fields);
    }

    public boolean isSubscribed(String field) {
        return subscribedFields.contains(field);
    }
}

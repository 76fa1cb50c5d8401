package io.github.camelinstagram.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The professional Instagram account a token acts as ({@code getProfile}, {@code GET /{account}} or {@code /me}).
 */
public class InstagramAccount {

    /** App-scoped id of the account. */
    @JsonProperty("id")
    private String id;
    /** The professional account id (IG_ID) used in paths and in webhook {@code entry.id}. */
    @JsonProperty("user_id")
    private String userId;
    /** Instagram username. */
    @JsonProperty("username")
    private String username;
    /** Display name. */
    @JsonProperty("name")
    private String name;
    /** {@code BUSINESS} or {@code MEDIA_CREATOR}. */
    @JsonProperty("account_type")
    private String accountType;
    /** CDN URL of the profile picture (expires: do not keep it). */
    @JsonProperty("profile_picture_url")
    private String profilePictureUrl;
    /** Number of followers. */
    @JsonProperty("followers_count")
    private Long followersCount;
    /** Number of accounts followed. */
    @JsonProperty("follows_count")
    private Long followsCount;
    /** Number of media published. */
    @JsonProperty("media_count")
    private Long mediaCount;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAccountType() {
        return accountType;
    }

    public void setAccountType(String accountType) {
        this.accountType = accountType;
    }

    public String getProfilePictureUrl() {
        return profilePictureUrl;
    }

    public void setProfilePictureUrl(String profilePictureUrl) {
        this.profilePictureUrl = profilePictureUrl;
    }

    public Long getFollowersCount() {
        return followersCount;
    }

    public void setFollowersCount(Long followersCount) {
        this.followersCount = followersCount;
    }

    public Long getFollowsCount() {
        return followsCount;
    }

    public void setFollowsCount(Long followsCount) {
        this.followsCount = followsCount;
    }

    public Long getMediaCount() {
        return mediaCount;
    }

    public void setMediaCount(Long mediaCount) {
        this.mediaCount = mediaCount;
    }

    @Override
    public String toString() {
        return "InstagramAccount{" + "id=" + id + ", userId=" + userId + ", username=" + username + ", name=" + name + ", accountType=" + accountType + ", profilePictureUrl=" + profilePictureUrl + ", followersCount=" + followersCount + ", followsCount=" + followsCount + ", mediaCount=" + mediaCount + "}";
    }
}

package io.github.camelinstagram.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The profile of someone who messaged the account, as seen through their Instagram-scoped id ({@code getUserProfile}).
 */
public class InstagramUser {

    /** Instagram-scoped id (IGSID). */
    @JsonProperty("id")
    private String id;
    /** Display name. */
    @JsonProperty("name")
    private String name;
    /** Instagram username. */
    @JsonProperty("username")
    private String username;
    /** CDN URL of the profile picture (expires: do not keep it). */
    @JsonProperty("profile_pic")
    private String profilePic;
    /** Number of followers. */
    @JsonProperty("follower_count")
    private Long followerCount;
    /** Whether the user follows the account. */
    @JsonProperty("is_user_follow_business")
    private Boolean userFollowsBusiness;
    /** Whether the account follows the user. */
    @JsonProperty("is_business_follow_user")
    private Boolean businessFollowsUser;
    /** Whether the user is verified. */
    @JsonProperty("is_verified_user")
    private Boolean verifiedUser;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getProfilePic() {
        return profilePic;
    }

    public void setProfilePic(String profilePic) {
        this.profilePic = profilePic;
    }

    public Long getFollowerCount() {
        return followerCount;
    }

    public void setFollowerCount(Long followerCount) {
        this.followerCount = followerCount;
    }

    public Boolean getUserFollowsBusiness() {
        return userFollowsBusiness;
    }

    public void setUserFollowsBusiness(Boolean userFollowsBusiness) {
        this.userFollowsBusiness = userFollowsBusiness;
    }

    public Boolean getBusinessFollowsUser() {
        return businessFollowsUser;
    }

    public void setBusinessFollowsUser(Boolean businessFollowsUser) {
        this.businessFollowsUser = businessFollowsUser;
    }

    public Boolean getVerifiedUser() {
        return verifiedUser;
    }

    public void setVerifiedUser(Boolean verifiedUser) {
        this.verifiedUser = verifiedUser;
    }

    @Override
    public String toString() {
        return "InstagramUser{" + "id=" + id + ", name=" + name + ", username=" + username + ", profilePic=" + profilePic + ", followerCount=" + followerCount + ", userFollowsBusiness=" + userFollowsBusiness + ", businessFollowsUser=" + businessFollowsUser + ", verifiedUser=" + verifiedUser + "}";
    }
}

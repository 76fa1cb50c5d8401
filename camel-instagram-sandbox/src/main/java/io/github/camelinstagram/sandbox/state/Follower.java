package io.github.camelinstagram.sandbox.state;

/**
 * A simulated Instagram user who follows, comments and messages: known to the accounts by an IGSID (Instagram-scoped
 * id). Immutable.
 *
 * @param igsid             the Instagram-scoped id used as {@code recipient.id} and {@code sender.id}
 * @param username          Instagram username
 * @param name              display name
 * @param profilePic        profile picture URL
 * @param followerCount     how many follow this user
 * @param followsBusiness   whether the user follows the business ({@code is_user_follow_business})
 * @param businessFollowsUser whether the business follows the user ({@code is_business_follow_user})
 * @param verified          {@code is_verified_user}
 */
public record Follower(String igsid, String username, String name, String profilePic, int followerCount,
                       boolean followsBusiness, boolean businessFollowsUser, boolean verified) {
}

package io.github.camelinstagram.sandbox.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A published media object: a post, reel, story or carousel, or a child of a carousel. Its owner is an account
 * ({@code user_id}) or a follower (IGSID), whose media can tag or mention accounts. Mutated only under the
 * {@link Sandbox} lock.
 */
public final class Media {

    private final String id;
    private final String ownerId;
    private final String ownerUsername;
    private final String mediaType;
    private final String productType;
    private final String caption;
    private final String mediaUrl;
    private final String thumbnailUrl;
    private final String shortcode;
    private final Instant timestamp;
    private final String altText;
    private final boolean sharedToFeed;
    private final List<Media> children = new ArrayList<>();
    private final Set<String> taggedUsernames = new LinkedHashSet<>();
    private final String parentId;
    private boolean commentEnabled = true;
    private int likeCount;

    /**
     * @param mediaType   {@code IMAGE}, {@code VIDEO} or {@code CAROUSEL_ALBUM}
     * @param productType {@code FEED}, {@code REELS} or {@code STORY}
     * @param parentId    the carousel this is a child of, or null
     */
    public Media(String id, String ownerId, String ownerUsername, String mediaType, String productType,
                 String caption, String mediaUrl, String thumbnailUrl, String shortcode, Instant timestamp,
                 String altText, boolean sharedToFeed, String parentId) {
        this.id = id;
        this.ownerId = ownerId;
        this.ownerUsername = ownerUsername;
        this.mediaType = mediaType;
        this.productType = productType;
        this.caption = caption;
        this.mediaUrl = mediaUrl;
        this.thumbnailUrl = thumbnailUrl;
        this.shortcode = shortcode;
        this.timestamp = timestamp;
        this.altText = altText;
        this.sharedToFeed = sharedToFeed;
        this.parentId = parentId;
    }

    public String id() {
        return id;
    }

    public String ownerId() {
        return ownerId;
    }

    public String ownerUsername() {
        return ownerUsername;
    }

    public String mediaType() {
        return mediaType;
    }

    public String productType() {
        return productType;
    }

    public String caption() {
        return caption;
    }

    public String mediaUrl() {
        return mediaUrl;
    }

    public String thumbnailUrl() {
        return thumbnailUrl;
    }

    public String shortcode() {
        return shortcode;
    }

    /** {@code https://www.instagram.com/p/<shortcode>/}, or {@code /reel/} for reels, {@code /stories/} for stories. */
    public String permalink() {
        String kind = switch (productType) {
            case "REELS" -> "reel";
            case "STORY" -> "stories/" + ownerUsername;
            default -> "p";
        };
        return "https://www.instagram.com/" + kind + "/" + shortcode + "/";
    }

    public Instant timestamp() {
        return timestamp;
    }

    public String altText() {
        return altText;
    }

    public boolean sharedToFeed() {
        return sharedToFeed;
    }

    public List<Media> children() {
        return children;
    }

    public String parentId() {
        return parentId;
    }

    public boolean isChild() {
        return parentId != null;
    }

    /** Usernames of the accounts tagged in this media ({@code user_tags}). */
    public Set<String> taggedUsernames() {
        return taggedUsernames;
    }

    /** Whether the caption @-mentions the given username. */
    public boolean captionMentions(String username) {
        return Mentions.mentions(caption, username);
    }

    public boolean isCommentEnabled() {
        return commentEnabled;
    }

    public void setCommentEnabled(boolean enabled) {
        this.commentEnabled = enabled;
    }

    public int likeCount() {
        return likeCount;
    }

    public void setLikeCount(int likeCount) {
        this.likeCount = likeCount;
    }
}
